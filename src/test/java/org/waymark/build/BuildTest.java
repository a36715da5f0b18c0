package org.waymark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diag.Diagnostic;
import org.waymark.testing.TestSite;

/** Whole-site builds from small fixtures: what a reader sees, and what an editor is told. */
class BuildTest {
    @TempDir
    Path dir;

    @Test
    void buildsHomeSectionsAndPagesAtTheirAddresses() {
        TestSite site = TestSite.create(dir, """
                -- content/about/index.md --
                ---
                title: About us
                order: 2
                ---
                We are a partnership.
                -- content/about/history.md --
                ---
                title: Our history
                description: How the partnership began.
                ---
                It began in 2005.
                """);
        Build.Result result = site.build();

        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/").select("h1").text()).isEqualTo("Welcome");
        assertThat(site.page("/about/history/").select("h1").text()).isEqualTo("Our history");
        assertThat(site.page("/about/history/").select("html").attr("lang")).isEqualTo("en");
        assertThat(site.page("/about/history/").select(".wm-breadcrumbs a").eachText()).containsExactly("Home", "About us");
        assertThat(site.page("/about/").select(".wm-list a").eachText()).containsExactly("Our history");
        assertThat(site.page("/about/").select(".wm-nav a").eachText()).contains("Home", "Get help", "About us");
    }

    @Test
    void sectionListsItsPagesInOrder() {
        TestSite site = TestSite.create(dir, """
                -- content/strategy/index.md --
                ---
                title: Strategy
                ---
                -- content/strategy/b.md --
                ---
                title: Second chapter
                order: 2
                ---
                -- content/strategy/a.md --
                ---
                title: First chapter
                order: 1
                ---
                -- content/strategy/c.md --
                ---
                title: Appendix
                ---
                """);
        assertThat(site.build().ok()).isTrue();
        assertThat(site.page("/strategy/").select(".wm-list a").eachText())
                .containsExactly("First chapter", "Second chapter", "Appendix");
    }

    @Test
    void longPageGetsTableOfContentsLinkingToItsHeadings() {
        TestSite site = TestSite.create(dir, """
                -- content/long.md --
                ---
                title: A long page
                ---
                ## Vision and purpose
                Text.
                ## The local picture
                ### MARAC data
                Text.
                ## Delivery
                """);
        assertThat(site.build().ok()).isTrue();
        Document page = site.page("/long/");
        assertThat(page.select(".wm-toc a").eachAttr("href"))
                .containsExactly("#vision-and-purpose", "#the-local-picture", "#marac-data", "#delivery");
        assertThat(page.select("h2#the-local-picture")).hasSize(1);
    }

    @Test
    void tableOfContentsNamesHeadingsAsTheyRead() {
        TestSite site = TestSite.create(dir, """
                -- content/index.md --
                ---
                title: Home
                ---
                -- content/plan.md --
                ---
                title: The plan
                ---
                ## Read [the strategy](index.md) first
                ## The `MARAC` and *IDVA* roles
                ## ![Logo of](/assets/logo.png) the partnership
                -- content/assets/logo.png --
                png
                """);
        assertThat(site.build().ok()).as(TestSite.report(site.build())).isTrue();
        Document page = site.page("/plan/");
        // the words of links, code and images, not their addresses or quotes
        assertThat(page.select(".wm-toc a").eachText())
                .containsExactly("Read the strategy first", "The MARAC and IDVA roles", "Logo of the partnership");
        assertThat(page.select(".wm-toc a").eachAttr("href"))
                .containsExactly("#read-the-strategy-first", "#the-marac-and-idva-roles", "#logo-of-the-partnership");
        assertThat(page.select(".wm-prose h2").eachAttr("id"))
                .containsExactly("read-the-strategy-first", "the-marac-and-idva-roles", "logo-of-the-partnership");
    }

    @Test
    void aThemeThatIsMissingAndAHomePageThatIsMissingAreBothReported() throws IOException {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: Test\nbase_url: https://example.org/\ntheme: nosuch\naccessibility:\n  prepared: 2026-11-24\n  contact_email: accessibility@example.org\n");
        Files.delete(dir.resolve("content/index.md"));
        // the theme is read while the pages are: what it says comes after the pages' problems, the same in every run
        for (int run = 0; run < 3; run++) {
            assertThat(errors(site.build())).anyMatch(e -> e.contains("The theme `nosuch` was not found: it was looked for in the folder themes/nosuch/"))
                    .anyMatch(e -> e.contains("The site has no home page."));
        }
    }

