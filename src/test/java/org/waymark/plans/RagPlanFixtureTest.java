package org.waymark.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;

/**
 * A plan written by another partnership (seed 003): different column names, confidence and risks,
 * milestones without dates, notes and leads with question marks, red/amber/green from one report.
 */
class RagPlanFixtureTest {
    private static final List<String> REFS = List.of("3-1-1", "3-2-1", "4-1-1", "4-1-2");

    @TempDir
    Path dir;

    private PlanSite site;

    @BeforeEach
    void build() {
        site = PlanSite.copyOf(Path.of("src/test/resources/sites/rag-plan"), dir);
        Build.Result result = site.build(LocalDate.of(2009, 6, 1));
        assertThat(result.ok()).as(PlanSite.report(result)).isTrue();
    }

    @Test
    void buildsAndRendersEveryAction() {
        for (String ref : REFS) {
            Document page = site.page("/plans/2008-11/actions/" + ref + "/");
            assertThat(page.select("h1")).as(ref).hasSize(1);
            assertThat(page.select(".wm-summary-list .wm-status")).as(ref).hasSize(1);
        }
        Document overview = site.page("/plans/2008-11/");
        assertThat(overview.select(".wm-plan-counts-table tfoot td").last().text()).isEqualTo("4");
    }

    @Test
    void usesThePlansOwnColumnNamesAndShowsConfidenceAndRisks() {
        Document theme = site.page("/plans/2008-11/3/");
        assertThat(theme.select("thead th").eachText()).containsSubsequence("Ref", "Action", "Lead responsibility", "Time-scale");

        Document action = site.page("/plans/2008-11/actions/3-2-1/");
        assertThat(action.select("h2").eachText()).contains("Performance / outcome measures", "1. Confidence level", "2. Risks");
        assertThat(action.text()).contains("Medium/high – strategy drafted, to be agreed.");
    }

    @Test
    void keepsQuestionMarksAndUndatedMilestonesAsWritten() {
        Document action = site.page("/plans/2008-11/actions/4-1-2/");

        assertThat(action.select(".wm-summary-list").text()).contains("New CYP & Parenting DVA working gp?");
        assertThat(action.select(".wm-plan-ms--undated").text()).isEqualTo("No date set");
        assertThat(action.select(".wm-summary-list .wm-status").text()).isEqualTo("No progress reported");
        assertThat(action.select(".wm-plan-history__item").text()).contains("Timescale needs to be completed");
        assertThat(site.exists("/plans/2008-11/partners/new-cyp-parenting-dva-working-gp/")).isTrue();
    }

    @Test
    void redAmberAndGreenAreWordsAndAPastTimescaleIsOverdue() {
        Document theme = site.page("/plans/2008-11/4/");
        assertThat(theme.select("tbody .wm-status").eachText())
                .containsExactly("Overdue (reported: off track)", "No progress reported");
        assertThat(site.page("/plans/2008-11/3/").select("tbody .wm-status").eachText())
                .containsExactly("Off track", "On track");
    }
}
