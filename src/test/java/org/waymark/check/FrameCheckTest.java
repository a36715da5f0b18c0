package org.waymark.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.build.Live;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.markdown.Markdown;
import org.waymark.phone.PhoneRules;
import org.waymark.markdown.Rendered;
import org.waymark.testing.TestSite;
import org.waymark.yaml.YamlReader;

/**
 * Pages from Markdown are checked from what their rendering recorded and from their frame's shape, not by
 * parsing them ({@link FrameCheck}). These tests build the same sites both ways and require the same
 * verdicts: the same problems at the same places, the same ids and links for the link check.
 */
class FrameCheckTest {
    @TempDir
    Path dir;

    @Test
    void theExampleSiteReadsTheSameEitherWay() throws Exception {
        sameEitherWay(TestSite.copyOf(Path.of("."), dir.resolve("site")));
    }

    @Test
    void theRagPlanFixtureReadsTheSameEitherWay() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"), "");
        sameEitherWay(TestSite.copyOf(Path.of("src/test/resources/sites/rag-plan"), dir.resolve("site")));
    }

    @Test
    void everyMarkdownProblemIsFoundEitherWayAtTheSamePlace() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"), """
                -- content/about/index.md --
                ---
                title: About us
                ---
                Read [here](/get-help/) or [](/get-help/emergency/) or [![](logo.png)](/about/team/).

                #### Skipped two levels

                # A second title

                ![A tracker](https://tracker.example.com/pixel.gif)

                ## Main

                See [the team](team.md#nowhere), [a missing page](/nowhere/) and <https://example.org/ok>.
                -- content/about/team.md --
                ---
                title: The team
                ---
                | Role | Area |
                |---|---|
                | Adviser | North |

                Call [the line](tel:0808 157 0000) or see [more](../get-help/emergency.md "Emergency").
                Or [a wrong number](tel:0800123).
                -- content/about/raw.md --
                ---
                title: Raw HTML
                ---
                <img src="https://cdn.example.com/x.png">

                <svg><a href="/about/"><set attributeName="href" to="https://evil.example/"/><text>About</text></a></svg>

                Text with a footnote.[^1]

                [^1]: The note.
                """);
        Build.Result fast = site.build();
        Build.Result parsed = site.build(Build.Options.of(site.root(), LocalDate.now()).parsingEveryPage());
        assertThat(fast.ok()).isFalse();
        assertThat(lines(fast)).isEqualTo(lines(parsed));
        assertThat(TestSite.report(fast))
                .contains("content/about/index.md:4", "does not say where the link goes", "has no text",
                        "level 4 heading after a level 1", "2 <h1> headings", "loads <img> from https://tracker.example.com",
                        "the id `main`", "#nowhere", "/nowhere/", "content/about/raw.md",
                        "content/about/raw.md:6:24: error: An SVG <set> changes the href of a link");
        // a wrong number in Markdown is reported once, at its line
        assertThat(fast.diagnostics()).filteredOn(d -> d.rule().equals("phone")).singleElement()
                .satisfies(d -> assertThat(d.file()).isEqualTo("content/about/team.md"));
    }

    @Test
    void aBrokenFrameIsReportedOnceForEachShapeNotOnEveryPage() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"), """
                -- content/a.md --
                ---
                title: A
                ---
                Text.
                -- content/b.md --
                ---
                title: B
                ---
                Text.
                """);
        Path base = site.root().resolve("themes/default/templates/base.peb");
        Files.writeString(base, Files.readString(base)
                .replace("<head>", "<head><link rel=\"stylesheet\" href=\"https://fonts.example.com/x.css\">")
                .replaceFirst("<a href=\"#main\"", "<a href=\"/\""));
        Build.Result fast = site.build();
        Build.Result parsed = site.build(Build.Options.of(site.root(), LocalDate.now()).parsingEveryPage());
        assertThat(rules(fast)).isEqualTo(rules(parsed)).contains("privacy", "wcag-2.4.1");
        assertThat(fast.errors()).isPositive().isLessThan(parsed.errors());
    }

    @Test
    void aPageWithRawHtmlIsLeftToTheParser() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"), "");
        Diagnostics diags = new Diagnostics();
        SiteConfig config = ConfigLoader.load(site.root(), new YamlReader(), diags).orElseThrow();
        PhoneRules phones = PhoneRules.forSite(config.isExample(), List.of());
        Markdown markdown = new Markdown(Map.of(), config::link, List.of(), phones);
        FrameCheck frames = new FrameCheck(new HtmlCheck(config, null, phones, Set.of()));
        String frame = "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><a href=\"#main\">Skip</a>"
                + "<header></header><nav></nav><main id=\"main\"><h1>T</h1>%s</main><footer></footer></body></html>";
        Rendered plain = markdown.render("Some *text* and [a link](/x/).", "content/x.md", 1, diags);
        Rendered raw = markdown.render("<b>bold</b>", "content/x.md", 1, diags);
        assertThat(frames.check("x/index.html", frame.formatted(plain.html()), "page", "content/x.md", plain, diags)).isPresent()
                .get().satisfies(f -> {
                    assertThat(f.ids()).containsExactly("main");
                    assertThat(f.refs()).extracting(PageFacts.Ref::url).containsExactly("#main", "/x/");
                    assertThat(f.summary().title()).isEqualTo("T");
                    assertThat(f.summary().text()).isEqualTo("Some text and a link.");
                });
        assertThat(frames.check("x/index.html", frame.formatted(raw.html()), "page", "content/x.md", raw, diags)).isEmpty();
        assertThat(frames.check("y/index.html", frame.formatted(plain.html()), "page", "content/y.md", plain, diags)).isPresent();
        assertThat(frames.shapes()).isEqualTo(1);
        assertThat(diags.sorted()).isEmpty();
    }

    private void sameEitherWay(TestSite site) throws Exception {
        Build.Built fast = Build.start(Build.Options.of(site.root(), LocalDate.now()));
        Build.Built parsed = Build.start(Build.Options.of(site.root(), LocalDate.now()).parsingEveryPage());
        assertThat(fast.result().ok()).as(TestSite.report(fast.result())).isTrue();
        assertThat(lines(fast.result())).isEqualTo(lines(parsed.result()));
        Map<String, PageFacts> a = fast.live().map(Live::facts).orElseThrow();
        Map<String, PageFacts> b = parsed.live().map(Live::facts).orElseThrow();
        assertThat(a.keySet()).isEqualTo(b.keySet());
        for (String page : new TreeMap<>(a).keySet()) {
            assertThat(a.get(page).ids()).as(page).isEqualTo(b.get(page).ids());
            assertThat(sorted(a.get(page).refs())).as(page).containsExactlyInAnyOrderElementsOf(sorted(b.get(page).refs()));
            assertThat(a.get(page).summary().title()).as(page).isEqualTo(b.get(page).summary().title());
            assertThat(a.get(page).summary().description()).as(page).isEqualTo(b.get(page).summary().description());
            assertThat(a.get(page).summary().lang()).as(page).isEqualTo(b.get(page).summary().lang());
        }
        try (Stream<Path> files = Files.walk(site.output())) {
            assertThat(files.filter(Files::isRegularFile).count()).isPositive();
        }
    }

    private static List<String> sorted(List<PageFacts.Ref> refs) {
        // each with the line and column it was written at (worked out now, for a link in Markdown)
        return refs.stream().map(r -> r.url() + " " + r.attribute() + " " + r.file() + ":" + r.line() + ":" + r.column()).sorted().toList();
    }

    private static List<String> lines(Build.Result result) {
        return result.diagnostics().stream().map(Diagnostic::toString).sorted().toList();
    }

    private static List<String> rules(Build.Result result) {
        return result.diagnostics().stream().map(Diagnostic::rule).distinct().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }
}
