package org.waymark.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.plans.PlanFixtures.AS_OF;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;

/** Bad plans and reports: each is an error naming the file, the line and what to do. */
class PlanValidationTest {
    private static final String PLAN = "content/plans/2024-25/plan.yml";
    private static final String Q1 = "content/plans/2024-25/reports/2024-06-30.yml";

    @TempDir
    Path dir;

    /** Builds the two-round fixture with one text replaced, and returns its errors. */
    private List<Diagnostic> errorsWith(String from, String to) {
        String fixture = PlanFixtures.TWO_ROUNDS;
        assertThat(fixture).contains(from);
        Build.Result result = PlanSite.create(dir, fixture.replace(from, to)).build(AS_OF);
        assertThat(result.ok()).as("the build should fail").isFalse();
        return result.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** The line in the fixture file {@code file} on which {@code text} first appears. */
    private static int lineOf(String fixtureFile, String text, String fixture) {
        String body = fixture.substring(fixture.indexOf("-- " + fixtureFile + " --"));
        body = body.substring(body.indexOf('\n') + 1);
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
        throw new AssertionError(text + " is not in " + fixtureFile);
    }

    @Test
    void duplicateRefIsAnErrorOnTheSecondRefsLine() {
        List<Diagnostic> errors = errorsWith("- ref: \"1.2\"", "- ref: \"1.1\"");

        assertThat(errors).filteredOn(d -> d.file().equals(PLAN)).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(PLAN);
            assertThat(d.line()).isEqualTo(lineOf(PLAN, "title: Train officers", PlanFixtures.TWO_ROUNDS) - 1);
            assertThat(d.rule()).isEqualTo("duplicate-ref");
            assertThat(d.message()).contains("`1.1`", "used twice", "first on line " + lineOf(PLAN, "- ref: \"1.1\"", PlanFixtures.TWO_ROUNDS));
        });
    }

    @Test
    void anExtraFieldThatIsNeitherTextNorAListIsAnErrorOnItsLine() {
        String f = PlanFixtures.TWO_ROUNDS;
        int at = f.indexOf("title: Train officers");
        String indent = f.substring(f.lastIndexOf('\n', at) + 1, at);
        List<Diagnostic> errors = errorsWith(indent + "title: Train officers\n", indent + "title: Train officers\n" + indent + "extra:\n"
                + indent + "  \"Confidence level\": {a: b}\n");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(PLAN);
            assertThat(d.line()).isEqualTo(lineOf(PLAN, "title: Train officers", PlanFixtures.TWO_ROUNDS) + 2);
            assertThat(d.message()).contains("`Confidence level` in `extra` should be text or a list");
        });
    }

    @Test
    void reportForAnActionThePlanLacksIsAnErrorWithDidYouMean() {
        List<Diagnostic> errors = errorsWith("\"2.1\": {note: \"Court dates being set.\"}", "\"2.2\": {note: \"Court dates being set.\"}");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(Q1);
            assertThat(d.line()).isEqualTo(lineOf(Q1, "Court dates", PlanFixtures.TWO_ROUNDS));
            assertThat(d.rule()).isEqualTo("unknown-ref");
            assertThat(d.message()).contains("`2.2`");
            assertThat(d.hint()).isEqualTo("did you mean `2.1`?");
        });
    }

    @Test
    void statusWordNotInTheListIsAnErrorWithDidYouMean() {
        List<Diagnostic> errors = errorsWith("{status: amber, note: \"Trainer", "{status: ambre, note: \"Trainer");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(Q1);
            assertThat(d.line()).isEqualTo(lineOf(Q1, "Trainer recruitment", PlanFixtures.TWO_ROUNDS));
            assertThat(d.message()).contains("`ambre`", "status words");
            assertThat(d.hint()).isEqualTo("did you mean `amber`?");
        });
    }

    @Test
    void overdueWrittenInAReportIsExplainedAsDerived() {
        List<Diagnostic> errors = errorsWith("{status: amber, note: \"Trainer", "{status: overdue, note: \"Trainer");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(Q1);
            assertThat(d.message()).contains("works it out");
        });
    }

    @Test
    void milestoneDateThatDoesNotParseIsAnErrorWithTheWayToWriteIt() {
        List<Diagnostic> errors = errorsWith("{title: Building bought, due: 2024-06}", "{title: Building bought, due: June 2024}");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(PLAN);
            assertThat(d.line()).isEqualTo(lineOf(PLAN, "Building bought", PlanFixtures.TWO_ROUNDS));
            assertThat(d.rule()).isEqualTo("date");
            assertThat(d.message()).contains("`June 2024`");
            assertThat(d.hint()).contains("2009-06-30", "2009-06");
        });
    }

    @Test
    void impossibleMilestoneDateIsAnError() {
        List<Diagnostic> errors = errorsWith("due: 2025-03-31}", "due: 2025-02-30}");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(PLAN);
            assertThat(d.line()).isEqualTo(lineOf(PLAN, "Refuge open", PlanFixtures.TWO_ROUNDS));
        });
    }

    @Test
    void reportWhoseDateDisagreesWithItsFileNameIsAnError() {
        List<Diagnostic> errors = errorsWith("date: 2024-06-30", "date: 2024-06-29");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(Q1);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.rule()).isEqualTo("report-date");
            assertThat(d.message()).contains("2024-06-29", "2024-06-30.yml");
            assertThat(d.hint()).contains("rename the file to 2024-06-29.yml");
        });
    }

    @Test
    void reportFileNameThatIsNotADateIsAnError() {
        PlanSite site = PlanSite.create(dir, PlanFixtures.TWO_ROUNDS + """
                -- content/plans/2024-25/reports/quarter-3.yml --
                date: 2024-12-31
                """);
        Build.Result result = site.build(AS_OF);

        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("content/plans/2024-25/reports/quarter-3.yml");
            assertThat(d.hint()).contains("2009-06-30.yml");
        });
    }

    @Test
    void unknownKeyInAnActionIsAnErrorWithDidYouMean() {
        List<Diagnostic> errors = errorsWith("    leads: [council]\n", "    lead: [council]\n");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(PLAN);
            assertThat(d.line()).isEqualTo(lineOf(PLAN, "lead: [council]", PlanFixtures.TWO_ROUNDS.replace("leads: [council]", "lead: [council]")));
            assertThat(d.rule()).isEqualTo("unknown-key");
            assertThat(d.hint()).isEqualTo("did you mean `leads`?");
        });
    }

    @Test
    void misspeltPartnerIdIsAnErrorButAPlainNameIsAllowed() {
        List<Diagnostic> errors = errorsWith("leads: [police, Housing Options Team]", "leads: [polce, Housing Options Team]");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(PLAN);
            assertThat(d.line()).isEqualTo(lineOf(PLAN, "Housing Options Team", PlanFixtures.TWO_ROUNDS));
            assertThat(d.hint()).startsWith("did you mean `police`?");
        });
    }

    @Test
    void milestoneReportedDoneThatThePlanLacksIsAnErrorWithDidYouMean() {
        List<Diagnostic> errors = errorsWith("done: [\"Training designed\"]", "done: [\"Training desgined\"]");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("content/plans/2024-25/reports/2024-09-30.yml");
            assertThat(d.rule()).isEqualTo("unknown-milestone");
            assertThat(d.hint()).isEqualTo("did you mean `Training designed`?");
        });
    }

    @Test
    void missingRequiredFieldsAreErrors() {
        List<Diagnostic> errors = errorsWith("        title: Run a specialist court\n", "");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(PLAN);
            assertThat(d.rule()).isEqualTo("required");
            assertThat(d.message()).contains("`title`");
        });
    }
}
