package org.waymark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.TestSite;

/** One build reports every problem, so that an editor does not fix them one run at a time. */
class AllErrorsInOneRunTest {
    @TempDir
    Path dir;

    /** A site whose home page says {@code sentence} and whose one service has an unknown category. */
    private TestSite homePageAndABrokenService(String sentence) {
        return TestSite.create(dir, """
                -- content/index.md --
                ---
                title: Welcome
                ---
                If you are in danger, call [999](tel:999). %s
                -- content/services/outreach.yml --
                name: Outreach
                organisation: Example Outreach Charity
                summary: Support in the community.
                categories: [advocacy, refuje]
                areas: [north]
                contact:
                  phones:
                    - number: "01632 960000"
                last_verified: 2026-11-01
                """.formatted(sentence));
    }

    @Test
    void aLinkToAServiceWhoseFileHasAnErrorIsNotReportedAsBroken() {
        TestSite site = homePageAndABrokenService("See [our outreach service](/directory/outreach/).");
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result))
                .contains("content/services/outreach.yml:4:24: error: `refuje` in `categories` is not one of the directory categories")
                .doesNotContain("content/index.md");
    }

    @Test
    void aServiceErrorAndABrokenLinkInTheHomePageAreReportedTogether() {
        TestSite site = homePageAndABrokenService("Read [our leaflet](leaflet.md).");
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result))
                .contains("content/services/outreach.yml:4:24: error: `refuje` in `categories` is not one of the directory categories")
                .contains("content/index.md:4:49: error: The link to `leaflet.md` points to a page that does not exist.");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aPlanErrorAndABrokenLinkInAPageAreReportedTogether() {
        TestSite site = TestSite.create(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                See [the missing page](/nowhere/).
                -- content/plans/2024-25/plan.yml --
                title: Action plan
                themes:
                  - id: "1"
                    title: Safety
                    actions:
                      - ref: "1.1"
                        title: Open a refuge
                -- content/plans/2024-25/reports/2024-06-30.yml --
                date: 2024-06-30
                updates:
                  "9.9": {status: green}
                """);
        String report = TestSite.report(site.build());
        assertThat(report).contains("content/plans/2024-25/reports/2024-06-30.yml:3:3: error:")
                .contains("content/about.md:4:5: error: The link `/nowhere/` on about/index.html points to a page or file that does not exist.");
    }
}
