package org.waymark.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.plans.PlanFixtures.AS_OF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;

/** What a partner agency sees of a plan: progress over time, its own report, and the plan as a paper to print. */
class PartnersViewTest {
    @TempDir
    Path dir;

    private PlanSite built(String fixture) {
        PlanSite site = PlanSite.create(dir, fixture);
        Build.Result result = site.build(AS_OF);
        assertThat(result.ok()).as(PlanSite.report(result)).isTrue();
        return site;
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tbody tr").stream().map(tr -> tr.select("th, td").eachText()).toList();
    }

    @Test
    void overviewShowsHowManyActionsHadEachStatusAtEachReportRound() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS);
        Document overview = site.page("/plans/2024-25/");

        // 30 June: 1.1 green (its June milestone not yet late), 1.2 amber, 2.1 no status.
        // 30 September: 1.1 overdue (June milestone not done), 1.2 red, 2.1 green.
        Element table = overview.selectFirst("table.wm-plan-trend-table");
        assertThat(table.select("thead th").eachText())
                .containsExactly("Progress report", "Overdue", "Off track (red)", "At risk (amber)", "On track (green)",
                        "No progress reported", "All actions");
        assertThat(rows(table)).containsExactly(
                List.of("30 June 2024", "0", "0", "1", "1", "1", "3"),
                List.of("30 September 2024", "1", "1", "0", "1", "0", "3"));
        Element chart = overview.selectFirst("figure.wm-plan-trend svg[role=img]");
        assertThat(chart.hasAttr("viewBox")).as("a chart in CSS pixels, whose text keeps its size").isFalse();
        assertThat(chart.select("title").text()).contains("actions by status at each progress report");
        assertThat(chart.select("desc").text())
                .isEqualTo("30 June 2024: at risk (amber): 1; on track (green): 1; no progress reported: 1. "
                        + "30 September 2024: overdue: 1; off track (red): 1; on track (green): 1.");
        assertThat(chart.select("rect[fill^=url(#plan-trend-]")).as("one patterned bar part per status shown at each round").hasSize(6);
        assertThat(overview.select("figure.wm-plan-trend .wm-plan-legend .wm-status").eachText())
                .containsExactly("Overdue", "Off track (red)", "At risk (amber)", "On track (green)", "No progress reported");
        assertThat(overview.select("script:not([src])")).isEmpty();
    }

    @Test
    void themeAndPartnerPagesShowTheirOwnProgressOverTime() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS);

        assertThat(rows(site.page("/plans/2024-25/2/").selectFirst("table.wm-plan-trend-table"))).containsExactly(
                List.of("30 June 2024", "0", "0", "0", "0", "1", "1"),
                List.of("30 September 2024", "0", "0", "0", "1", "0", "1"));
        assertThat(rows(site.page("/plans/2024-25/partners/police/").selectFirst("table.wm-plan-trend-table"))).containsExactly(
                List.of("30 June 2024", "0", "0", "1", "0", "1", "2"),
                List.of("30 September 2024", "0", "1", "0", "1", "0", "2"));
    }

    @Test
    void exportsCarryProgressOverTimeAsALongTable() throws Exception {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS);

        List<String> csv = site.file("/plans/2024-25/progress.csv").lines().toList();
        assertThat(csv.get(0)).isEqualTo("\uFEFFround,theme,partner,status,count");
        assertThat(csv).contains("2024-06-30,,,amber,1", "2024-09-30,,,overdue,1", "2024-09-30,1,,red,1",
                "2024-09-30,2,,green,1", "2024-09-30,,police,red,1", "2024-09-30,,housing-options-team,red,1",
                "2024-06-30,,council,green,1");
        // plan, 2 themes and 3 leads, 2 rounds, 5 statuses
        assertThat(csv).hasSize(1 + 6 * 2 * 5);
        assertThat(site.page("/plans/2024-25/").select("a[href=/plans/2024-25/progress.csv]")).hasSize(1);

        JsonNode json = new ObjectMapper().readTree(site.file("/plans/2024-25/plan.json")).path("progress");
        assertThat(json.size()).isEqualTo(60);
        assertThat(json.toString()).contains("{\"round\":\"2024-09-30\",\"theme\":\"\",\"partner\":\"police\",\"status\":\"red\",\"count\":1}");
    }

    @Test
    void partnerPageIsEverythingItLeadsWithNextMilestoneAndACsvOfJustItsActions() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS);
        Document council = site.page("/plans/2024-25/partners/council/");

        Element table = council.selectFirst("table.wm-plan-lead__table");
        assertThat(table.select("thead th").eachText()).containsExactly("Ref", "What we will do", "Theme", "Status",
                "Latest progress", "Next milestone");
        assertThat(table.select("tbody td").last().text()).isEqualTo("Building bought (Overdue: due by June 2024)");
        assertThat(council.select(".wm-plan-print__only").text()).contains("Everything Example Council leads");
        assertThat(council.select(".wm-plan-print__emergency")).hasSize(1);
        assertThat(rows(site.page("/plans/2024-25/partners/police/").selectFirst("table.wm-plan-lead__table")))
                .extracting(r -> r.get(5)).containsExactly("No milestone left", "Court sitting (No date set)");

        Element csvLink = council.selectFirst("a[href=/plans/2024-25/partners/council/actions.csv]");
        assertThat(csvLink.text()).isEqualTo("Download Example Council's actions as a spreadsheet (CSV)");
        // rows end in CRLF; a list inside a cell is one item per line (LF)
        String councilCsv = site.file("/plans/2024-25/partners/council/actions.csv");
        assertThat(councilCsv).startsWith("\uFEFFref,theme,title,").contains("\r\n1.1,Safety,\"Open a refuge\",")
                .doesNotContain("\r\n1.2,", "\r\n2.1,");
        assertThat(site.file("/plans/2024-25/partners/police/actions.csv")).contains("\r\n1.2,", "\r\n2.1,")
                .doesNotContain("\r\n1.1,");
    }

    @Test
    void leadsWrittenByNameOrShortNameGatherOnThePartnersPage() {
        PlanSite site = built("""
                -- content/plans/2024-25/plan.yml --
                title: Imported plan
                themes:
                  - id: "1"
                    title: Safety
                    actions:
                      - {ref: "1.1", title: By id, leads: [police]}
                      - {ref: "1.2", title: By short name, leads: [Police]}
                      - {ref: "1.3", title: By name, leads: ["Example  police"]}
                      - {ref: "1.4", title: By someone else, leads: [Police Authority]}
                """);

        Document police = site.page("/plans/2024-25/partners/police/");
        assertThat(police.select(".wm-plan-lead__table tbody th").eachText()).containsExactly("1.1", "1.2", "1.3");
        assertThat(site.exists("/plans/2024-25/partners/police-authority/")).isTrue();
        assertThat(site.exists("/plans/2024-25/partners/example-police/")).isFalse();
        assertThat(site.page("/plans/2024-25/actions/1-2/").select("a[href=/plans/2024-25/partners/police/]")).hasSize(1);
    }

    @Test
    void printViewIsAMeetingPaper() {
        PlanSite site = built(PlanFixtures.TWO_ROUNDS);
        Document print = site.page("/plans/2024-25/print/");

        assertThat(print.select(".wm-plan-print__facts dt").eachText()).containsExactly("Period", "Status as of", "Printed on");
        assertThat(print.select(".wm-plan-print__facts dd").get(1).text())
                .isEqualTo("15 October 2024 (latest progress report: Quarter 2 report, 30 September 2024)");
        assertThat(print.select("[data-wm-printed]")).hasSize(1);
        assertThat(print.select("script[src=/assets/js/plans.js]")).hasSize(1);
        assertThat(site.exists("/assets/js/plans.js")).isTrue();
        // each action is a group of rows, each row headed by the action's ref
        Element theme1 = print.selectFirst("table.wm-plan-table--print");
        assertThat(theme1.select("tbody.wm-plan-print__action")).hasSize(2);
        for (Element group : theme1.select("tbody")) {
            String ref = group.selectFirst("tr > th[scope=row]").text();
            assertThat(group.select("tr > th[scope=row]").eachText()).allMatch(ref::equals);
        }
        assertThat(print.select(".wm-plan-print__emergency")).hasSize(1);
        assertThat(print.select(".wm-plan-print__emergency").text()).contains("999");
        assertThat(rows(print.selectFirst("table.wm-plan-trend-table"))).hasSize(2);
    }
}
