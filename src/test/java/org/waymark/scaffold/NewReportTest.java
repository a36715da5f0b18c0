package org.waymark.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

class NewReportTest {

    @TempDir
    Path dir;

    private String report(String plan, String date) throws IOException {
        Cli run = Cli.run("new", "report", "--plan", plan, date, "--site", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return Files.readString(dir.resolve("content/plans/" + plan + "/reports/" + date + ".yml"));
    }

    @Test
    void prefillsEveryActionOfThePlanWithItsStatusInTheLatestReport() throws IOException {
        TestSite.copyOf(Path.of("."), dir);
        String text = report("2009-10", "2010-03-31");

        assertThat(text).containsPattern("(?m)^date: 2010-03-31 ").contains("title: Progress report, 31 March 2010").contains("summary: |");
        Matcher refs = Pattern.compile("(?m)^  (?:# )?\"(\\d+\\.\\d+)\": \\{status: ").matcher(text);
        int count = 0;
        while (refs.find()) count++;
        assertThat(count).as("every action of the plan").isEqualTo(24);
        assertThat(text).contains("  \"1.1\": {status: amber}  # To develop the use of Modus as a data collection system and … "
                + "(last: amber on 2009-12-31)");
    }

    @Test
    void anActionWithoutAStatusYetIsWrittenAsANoteToUncomment() throws IOException {
        RagPlan.site(dir);
        String text = report("2008-11", "2009-08-01");

        // 4.1.2 had a note in May but never a status: nothing is invented for it
        assertThat(text).contains("  # \"4.1.2\": {status: not-started}").contains("(no status yet; last note on 2009-05-13)");
        assertThat(text).contains("  \"3.1.1\": {status: red}");
    }

    @Test
    void listsTheMilestonesNotYetDoneSoThatDoneTitlesAreCopiedExactly() throws IOException {
        RagPlan.site(dir);
        String text = report("2008-11", "2009-08-01");
        assertThat(text).contains("#   not yet done: \"Communications strategy developed\" (due 2009-07-01)");
    }

    @Test
    void onlyReportsBeforeTheNewRoundCount() throws IOException {
        TestSite.copyOf(Path.of("."), dir);
        String text = report("2009-10", "2009-07-15");
        // the first round (30 June 2009) is the latest before 15 July 2009
        assertThat(text).contains("(last: green on 2009-06-30)").doesNotContain("2009-12-31").doesNotContain("2009-09-30");
    }

    @Test
    void theSiteBuildsWithTheNewReportAsItWasWritten() throws IOException {
        TestSite site = RagPlan.site(dir);
        report("2008-11", "2009-08-01");

        Build.Result result = site.build(new Build.Options(dir, null, false, LocalDate.of(2009, 9, 1), LocalDate.now()));
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(result.diagnostics()).noneMatch(d -> d.file().endsWith("2009-08-01.yml") && d.isError());
        assertThat(site.exists("/plans/2008-11/reports/2009-08-01/")).isTrue();
    }

    @Test
    void theFirstReportOfAPlanLeavesEveryStatusToTheEditorAndBuilds() throws IOException {
        TestSite site = RagPlan.site(dir);
        site.delete("content/plans/2008-11/reports/2009-05-13.yml");
        String text = report("2008-11", "2009-05-13");

        assertThat(text).contains("  # \"3.1.1\": {status: not-started}").contains("(no report yet)")
                .doesNotContainPattern("(?m)^  \"");
        Build.Result result = site.build(new Build.Options(dir, null, false, LocalDate.of(2009, 9, 1), LocalDate.now()));
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
    }

    @Test
    void refusesARoundThatExistsAndLeavesItAsItWas() throws IOException {
        RagPlan.site(dir);
        Path existing = dir.resolve("content/plans/2008-11/reports/2009-05-13.yml");
        String before = Files.readString(existing);
        Cli run = Cli.run("new", "report", "--plan", "2008-11", "2009-05-13", "--site", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/plans/2008-11/reports/2009-05-13.yml exists already");
        assertThat(Files.readString(existing)).isEqualTo(before);
    }

    @Test
    void anUnknownPlanGetsADidYouMean() {
        RagPlan.site(dir);
        Cli run = Cli.run("new", "report", "--plan", "2008-12", "--site", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("There is no plan `2008-12`").contains("did you mean `2008-11`?");
    }

    @Test
    void aDateThatIsNotOneSaysHowDatesAreWritten() {
        RagPlan.site(dir);
        Cli run = Cli.run("new", "report", "--plan", "2008-11", "31/03/2010", "--site", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("`31/03/2010` is not a date").contains("2009-06-30");
    }

    @Test
    void aPlanWithErrorsIsReportedWithItsFileAndLine() throws IOException {
        TestSite site = RagPlan.site(dir);
        Path plan = dir.resolve("content/plans/2008-11/plan.yml");
        site.put("content/plans/2008-11/plan.yml", Files.readString(plan).replace("title: Develop communications strategy\n",
                "title: [Develop communications strategy\n"));
        Cli run = Cli.run("new", "report", "--plan", "2008-11", "2009-08-01", "--site", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/plans/2008-11/plan.yml:").contains("has errors").doesNotContain("Exception");
        assertThat(dir.resolve("content/plans/2008-11/reports/2009-08-01.yml")).doesNotExist();
    }
}
