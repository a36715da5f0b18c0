package org.waymark.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/**
 * Symbolic links and other things that are not files, wherever a site is read from: a link is followed only when it
 * leads to a file inside the site folder; every other link, and whatever is neither a file nor a folder, is an error
 * naming it, and nothing of it is published.
 */
class SymbolicLinkTest {
    @TempDir
    Path dir;

    private Path outside;
    private TestSite site;

    @BeforeEach
    void site() throws Exception {
        outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.txt"), "SECRET-FROM-OUTSIDE");
        Files.writeString(outside.resolve("page.md"), "---\ntitle: Outside page\n---\nOUTSIDE-PAGE-TEXT\n");
        site = TestSite.create(Files.createDirectories(dir.resolve("site")), "-- content/assets/logo.txt --\nLOGO-INSIDE\n");
    }

    private void link(String at, Path target) throws Exception {
        Path p = site.root().resolve(at);
        Files.createDirectories(p.getParent());
        Files.createSymbolicLink(p, target);
    }

    private String failed() {
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isFalse();
        assertThat(site.output()).doesNotExist();
        return TestSite.report(result);
    }

    @Test
    void aLinkToTheSystemsPasswordFileIsAnErrorNamingTheLinkAndItsTarget() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/etc/passwd")));
        link("content/assets/passwd.txt", Path.of("/etc/passwd"));
        assertThat(failed()).contains("content/assets/passwd.txt: error: `content/assets/passwd.txt` is a symbolic link to /etc/passwd, "
                + "which is outside the site folder");
    }

    @Test
    void aLinkToAPageOutsideTheSiteIsAnErrorAndNotPublished() throws Exception {
        link("content/about/outside.md", outside.resolve("page.md"));
        assertThat(failed()).contains("content/about/outside.md: error: `content/about/outside.md` is a symbolic link to "
                + outside.resolve("page.md") + ", which is outside the site folder");
    }

    @Test
    void aLinkToADataFileOutsideTheSiteIsAnError() throws Exception {
        Files.writeString(outside.resolve("service.yml"), "name: Outside\n");
        link("content/services/outside.yml", outside.resolve("service.yml"));
        assertThat(failed()).contains("content/services/outside.yml: error: ").contains("outside the site folder");
    }

    @Test
    void linksInTheThemeAndTheSiteConfigLeadingOutsideAreErrors() throws Exception {
        link("themes/default/assets/css/outside.css", outside.resolve("secret.txt"));
        assertThat(failed()).contains("themes/default/assets/css/outside.css: error: ").contains("outside the site folder");
        Files.delete(site.root().resolve("themes/default/assets/css/outside.css"));
        Path config = site.root().resolve("site-config.yml");
        Files.move(config, outside.resolve("site-config.yml"));
        Files.createSymbolicLink(config, outside.resolve("site-config.yml"));
        assertThat(failed()).contains("site-config.yml: error: `site-config.yml` is a symbolic link to ").contains("outside the site folder");
    }

    @Test
    void aLinkToAFileInsideTheSiteIsFollowed() throws Exception {
        link("content/assets/copy.txt", Path.of("logo.txt"));
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(Files.readString(site.output().resolve("assets/copy.txt"))).startsWith("LOGO-INSIDE");
    }

    @Test
    void aLinkToAFolderIsReportedNotPassedOver() throws Exception {
        Files.createDirectories(site.root().resolve("shared"));
        Files.writeString(site.root().resolve("shared/notes.md"), "---\ntitle: Notes\n---\nText.\n");
        link("content/more", site.root().resolve("shared"));
        assertThat(failed()).contains("content/more: error: `content/more` is a symbolic link to " + site.root().resolve("shared")
                + ", a folder: Waymark follows links only to files");
    }

    @Test
    void aLinkInALoopAndALinkToNothingAreReported() throws Exception {
        link("content/about/loop.md", site.root().resolve("content/about/loop.md"));
        link("content/about/gone.md", site.root().resolve("content/about/never-written.md"));
        assertThat(failed()).contains("content/about/loop.md: error: ").contains("leads round in a loop")
                .contains("content/about/gone.md: error: ").contains("which does not exist");
    }

    @Test
    void aNamedPipeAndAFolderNamedLikeAPageAreReported() throws Exception {
        Files.createDirectories(site.root().resolve("content/about/x.md"));
        Process mkfifo = new ProcessBuilder("mkfifo", site.root().resolve("content/about/pipe.md").toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes the named pipe");
        assertThat(failed()).contains("content/about/x.md: error: `content/about/x.md` is a folder")
                .contains("content/about/pipe.md: error: `content/about/pipe.md` is neither a file nor a folder");
    }
}