    @Test
    void shortPageHasNoTableOfContents() {
        TestSite site = TestSite.create(dir, """
                -- content/short.md --
                ---
                title: Short
                ---
                ## Only heading
                """);
        assertThat(site.build().ok()).isTrue();
        assertThat(site.page("/short/").select(".wm-toc")).isEmpty();
    }

    @Test
    void draftsAreLeftOutUnlessAsked() {
        TestSite site = TestSite.create(dir, """
                -- content/secret.md --
                ---
                title: Not ready
                draft: true
                ---
                """);
        assertThat(site.build().ok()).isTrue();
        assertThat(site.exists("/secret/")).isFalse();
        assertThat(site.file("/sitemap.xml")).doesNotContain("secret");

        assertThat(site.build(new Build.Options(site.root(), null, true, null, LocalDate.now())).ok()).isTrue();
        assertThat(site.exists("/secret/")).isTrue();
    }

    @Test
    void glossaryTermIsMarkedOnItsFirstUseOnly() {
        TestSite site = TestSite.create(dir, """
                -- content/glossary.yml --
                - term: MARAC
                  expansion: Multi-Agency Risk Assessment Conference
                  explanation: A meeting about high-risk cases.
                - term: IDVA
                  expansion: Independent Domestic Violence Adviser
                -- content/marac.md --
                ---
                title: About MARAC
                ---
                The MARAC meets monthly. Every MARAC has a chair. An IDVA attends. MARACS is not a term.
                """);
        assertThat(site.build().ok()).isTrue();
        Document page = site.page("/marac/");
        assertThat(page.select(".wm-prose abbr")).hasSize(2);
        assertThat(page.select(".wm-prose abbr").first().attr("title")).isEqualTo("Multi-Agency Risk Assessment Conference");
        assertThat(page.select("h1 abbr")).isEmpty();
        Document glossary = site.page("/glossary/");
        assertThat(glossary.select("dt").eachText()).containsExactly("IDVA", "MARAC");
        assertThat(glossary.text()).contains("A meeting about high-risk cases.");
    }

    @Test
    void markdownTablesHaveColumnHeadersAndScrollInsideALabelledRegion() {
        TestSite site = TestSite.create(dir, """
                -- content/figures.md --
                ---
                title: Figures
                ---
                ## Incidents by area
                | Area | Incidents |
                | --- | --- |
                | North | 1700 |
                """);
        assertThat(site.build().ok()).isTrue();
        Element wrap = site.page("/figures/").selectFirst(".wm-table-wrap");
        assertThat(wrap.attr("aria-label")).isEqualTo("Incidents by area");
        assertThat(wrap.select("th").eachAttr("scope")).containsOnly("col");
    }

    @Test
    void footnotesAndAutolinksRender() {
        TestSite site = TestSite.create(dir, """
                -- content/notes.md --
                ---
                title: Notes
                ---
                A claim.[^1] See https://www.gov.uk/ for more.

                [^1]: The source.
                """);
        assertThat(site.build().ok()).as(TestSite.report(site.build())).isTrue();
        Document page = site.page("/notes/");
        assertThat(page.select(".wm-prose a[href=https://www.gov.uk/]").attr("rel")).isEqualTo("noreferrer");
        assertThat(page.select(".footnotes li").text()).contains("The source.");
    }

    @Test
    void writesNotFoundPageSitemapWithAbsoluteAddressesAndRobots() {
        TestSite site = TestSite.create(dir, "");
        assertThat(site.build().ok()).isTrue();
        assertThat(site.page("/404.html").select("h1").text()).isEqualTo("Page not found");
        assertThat(site.file("/sitemap.xml")).contains("<loc>https://example.org/get-help/emergency/</loc>")
                .doesNotContain("404");
        assertThat(site.file("/robots.txt")).contains("Sitemap: https://example.org/sitemap.xml");
    }

    @Test
    void linksToTheFilesThatAreNotPagesLeadSomewhere() {
        // the site map, the exports and the search indexes are written while pages are rendered or links checked
        TestSite site = TestSite.create(dir, """
                -- content/open-data.md --
                ---
                title: Open data
                ---
                The [site map](/sitemap.xml), the [services](/data/services.json) as [CSV](/data/services.csv)
                and the [search script](/assets/js/search.js).
                """);
        Build.Result result = site.build();

        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(result.diagnostics()).isEmpty();
        for (String file : List.of("/sitemap.xml", "/data/services.json", "/data/services.csv", "/assets/js/search.js")) {
            assertThat(site.file(file)).as(file).isNotEmpty();
        }
    }

