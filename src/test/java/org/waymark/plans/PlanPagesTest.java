package org.waymark.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.plans.PlanFixtures.AS_OF;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;

/** What a reader sees of a plan: its overview, themes, actions, leads, report rounds and print view. */
class PlanPagesTest {
    @TempDir
    Path dir;

    private PlanSite built(String fixture, LocalDate asOf) {
        PlanSite site = PlanSite.create(dir, fixture);
        Build.Result result = site.build(asOf);
        assertThat(result.ok()).as(PlanSite.report(result)).isTrue();
        return site;
    }

    @Test
    void everyActionOfEachPlanHasItsPage() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS + PlanFixtures.SECOND_PLAN, AS_OF);

        for (String path : List.of("/plans/2024-25/actions/1-1/", "/plans/2024-25/actions/1-2/", "/plans/2024-25/actions/2-1/",
                "/plans/2023-24/actions/a/", "/plans/2023-24/actions/b/")) {
            assertThat(site.exists(path)).as(path).isTrue();
            assertThat(site.page(path).select("h1")).hasSize(1);
        }
        assertThat(site.page("/plans/2024-25/actions/1-2/").select("h1").text()).isEqualTo("1.2 Train officers");
        assertThat(site.page("/plans/").select(".wm-plan-card h2").eachText())
                .containsExactly("Test action plan 2024-25", "Older action plan 2023-24");
    }

    @Test
    void overviewCountsAddUpForEachThemeAndTheWholePlan() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Element table = site.page("/plans/2024-25/").selectFirst(".wm-plan-counts-table");

        int sumOfThemes = 0;
        for (Element row : table.select("tbody tr")) {
            List<Integer> cells = row.select("td").eachText().stream().map(Integer::parseInt).toList();
            int total = cells.get(cells.size() - 1);
            assertThat(cells.subList(0, cells.size() - 1).stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
            sumOfThemes += total;
        }
        List<Integer> whole = table.select("tfoot td").eachText().stream().map(Integer::parseInt).toList();
        assertThat(whole.get(whole.size() - 1)).isEqualTo(3).isEqualTo(sumOfThemes);
        assertThat(whole.subList(0, whole.size() - 1).stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(table.select("th[scope=col]").eachText()).contains("Overdue", "Off track (red)", "On track (green)");
        assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("Safety", "Justice");
    }

    @Test
    void overviewHasAnAccessibleChartTheLatestSummaryAndAPrintLink() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Document overview = site.page("/plans/2024-25/");

        Element svg = overview.selectFirst("svg[role=img]");
        assertThat(svg).isNotNull();
        String labelledBy = svg.attr("aria-labelledby");
        assertThat(labelledBy).isNotBlank();
        for (String id : labelledBy.split(" ")) assertThat(overview.getElementById(id)).as(id).isNotNull();
        assertThat(svg.selectFirst("title").text()).isEqualTo("Actions by status, as of 15 October 2024");
        assertThat(svg.selectFirst("desc").text()).contains("overdue: 1", "off track (red): 1", "on track (green): 1");
        assertThat(svg.select("pattern")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(overview.select(".wm-plan-asof").text()).contains("15 October 2024");
        assertThat(overview.select("#plan-latest + p a").text()).isEqualTo("Quarter 2 report");
        assertThat(overview.select("a[href=/plans/2024-25/print/]")).isNotEmpty();
        assertThat(overview.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/plans/feed.xml");
        assertThat(overview.select(".wm-nav a").eachText()).contains("Action plans");
    }

    @Test
    void greenActionWithAMilestonePastDueShowsAsOverdueWithWhatItsReportSaid() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Document action = site.page("/plans/2024-25/actions/1-1/");

        Element status = action.selectFirst(".wm-summary-list .wm-status");
        assertThat(status.text()).isEqualTo("Overdue (reported: on track)");
        assertThat(status.hasClass("wm-status--overdue")).isTrue();
        assertThat(action.select(".wm-plan-ms--overdue").text()).contains("Overdue: due by June 2024");
        assertThat(site.page("/plans/2024-25/1/").select("tbody tr").first().select(".wm-status").text())
                .isEqualTo("Overdue (reported: on track)");
        // the milestone reported done before the as-of date keeps 1.2 at its reported status
        assertThat(site.page("/plans/2024-25/actions/1-2/").selectFirst(".wm-summary-list .wm-status").text()).isEqualTo("Off track");
    }

    @Test
    void actionIsNotOverdueBeforeItsMilestoneIsDue() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, LocalDate.of(2024, 6, 30));

        assertThat(site.page("/plans/2024-25/actions/1-1/").selectFirst(".wm-summary-list .wm-status").text()).isEqualTo("On track");
        assertThat(site.exists("/plans/2024-25/reports/2024-09-30/")).isFalse();
    }

    @Test
    void completeActionIsNeverOverdue() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS.replace(
                "\"1.1\": {status: green, note: \"Building purchase agreed.\"}\n  \"1.2\": {status: red",
                "\"1.1\": {status: complete, note: \"Building purchase agreed.\"}\n  \"1.2\": {status: red"), AS_OF);

        assertThat(site.page("/plans/2024-25/actions/1-1/").selectFirst(".wm-summary-list .wm-status").text()).isEqualTo("Complete");
    }

    @Test
    void actionPageShowsTheWholeHistoryNewestFirstAndANoteKeepsTheStatusBeforeIt() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Document action = site.page("/plans/2024-25/actions/1-2/");

        assertThat(action.select(".wm-plan-history__item h3 a").eachText()).containsExactly("Quarter 2 report", "Quarter 1 report");
        assertThat(action.select(".wm-plan-history__item").first().text()).contains("Off track", "Trainer left; course postponed.",
                "Training designed");
        assertThat(action.select(".wm-summary-list").text()).contains("Responsibility", "Example Police", "Housing Options Team",
                "Training lead");
        assertThat(action.select("#action-milestones").text()).isEqualTo("Timescale");
        assertThat(action.select(".wm-plan-ms--done").text()).contains("Done 30 September 2024");
        // 2.1: a note without a status in the first round, then green
        Document court = site.page("/plans/2024-25/actions/2-1/");
        assertThat(court.select(".wm-plan-history__item").last().select(".wm-status")).isEmpty();
        assertThat(court.select(".wm-plan-ms--undated").text()).isEqualTo("No date set");
    }

    @Test
    void themePageUsesThePlansOwnColumnNames() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Document theme = site.page("/plans/2024-25/1/");

        assertThat(theme.select("h1").text()).isEqualTo("Safety");
        Elements actions = theme.select("table:has(#theme-actions-caption)");
        assertThat(actions.select("thead th[scope=col]").eachText())
                .containsExactly("Ref", "What we will do", "Responsibility", "Timescale", "Status", "Latest progress");
        assertThat(actions.select("tbody th[scope=row]").eachText()).containsExactly("1.1", "1.2");
        assertThat(theme.select("tbody tr").get(1).text()).contains("Trainer left; course postponed.");
    }

    @Test
    void partnerPageListsWhatItLeadsAndHowEachIsDoing() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Document police = site.page("/plans/2024-25/partners/police/");

        assertThat(police.select("h1").text()).isEqualTo("Example Police");
        assertThat(police.select(".wm-plan-lead__table tbody th[scope=row]").eachText()).containsExactly("1.2", "2.1");
        assertThat(police.select(".wm-plan-lead__table tbody .wm-status").eachText()).containsExactly("Off track", "On track");
        assertThat(site.page("/plans/2024-25/partners/housing-options-team/").select(".wm-plan-lead__table tbody th").eachText())
                .containsExactly("1.2");
        assertThat(site.page("/plans/2024-25/").select("#plan-leads + ul a").eachText())
                .containsExactly("Example Council", "Example Police", "Housing Options Team");
    }

    @Test
    void reportRoundPageListsExactlyTheChangesSinceTheRoundBefore() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Document round = site.page("/plans/2024-25/reports/2024-09-30/");

        assertThat(round.select(".wm-plan-changes tbody tr")).extracting(Element::text)
                .containsExactly("1.2 Train officers At risk Off track", "2.1 Run a specialist court No progress reported On track");
        assertThat(round.select(".wm-plan-done tbody tr")).extracting(Element::text)
                .containsExactly("1.2 Train officers Training designed");
        assertThat(round.select(".wm-plan-notes tbody tr")).extracting(Element::text)
                .containsExactly("1.2 Train officers Trainer left; course postponed.");
        assertThat(round.text()).contains("What changed since the Quarter 1 report (30 June 2024)");

        Document first = site.page("/plans/2024-25/reports/2024-06-30/");
        assertThat(first.select(".wm-plan-changes tbody tr")).hasSize(2);
        assertThat(first.select(".wm-plan-done")).isEmpty();
        assertThat(first.select(".wm-plan-notes tbody tr")).hasSize(3);
        assertThat(first.select(".wm-prose strong").text()).isEqualTo("good");
    }

    @Test
    void printViewHasEveryActionWithItsStatusInWordsAndRepeatableHeaders() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS, AS_OF);
        Document print = site.page("/plans/2024-25/print/");

        assertThat(print.select("h1")).hasSize(1);
        assertThat(print.select(".wm-plan-table--print tbody th[scope=row]").eachText()).containsExactly("1.1", "1.2", "2.1");
        assertThat(print.select(".wm-plan-table--print thead")).hasSize(2);
        assertThat(print.select(".wm-plan-table--print .wm-status").eachText())
                .containsExactly("Overdue (reported: on track)", "Off track", "On track");
        for (Element labelled : print.select("[aria-labelledby]")) {
            for (String id : labelled.attr("aria-labelledby").split(" ")) assertThat(print.getElementById(id)).as(id).isNotNull();
        }
        assertThat(print.select(".wm-plan-print__theme h2").eachAttr("id")).containsExactly("print-theme-0", "print-theme-1");
        assertThat(print.select("link[rel=stylesheet]").eachAttr("href")).contains("/assets/css/plans.css");
        assertThat(site.file("/assets/css/plans.css")).contains("thead", "table-header-group", "break-inside: avoid", "counter(page)");
    }

    @Test
    void siteWithoutPlansHasNoPlanPagesOrNavigationEntry() {
        PlanSite site = built("", AS_OF);

        assertThat(site.exists("/plans/")).isFalse();
        assertThat(site.page("/").select(".wm-nav a").eachText()).doesNotContain("Action plans");
    }
}
