package org.waymark.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** Broken links, fragments, images and alt text are reported with the Markdown file and line they came from. */
class LinkCheckTest {
    @TempDir
    Path dir;

    @Test
    void reportsEachBrokenLinkWithTheMarkdownFileAndLine() {
        TestSite site = TestSite.create(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                ## Who we are
                A [missing page](missing.md) and [a wrong heading](about.md#nobody).

                A [plain broken link](/nowhere/) and a [relative one](../get-help/nothing/).

                ![A chart of incidents](/assets/chart.png)

                ![](/assets/logo.png)
                """);
        Build.Result result = site.build();
        String report = TestSite.report(result);
        assertThat(result.ok()).isFalse();
        assertThat(report).contains("content/about.md:5:3: error: The link to `missing.md` points to a page that does not exist.");
        assertThat(report).contains("content/about.md:5:34: error: The link `/about/#nobody` points to #nobody, which is not on about/index.html.");
        assertThat(report).contains("content/about.md:7:3: error: The link `/nowhere/`");
        assertThat(report).contains("content/about.md:7:40: error: The link `../get-help/nothing/`");
        assertThat(report).contains("content/about.md:9:1: error: The link `/assets/chart.png`");
        assertThat(report).contains("content/about.md:11:1: error: This image has no alternative text");
    }

    @Test
    void acceptsLinksThatResolve() {
        TestSite site = TestSite.create(dir, """
                -- content/assets/chart.png --
                not really a png
                -- content/about.md --
                ---
                title: About
                ---
                ## Who we are
                [Emergency](get-help/emergency.md), [the same](../get-help/emergency/), [up top](#who-we-are),
                [the helplines](/helplines/#national), [home](/), [text relay](get-help/emergency.md#top).

                ![A chart](/assets/chart.png)
                """);
        site.write("""
                -- content/get-help/emergency.md --
                ---
                title: In an emergency
                ---
                ## Top
                Call 999.
                """);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/about/").select(".wm-prose a").eachAttr("href")).contains("/get-help/emergency/", "/get-help/emergency/#top");
    }

    @Test
    void aBrokenLinkInATemplateNamesTheTemplate() throws Exception {
        TestSite site = TestSite.create(dir, "");
        Path page = site.root().resolve("themes/default/templates/page.peb");
        Files.writeString(page, Files.readString(page)
                .replace("<h1>{{ page.title }}</h1>", "<h1>{{ page.title }}</h1><a href=\"{{ url('/no-such-page/') }}\">Somewhere</a>"));
        String report = TestSite.report(site.build());
        assertThat(report).contains("page.peb").contains("The link `/no-such-page/`");
    }

    @Test
    void headingsThatSkipALevelAndVagueLinkTextAreReported() {
        TestSite site = TestSite.create(dir, """
                -- content/headings.md --
                ---
                title: Headings
                ---
                #### Too deep
                [click here](/helplines/)
                """);
        Build.Result result = site.build();
        String report = TestSite.report(result);
        assertThat(report).contains("content/headings.md:4:1: error: The heading \"Too deep\" is a level 4 heading after a level 1 heading").contains("[wcag-1.3.1]");
        assertThat(report).contains("content/headings.md:5:1: warning: The link text \"click here\" does not say where the link goes. [wcag-2.4.4]");
    }

    @Test
    void aSecondH1FromMarkdownIsReported() {
        TestSite site = TestSite.create(dir, """
                -- content/two.md --
                ---
                title: Two
                ---
                # Another title
                """);
        assertThat(TestSite.report(site.build())).contains("2 <h1> headings").contains("use ## for headings in Markdown");
    }

    @Test
    void aTableWithoutHeaderCellsIsReported() {
        TestSite site = TestSite.create(dir, """
                -- content/table.md --
                ---
                title: Table
                ---
                <table><tr><td>1</td></tr></table>
                """);
        assertThat(TestSite.report(site.build())).contains("A table has no header cells");
    }

    @Test
    void aPlainAddressLeadsWhereJavaNetUriSaysItDoes() throws Exception {
        List<String> folders = List.of("", "a/", "a/b/", "news/2024/");
        List<String> urls = List.of("/", "/x/", "/x/y.css", "x/", "x", "./x/", "../x/", "../../x/y/", "../../../x/",
                "a/./b/../c/", "x/?q=1", "x/#part", "../x/#part", "/a/../b/", "/../x/", "..", ".", "x/..", "x/.", "x//y/",
                "x y/", "x%20y/", "caf\u00e9/", "x+y/", "~user/", "a-b_c.d/", "?q", "../");
        int plain = 0;
        for (String folder : folders) {
            for (String url : urls) {
                String path = LinkCheck.plainPath(folder, url);
                if (path == null) continue;
                plain++;
                URI base = new URI("http", "site", "/" + folder + "index.html", null);
                int cut = url.indexOf('?') >= 0 ? url.indexOf('?') : url.indexOf('#') >= 0 ? url.indexOf('#') : url.length();
                String viaUri = base.resolve(new URI(null, null, url.substring(0, cut), null)).normalize().getPath();
                if (cut == 0) viaUri = viaUri.substring(0, viaUri.lastIndexOf('/') + 1); // the page itself: its folder
                assertThat(path).as(folder + " + " + url).isEqualTo(viaUri);
            }
        }
        assertThat(plain).as("addresses worked out without URI").isGreaterThan(60);
        assertThat(LinkCheck.plainPath("a/", "x y/")).isNull();
        assertThat(LinkCheck.plainPath("", "/../x/")).isNull();
    }
}
