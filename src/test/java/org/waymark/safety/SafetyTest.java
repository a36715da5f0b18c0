package org.waymark.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** Every page helps a visitor leave fast and get help fast, and tells no third party she visited. */
class SafetyTest {
    @TempDir
    Path dir;

    @Test
    void everyPageOfTheExampleSiteHasBothExitLinksTheEmergencyLineAndThePrivacyHeaders() throws IOException {
        TestSite site = TestSite.copyOf(Path.of("."), dir);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        int pages = 0;
        for (Path file : site.outputFiles()) {
            if (!file.toString().endsWith(".html")) continue;
            pages++;
            Document doc = Jsoup.parse(Files.readString(file));
            String name = site.output().relativize(file).toString();
            assertThat(doc.select("a[data-wm-exit][href=https://www.bbc.co.uk/weather]")).as(name).hasSize(2);
            assertThat(doc.select("a.wm-skip-link").first().attr("href")).as(name).isEqualTo("#main");
            assertThat(doc.select("a.wm-skip-link").get(1).hasAttr("data-wm-exit")).as(name).isTrue();
            assertThat(doc.select(".wm-emergency a[href=tel:999]")).as(name).hasSize(1);
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).as(name).contains("default-src 'self'");
            assertThat(doc.select("meta[name=referrer]").attr("content")).as(name).isEqualTo("no-referrer");
            assertThat(doc.select("script:not([src]):not([type=application/ld+json])")).as(name).isEmpty();
            assertThat(doc.select("footer a").eachAttr("href")).as(name)
                    .anyMatch(h -> h.endsWith("/helplines/")).anyMatch(h -> h.contains("staying-safe-online"))
                    .anyMatch(h -> h.endsWith("/accessibility/"));
            for (Element a : doc.select("a[href^=tel:]")) {
                assertThat(a.attr("href")).as(name + " " + a).matches("tel:(\\+44[1-9]\\d{8,9}|999|112|101|111|116\\d{3}|18000|1800[12]0\\d{9,10})");
            }
        }
        assertThat(pages).isGreaterThan(50);
        assertThat(site.file("/_headers")).contains("Content-Security-Policy: default-src 'self'").contains("Referrer-Policy: no-referrer");
    }

    @Test
    void helplinesPageListsTheNationalHelplinesWithTheNumbersInTheFactsFile() throws IOException {
        TestSite site = TestSite.copyOf(Path.of("."), dir);
        assertThat(site.build().ok()).isTrue();
        String page = site.page("/helplines/").select("main").text();
        Map<String, String> facts = nationalNumbers();
        assertThat(facts).hasSizeGreaterThan(6);
        // each shown as libphonenumber's national format gives it ("0808 2000 247" is shown "0808 200 0247")
        facts.forEach((service, number) -> assertThat(page).as(service).contains(
                ((org.waymark.phone.PhoneParse.Valid) org.waymark.phone.UkPhoneNumbers.parse(number)).number().shown()));
    }

    /** The numbers of the national helplines table of ../shared/facts/helplines.md. */
    static Map<String, String> nationalNumbers() throws IOException {
        Path facts = Path.of("../shared/facts/helplines.md");
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(facts)) {
            // a clone without shared/ beside it: the numbers as the facts file gives them
            out.put("National Domestic Abuse Helpline", "0808 2000 247");
            out.put("Men's Advice Line", "0808 8010 327");
            out.put("Galop", "0800 999 5428");
            out.put("Karma Nirvana", "0800 5999 247");
            out.put("Respect Phoneline", "0808 802 4040");
            out.put("National Stalking Helpline", "0808 802 0300");
            out.put("Forced Marriage Unit", "020 7008 0151");
            out.put("Rape Crisis", "0808 500 2222");
            return out;
        }
        Pattern row = Pattern.compile("^\\| ([^|]+) \\| ((?:0\\d{2,4} ?)[\\d ]+\\d) \\|", Pattern.MULTILINE);
        Matcher m = row.matcher(Files.readString(facts));
        while (m.find()) out.put(m.group(1).trim(), m.group(2).trim());
        return out;
    }

    @Test
    void aTemplateThatLoadsAStylesheetFromAnotherOriginFailsTheBuild() throws IOException {
        TestSite site = TestSite.create(dir, "");
        Path base = site.root().resolve("themes/default/templates/base.peb");
        Files.writeString(base, Files.readString(base).replace("<link rel=\"stylesheet\" href=\"{{ site.css }}\">",
                "<link rel=\"stylesheet\" href=\"{{ site.css }}\"><link rel=\"stylesheet\" href=\"https://fonts.example.com/font.css\">"));
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result)).contains("loads <link> from https://fonts.example.com").contains("[privacy]");
        assertThat(Files.exists(site.output())).isFalse();
    }

    @Test
    void anImageFromAnotherSiteInMarkdownIsReportedWithItsLine() {
        TestSite site = TestSite.create(dir, """
                -- content/tracked.md --
                ---
                title: Tracked
                ---
                Text.

                ![A logo](https://tracker.example.com/pixel.png)
                """);
        assertThat(TestSite.report(site.build())).contains("content/tracked.md:6:1: error: The page tracked/index.html loads <img> from https://tracker.example.com");
    }

    @Test
    void anOriginInTheAllowListMayServeAResource() {
        TestSite site = TestSite.create(dir, """
                -- content/map.md --
                ---
                title: Map
                ---
                ![A map of the area](https://maps.example.org/area.png)
                """);
        site.put("site-config.yml", """
                title: Test
                base_url: https://example.org/
                safety:
                  allowed_origins: [https://maps.example.org]
                accessibility:
                  prepared: 2026-11-24
                  contact_email: accessibility@example.org
                """);
        Build.Result result = site.build();
        assertThat(TestSite.report(result)).doesNotContain("[privacy]");
    }

    @Test
    void aScriptWrittenIntoAPageFailsTheBuild() {
        TestSite site = TestSite.create(dir, """
                -- content/inline.md --
                ---
                title: Inline
                ---
                <script>alert(1)</script>
                """);
        assertThat(TestSite.report(site.build())).contains("A script is written inside the page");
    }

    @Test
    void linksToOtherSitesGetNoReferrer() {
        TestSite site = TestSite.create(dir, """
                -- content/links.md --
                ---
                title: Links
                ---
                See [the Government's guidance on domestic abuse](https://www.gov.uk/guidance/domestic-abuse-how-to-get-help).
                """);
        assertThat(site.build().ok()).isTrue();
        assertThat(site.page("/links/").select(".wm-prose a").attr("rel")).isEqualTo("noreferrer");
    }

    @Test
    void aTelLinkThatIsNotAUkNumberIsReportedWithItsLine() {
        TestSite site = TestSite.create(dir, """
                -- content/call.md --
                ---
                title: Call us
                ---
                Call [our line](tel:0808123).
                """);
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result)).contains("content/call.md:4:6: error: The phone link `tel:0808123` is not a valid UK number");
    }

    @Test
    void telLinksAreDialledInInternationalForm() {
        TestSite site = TestSite.create(dir, """
                -- content/call.md --
                ---
                title: Call us
                ---
                Call [0808 2000 247](tel:0808-2000-247) or text relay [18000](tel:18000).
                """);
        assertThat(site.build().ok()).isTrue();
        assertThat(site.page("/call/").select(".wm-prose a").eachAttr("href")).containsExactly("tel:+448082000247", "tel:18000");
        assertThat(site.page("/call/").select(".wm-prose a").first().text()).isEqualTo("0808 2000 247");
    }

    @Test
    void aHelplineWithoutANumberOrWithAnInvalidOneIsAnError() {
        TestSite site = TestSite.create(dir, "");
        site.put("content/helplines.yml", """
                - id: no-number
                  name: No number line
                - id: bad-number
                  name: Bad number line
                  phones:
                    - number: "01772 25678"
                """);
        String report = TestSite.report(site.build());
        assertThat(report).contains("content/helplines.yml:1:3: error: The helpline `No number line` has no phone number.");
        assertThat(report).contains("content/helplines.yml:6:15: error:").contains("one too few for a number starting 01772");
    }

    @Test
    void anExitAddressThatIsNotHttpsIsAnError() {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: T\nbase_url: https://example.org/\nsafety:\n  exit_url: http://www.bbc.co.uk/weather\n");
        assertThat(TestSite.report(site.build())).contains("site-config.yml:4:13: error: The exit address must start with https://");
    }

    @Test
    void theExitControlGoesToTheConfiguredAddress() {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: T\nbase_url: https://example.org/\nsafety:\n  exit_url: https://www.example.com/news\naccessibility:\n  prepared: 2026-11-24\n  contact_email: accessibility@example.org\n");
        assertThat(site.build().ok()).isTrue();
        assertThat(site.page("/").select("a[data-wm-exit]").eachAttr("href")).containsOnly("https://www.example.com/news");
    }

    @Test
    void theAccessibilityStatementHasTheSectionsTheModelStatementRequires() {
        TestSite site = TestSite.copyOf(Path.of("."), dir);
        assertThat(site.build().ok()).isTrue();
        Document page = site.page("/accessibility/");
        assertThat(page.select("h2").eachText()).contains("How accessible this website is", "Feedback and contact information",
                "Reporting accessibility problems with this website", "Enforcement procedure",
                "Technical information about this website's accessibility", "Preparation of this accessibility statement");
        assertThat(page.text()).contains("prepared on 24 November 2026");
    }

    @Test
    void unconfirmedHelplinesAreWarningsForEditors() {
        TestSite site = TestSite.create(dir, "");
        site.put("content/helplines.yml", """
                - id: unconfirmed
                  name: Unconfirmed line
                  phones: [{number: "0808 802 4040"}]
                """);
        Build.Result result = site.build();
        assertThat(result.ok()).isTrue();
        assertThat(TestSite.report(result)).contains("content/helplines.yml:1:7: warning: The number and hours of Unconfirmed line have not been confirmed.");
    }
}