    @Test
    void unknownConfigKeyFailsWithItsLineAndADidYouMean() {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: Test\nbase_url: https://example.org/\nlanguges: [en]\n");
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result)).contains("site-config.yml:3:1: error: `languges` is not a field")
                .contains("did you mean `languages`?");
    }

    @Test
    void missingRequiredConfigValueSaysWhich() {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: Test\n");
        Build.Result result = site.build();
        assertThat(TestSite.report(result)).contains("site-config.yml").contains("needs a `base_url`");
    }

    @Test
    void everyProblemIsReportedWithFileAndLineInOneRun() {
        TestSite site = TestSite.create(dir, """
                -- content/a.md --
                ---
                description: no title here
                ---
                -- content/b.md --
                ---
                title: Bad date
                date: 2009-13-45
                ---
                -- content/c.md --
                ---
                title: [unclosed
                ---
                -- content/d.md --
                ---
                title: Unknown layout
                layout: pgae
                ---
                """);
        Build.Result result = site.build();
        String report = TestSite.report(result);
        assertThat(result.ok()).isFalse();
        assertThat(report).contains("content/a.md:2:1: error: the front matter needs a `title`.");
        assertThat(report).contains("content/b.md:3:7: error: `date` is not a date").contains("dates are written year-month-day");
        assertThat(report).containsPattern("content/c.md:[23]:\\d+: error: A list in square brackets here is not closed");
        assertThat(report).contains("content/d.md:3:9: error: There is no layout `pgae`").contains("did you mean `page`?");
    }

    @Test
    void twoPagesWithTheSameAddressFail() {
        TestSite site = TestSite.create(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                -- content/about/index.md --
                ---
                title: About section
                ---
                """);
        String report = TestSite.report(site.build());
        assertThat(report).contains("would be published at /about/, the same address as");
    }

    @Test
    void pageMayNotTakeAnAddressWaymarkGenerates() {
        TestSite site = TestSite.create(dir, """
                -- content/helplines.md --
                ---
                title: My helplines
                ---
                """);
        assertThat(TestSite.report(site.build())).contains("content/helplines.md:1: error: This page would be published at /helplines/, which Waymark uses");
    }

    @Test
    void aPageMayNotTakeThePlaceOfTheHeadersFile() {
        // _headers is a file Waymark writes for the web server; a page there would be a folder of the same name
        TestSite site = TestSite.create(dir, """
                -- content/_headers.md --
                ---
                title: Headers
                ---
                -- content/_headers/more.md --
                ---
                title: More headers
                ---
                """);
        String report = TestSite.report(site.build());
        assertThat(report).contains("content/_headers.md:1: error: This page would be published at /_headers/, which Waymark uses for the file")
                .contains("content/_headers/more.md:1: error: This page would be published at /_headers/more/, which Waymark uses for the file")
                .doesNotContain("could not be written");
    }

    @Test
    void failedBuildLeavesThePreviousSiteByteForByte() throws IOException {
        TestSite site = TestSite.create(dir, "");
        assertThat(site.build().ok()).isTrue();
        Map<String, byte[]> before = snapshot(site.output());

        site.put("content/index.md", "---\ntitle: [broken\n---\n");
        assertThat(site.build().ok()).isFalse();

        Map<String, byte[]> after = snapshot(site.output());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate() throws IOException {
        TestSite site = TestSite.create(dir, "");
        site.put("public/precious.txt", "someone's work");
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result)).contains("will not replace the output folder");
        assertThat(Files.readString(site.output().resolve("precious.txt"))).isEqualTo("someone's work");
    }

    @Test
    void outputOverContentIsRefused() {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: Test\nbase_url: https://example.org/\noutput: content\n");
        assertThat(TestSite.report(site.build())).contains("would write the site over your own files");
        assertThat(Files.exists(site.root().resolve("content/index.md"))).isTrue();
    }

    @Test
    void aFileWaymarkDoesNotKnowIsReportedNotSkipped() {
        TestSite site = TestSite.create(dir, "-- content/notes.txt --\nsome notes\n");
        assertThat(TestSite.report(site.build())).contains("content/notes.txt: error: Waymark does not know what to do with this file");
    }

    @Test
    void fileThatIsNotUtf8IsReportedWithItsLine() {
        TestSite site = TestSite.create(dir, "");
        site.put("content/latin1.md", "---\ntitle: Caf\u00e9\n---\nBad: \u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(TestSite.report(site.build())).contains("content/latin1.md:2:").contains("not UTF-8");
    }

    @Test
    void replacementCharacterWrittenInAFileIsText() {
        // U+FFFD is what a quick decoder puts for a bad byte: written on purpose, it is not one
        TestSite site = TestSite.create(dir, "-- content/odd.md --\n---\ntitle: Odd\n---\nThe sign \uFFFD marks a lost character.\n");
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/odd/").text()).contains("The sign \uFFFD marks a lost character.");
    }

    @Test
    void tabsUsedForIndentingAreExplained() {
        TestSite site = TestSite.create(dir, "");
        site.put("content/glossary.yml", "- term: MARAC\n\texpansion: x\n");
        assertThat(TestSite.report(site.build())).contains("content/glossary.yml:2:1: error: A tab is used to indent this line");
    }

    @Test
    void duplicateKeysAreErrors() {
        TestSite site = TestSite.create(dir, "-- content/x.md --\n---\ntitle: One\ntitle: Two\n---\n");
        assertThat(TestSite.report(site.build())).contains("content/x.md:3:1: error: The key `title` is given twice");
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    static List<String> errors(Build.Result r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void aMistakeInAPageAndOneInAServiceAreBothReportedInOneRun() {
        TestSite site = TestSite.create(dir, """
                -- content/about.md --
                ---
                title: Getting help: what to do
                ---
                Text.
                -- content/services/drop-in.yml --
                name: Drop-in
                languages: [en, ur
                """);

        Build.Result result = site.build();

        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result))
                .contains("content/about.md:2:", "A colon followed by a space")
                .contains("content/services/drop-in.yml:", "A list in square brackets here is not closed");
    }

    @Test
    void aPartnersFileThatCannotBeReadIsReportedAloneNotAsEveryReferenceToIt() {
        TestSite site = TestSite.create(dir, """
                -- content/partners.yml --
                - id: council
                  name: [The council
                -- content/services/drop-in.yml --
                name: Drop-in
                organisation: council
                """);

        Build.Result result = site.build();

        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::file)
                .containsOnly("content/partners.yml");
    }

    @Test
    void aPartnersFileThatIsAFolderIsReportedAloneNotAsEveryReferenceToIt() throws IOException {
        TestSite site = TestSite.create(dir, """
                -- content/services/drop-in.yml --
                name: Drop-in
                organisation: council
                """);
        Files.createDirectories(site.root().resolve("content/partners.yml"));

        Build.Result result = site.build();

        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::file)
                .containsOnly("content/partners.yml");
    }

    @Test
    void helplinesAreJudgedFreshOrStaleOnTheDayTheBuildRuns() {
        // the base fixture's helpline was last verified on 2026-11-01; a helpline goes stale after 180 days
        TestSite site = TestSite.create(dir, "");

        assertThat(warningsOn(site, LocalDate.of(2027, 4, 30), "freshness")).isEmpty();
        assertThat(warningsOn(site, LocalDate.of(2027, 5, 1), "freshness")).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("content/helplines.yml");
            assertThat(d.message()).contains("last checked on 2026-11-01, more than 180 days ago");
            assertThat(d.hint()).contains("`last_verified: 2027-05-01`");
        });
    }

    @Test
    void plansWithNoAsOfDateAreJudgedOnTheDayTheBuildRuns() {
        TestSite site = TestSite.create(dir, """
                -- content/plans/2024-25/plan.yml --
                title: Test action plan 2024-25
                period: {start: 2024-04, end: 2025-03}
                themes:
                  - {title: Safety, actions: [{ref: "1.1", title: Open a refuge, milestones: [{title: Building bought, due: 2024-06}]}]}
                """);

        assertThat(warningsOn(site, LocalDate.of(2024, 6, 15), "overdue")).isEmpty();
        assertThat(warningsOn(site, LocalDate.of(2024, 7, 15), "overdue")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Action 1.1", "\"Building bought\""));
    }

    /** The warnings of {@code rule} that a build of {@code site} run on {@code today} gives; the build must succeed. */
    private static List<Diagnostic> warningsOn(TestSite site, LocalDate today, String rule) {
        Build.Result result = site.build(new Build.Options(site.root(), null, false, null, today));
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        return result.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    }
}
