package org.waymark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.cli.Main;
import org.waymark.testing.TestSite;

/** Where a site may be written: never among the files it is built from, whichever way the folder is named. */
class OutputFolderTest {
    private static final String ACCESSIBILITY = "accessibility:\n  prepared: 2026-11-24\n  contact_email: accessibility@example.org\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int build(TestSite site, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "build";
        args[1] = "--site";
        args[2] = site.root().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void anOutputFolderInsideContentInTheConfigIsRefusedAtItsLine() {
        TestSite site = TestSite.create(dir, "-- content/assets/logo.txt --\nlogo\n");
        site.put("site-config.yml", "title: Test\nbase_url: https://example.org/\noutput: content/assets/site\n" + ACCESSIBILITY);
        assertThat(build(site)).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(build(site)).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(err.toString()).contains("site-config.yml:3: error: `output: content/assets/site` in site-config.yml is inside content/");
        assertThat(site.root().resolve("content/assets/site")).doesNotExist();
    }

    @Test
    void anOutputFolderInsideContentOrThemesOnTheCommandLineIsRefused() {
        TestSite site = TestSite.create(dir, "");
        for (String output : new String[] {"content/x", "themes/default/assets/site", "themes/new"}) {
            Path folder = site.root().resolve(output);
            assertThat(build(site, "--output", folder.toString())).as(output).isEqualTo(Main.CONTENT_ERRORS);
            assertThat(err.toString()).contains("`--output " + folder + "` is inside ");
            assertThat(folder).doesNotExist();
        }
    }

    @Test
    void anOutputFolderThatHoldsContentIsRefusedEvenWhenWaymarkWroteIt() throws Exception {
        // an old site of Waymark's (it has the marker file) that an editor then moved the sources into
        TestSite site = TestSite.create(dir, "");
        Files.writeString(site.root().resolve(".waymark-output"), "");
        assertThat(build(site, "--output", site.root().toString())).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(err.toString()).contains("is the site folder or holds it");
        assertThat(site.root().resolve("content/index.md")).exists();
    }

    @Test
    void anOutputFolderThatIsALinkIntoContentIsRefused() throws Exception {
        TestSite site = TestSite.create(dir, "");
        Files.createDirectories(site.root().resolve("content/built"));
        Files.createSymbolicLink(site.root().resolve("out"), site.root().resolve("content/built"));
        site.put("site-config.yml", "title: Test\nbase_url: https://example.org/\noutput: out\n" + ACCESSIBILITY);
        assertThat(build(site)).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(err.toString()).contains("`output: out` in site-config.yml is inside content/");
        assertThat(site.root().resolve("content/built").toFile().list()).isEmpty();
    }
}
