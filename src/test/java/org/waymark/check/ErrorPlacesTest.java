package org.waymark.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.TestSite;

/** Every problem in what an editor wrote is reported at the file, line and column where she wrote it. */
class ErrorPlacesTest {
    @TempDir
    Path dir;

    @Test
    void problemsOfHtmlWrittenInMarkdownNameItsLineAndColumn() {
        TestSite site = TestSite.create(dir, """
                -- content/find-us.md --
                ---
                title: Find us
                ---
                Our office is in the town centre.

                <iframe src="https://maps.example.com/embed?q=office" title="Map"></iframe>

                A photo: <img src="/assets/door.png">

                <p>See <a href="/no-such-page/">the missing page</a>.</p>
                -- content/assets/door.png --
                not really a picture
                """);
        String report = TestSite.report(site.build());
        assertThat(report)
                .contains("content/find-us.md:6:1: error: The page find-us/index.html loads <iframe> from https://maps.example.com")
                .contains("content/find-us.md:8:10: error: The image /assets/door.png has no alternative text.")
                .contains("content/find-us.md:10:8: error: The link `/no-such-page/` on find-us/index.html points to a page or file that does not exist.")
                .doesNotContain("themes: page.peb");
    }

    /**
     * The place of a Markdown link is found only when the link check reports it, after every page was rendered, from the
     * page's file read again (its text is not kept to the end of the build).
     */
    @Test
    void aBrokenMarkdownLinkIsReportedAtItsLineAndColumnAfterThePagesAreRendered() {
        TestSite site = TestSite.create(dir, """
                -- content/find-us.md --
                ---
                title: Find us
                ---
                Our office is in the town centre.

                Read [our leaflet](/leaflet.pdf) and
                then see [the missing page](/no-such-page/).
                """);
        String report = TestSite.report(site.build());
        assertThat(report)
                .contains("content/find-us.md:6:6: error: The link `/leaflet.pdf` on find-us/index.html points to a page or file that does not exist.")
                .contains("content/find-us.md:7:10: error: The link `/no-such-page/` on find-us/index.html points to a page or file that does not exist.");
    }

    @Test
    void aThemeThatDoesNotExistIsReportedAtItsLineInTheConfig() {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: Test\nbase_url: https://example.org/\ntheme: nope\n");
        assertThat(TestSite.report(site.build()))
                .contains("site-config.yml:3:8: error: The theme `nope` was not found");
    }
}
