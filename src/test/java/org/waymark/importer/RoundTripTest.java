package org.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.model.Action;
import org.waymark.model.Lead;
import org.waymark.model.Milestone;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.testing.TestSite;

/** Importing the example plan's own CSV export gives back the same plan. */
class RoundTripTest {
    @TempDir
    static Path dir;

    static TestSite site;
    static Path csv;
    static Plan original;

    @BeforeAll
    static void exportTheExamplePlan() throws Exception {
        site = TestSite.copyOf(Path.of("."), dir.resolve("site"));
        Build.Result result = site.build(new Build.Options(site.root(), null, false, LocalDate.of(2010, 1, 31), LocalDate.now()));
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        csv = dir.resolve("plan.csv");
        Files.copy(site.output().resolve("plans/2009-10/plan.csv"), csv);
        original = plan("2009-10");
    }

    private static Plan plan(String id) {
        return Sites.plans(site.root()).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static PlanImport.Result importAs(String id, boolean force) {
        return PlanImport.run(new PlanImport.Request(site.root(), csv, id, null, List.of(), force));
    }

    @Test
    void importingTheExportUnderANewIdGivesTheSameThemesActionsLeadsAndMilestones() {
        PlanImport.Result r = importAs("copy", false);
        assertThat(r.kind()).as(r.diagnostics().toString()).isEqualTo(PlanImport.Kind.WRITTEN);
        assertSamePlan(plan("copy"), original);
        assertThat(r.diagnostics()).allMatch(d -> !d.isError());
    }

    @Test
    void importingTheExportOverThePlanItselfKeepsItsTitleObjectivesAndReportsAndBuilds() {
        PlanImport.Result r = importAs("2009-10", true);
        assertThat(r.kind()).as(r.diagnostics().toString()).isEqualTo(PlanImport.Kind.WRITTEN);
        Plan again = plan("2009-10");
        assertSamePlan(again, original);
        assertThat(again.title()).isEqualTo(original.title());
        assertThat(again.start()).isEqualTo(original.start());
        assertThat(again.description()).isEqualTo(original.description());
        assertThat(again.themes()).extracting(PlanTheme::objectives).isEqualTo(original.themes().stream().map(PlanTheme::objectives).toList());
        assertThat(again.reports()).hasSameSizeAs(original.reports());
        Build.Result result = site.build(new Build.Options(site.root(), null, false, LocalDate.of(2010, 1, 31), LocalDate.now()).checkOnly());
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
    }

    private static void assertSamePlan(Plan imported, Plan original) {
        assertThat(imported.themes()).extracting(PlanTheme::id).isEqualTo(original.themes().stream().map(PlanTheme::id).toList());
        assertThat(imported.themes()).extracting(PlanTheme::title).isEqualTo(original.themes().stream().map(PlanTheme::title).toList());
        List<Action> a = imported.actions().toList();
        List<Action> b = original.actions().toList();
        assertThat(a).extracting(Action::ref).isEqualTo(b.stream().map(Action::ref).toList());
        for (int i = 0; i < a.size(); i++) {
            Action x = a.get(i);
            Action y = b.get(i);
            String ref = y.ref();
            assertThat(x.title()).as(ref).isEqualTo(y.title());
            assertThat(x.themeId()).as(ref).isEqualTo(y.themeId());
            assertThat(x.leads()).as(ref + " leads").extracting(Lead::slug, Lead::name, Lead::partnerId)
                    .isEqualTo(y.leads().stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.slug(), l.name(), l.partnerId())).toList());
            assertThat(x.milestones()).as(ref + " milestones").extracting(Milestone::title, Milestone::due)
                    .isEqualTo(y.milestones().stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.title(), m.due())).toList());
            assertThat(x.steps()).as(ref + " steps").isEqualTo(y.steps());
            assertThat(x.by()).as(ref + " by").isEqualTo(y.by());
            assertThat(x.resources()).as(ref + " resources").isEqualTo(y.resources());
            assertThat(x.outcomes()).as(ref + " outcomes").isEqualTo(y.outcomes());
            assertThat(x.measures()).as(ref + " measures").isEqualTo(y.measures());
            assertThat(x.confidence()).as(ref + " confidence").isEqualTo(y.confidence());
            assertThat(x.risks()).as(ref + " risks").isEqualTo(y.risks());
        }
    }
}
