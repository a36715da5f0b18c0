package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {
    @TempDir
    Path root;

    Path out;

    @BeforeEach
    void site() throws IOException {
        out = root.resolve("public");
        Files.createDirectories(out.resolve("about"));
        Files.writeString(out.resolve("index.html"), "home");
        Files.writeString(out.resolve("about/index.html"), "about");
        Files.writeString(out.resolve("a+b.txt"), "plus");
        Files.writeString(out.resolve(".waymark-output"), "marker");
        Files.writeString(root.resolve("site-config.yml"), "secret");
    }

    @Test
    void servesAFoldersIndexForASlash() {
        assertThat(SiteFiles.resolve(out, "/", "/")).isInstanceOf(SiteFiles.Found.class);
        assertThat(SiteFiles.resolve(out, "/about/", "/")).isEqualTo(found("about/index.html"));
    }

    @Test
    void redirectsAFolderWithoutItsSlash() {
        assertThat(SiteFiles.resolve(out, "/about", "/")).isEqualTo(new SiteFiles.Redirect("/about/"));
    }

    @Test
    void refusesDotSegmentsPlainOrEncoded() {
        for (String path : new String[] {"/../site-config.yml", "/%2e%2e/site-config.yml", "/.%2E/site-config.yml",
                "/about/../../site-config.yml", "/./index.html"}) {
            assertThat(SiteFiles.resolve(out, path, "/")).as(path).isInstanceOf(SiteFiles.Refused.class);
        }
    }

    @Test
    void refusesEncodedSlashesBackslashesAndNul() {
        for (String path : new String[] {"/..%2fsite-config.yml", "/about%2Findex.html", "/..%5csite-config.yml",
                "/..\\site-config.yml", "/index.html%00.txt", "/%zz"}) {
            assertThat(SiteFiles.resolve(out, path, "/")).as(path).isInstanceOf(SiteFiles.Refused.class);
        }
    }

    @Test
    void hidesHiddenFilesAndEmptySegments() {
        assertThat(SiteFiles.resolve(out, "/.waymark-output", "/")).isInstanceOf(SiteFiles.Missing.class);
        assertThat(SiteFiles.resolve(out, "//about", "/")).isInstanceOf(SiteFiles.Missing.class);
        assertThat(SiteFiles.resolve(out, "/nothing.html", "/")).isInstanceOf(SiteFiles.Missing.class);
    }

    @Test
    void keepsAPlusInAPath() {
        assertThat(SiteFiles.resolve(out, "/a+b.txt", "/")).isEqualTo(found("a+b.txt"));
    }

    @Test
    void servesASiteUnderItsBasePath() {
        assertThat(SiteFiles.resolve(out, "/partnership/about/", "/partnership/")).isEqualTo(found("about/index.html"));
        assertThat(SiteFiles.resolve(out, "/", "/partnership/")).isEqualTo(new SiteFiles.Redirect("/partnership/"));
        assertThat(SiteFiles.resolve(out, "/about/", "/partnership/")).isInstanceOf(SiteFiles.Missing.class);
    }

    @Test
    void namesTheContentTypeOfEachKindOfFile() {
        assertThat(SiteFiles.type(Path.of("a.html"))).isEqualTo("text/html; charset=utf-8");
        assertThat(SiteFiles.type(Path.of("a.css"))).isEqualTo("text/css; charset=utf-8");
        assertThat(SiteFiles.type(Path.of("a.js"))).isEqualTo("text/javascript; charset=utf-8");
        assertThat(SiteFiles.type(Path.of("a.json"))).isEqualTo("application/json");
        assertThat(SiteFiles.type(Path.of("sitemap.xml"))).isEqualTo("application/xml");
        assertThat(SiteFiles.type(Path.of("a.svg"))).isEqualTo("image/svg+xml");
        assertThat(SiteFiles.type(Path.of("a.png"))).isEqualTo("image/png");
        assertThat(SiteFiles.type(Path.of("a.JPG"))).isEqualTo("image/jpeg");
        assertThat(SiteFiles.type(Path.of("a.pdf"))).isEqualTo("application/pdf");
        assertThat(SiteFiles.type(Path.of("a.txt"))).isEqualTo("text/plain; charset=utf-8");
        assertThat(SiteFiles.type(Path.of("a.csv"))).isEqualTo("text/csv; charset=utf-8");
        assertThat(SiteFiles.type(Path.of("feed.atom"))).isEqualTo("application/atom+xml");
        assertThat(SiteFiles.type(Path.of("_headers"))).isEqualTo("application/octet-stream");
    }

    private SiteFiles.Found found(String rel) {
        try {
            return new SiteFiles.Found(out.resolve(rel).toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
