package org.waymark.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.plans.PlanFixtures.AS_OF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;

/**
 * The words around a plan come from the theme ({@code plans.*} in its i18n files), so a theme can change them; the
 * plan's own words, its column names among them, stay as the plan writes them.
 */
class PlanThemeWordsTest {
    @TempDir
    Path dir;

    /** The site with {@code from} replaced by {@code to} in the theme's English words. */
    private PlanSite withThemeWords(String from, String to) throws IOException {
        PlanSite site = PlanSite.create(dir, PlanFixtures.TWO_ROUNDS);
        Path en = dir.resolve("site/themes/default/i18n/en.yml");
        String words = Files.readString(en);
        assertThat(words).contains(from);
        site.put("themes/default/i18n/en.yml", words.replace(from, to));
        return site;
    }

    @Test
    void aThemeRenamesStatusWordsHeadingsAndDefaultColumnNamesButNotThePlansOwn() throws IOException {
        PlanSite site = withThemeWords("    green: On track\n", "    green: Going well\n");
        site.put("themes/default/i18n/en.yml", Files.readString(dir.resolve("site/themes/default/i18n/en.yml"))
                .replace("    ref: Ref\n", "    ref: Number\n")
                .replace("    leads: Lead\n", "    leads: Lead agency\n")
                .replace("  print_link: Print the whole plan\n", "  print_link: Print it all\n")
                .replace("    milestone: Milestone\n", "    milestone: Step\n"));
        Build.Result result = site.build(AS_OF);
        assertThat(result.ok()).as(PlanSite.report(result)).isTrue();

        Document overview = site.page("/plans/2024-25/");
        assertThat(overview.select(".wm-plan-counts-table th[scope=col]").eachText()).contains("Going well (green)")
                .doesNotContain("On track (green)");
        assertThat(overview.selectFirst(".wm-plan-chart desc").text()).contains("going well (green): 1");
        assertThat(overview.selectFirst(".wm-plan-actions-bar a").text()).isEqualTo("Print it all");

        Document theme = site.page("/plans/2024-25/1/");
        assertThat(theme.select("thead th").eachText())
                .as("Ref comes from the theme; the plan names its own leads, milestones and title columns")
                .startsWith("Number", "What we will do", "Responsibility", "Timescale");
        Document action = site.page("/plans/2024-25/actions/1-1/");
        assertThat(action.selectFirst(".wm-summary-list .wm-status").text()).isEqualTo("Overdue (reported: going well)");
        assertThat(action.select("#action-milestones + .wm-table-wrap thead th").eachText()).first().isEqualTo("Step");

        assertThat(site.file("/plans/2024-25/plan.csv")).as("the exports keep the report words").contains(",green,")
                .doesNotContain("Going well");
    }

    @Test
    void aPlanWordLeftOutOfTheSitesWordsComesFromTheBuiltInThemeWithoutAWarning() throws IOException {
        PlanSite site = withThemeWords("    amber: At risk\n", "");
        Build.Result result = site.build(AS_OF);

        assertThat(result.ok()).isTrue();
        assertThat(PlanSite.report(result)).doesNotContain("plans.status.amber");
        assertThat(site.page("/plans/2024-25/reports/2024-06-30/").text()).contains("At risk");
    }
}
