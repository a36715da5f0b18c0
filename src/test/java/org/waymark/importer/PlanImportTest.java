package org.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.cli.Main;
import org.waymark.model.Action;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.testing.TestSite;

class PlanImportTest {
    private static final String PARTNERS = """
            -- content/partners.yml --
            - id: north-police
              name: North Police
              short_name: Police
              type: police
            - id: north-council
              name: North Council
              type: council
            """;

    @TempDir
    Path dir;

    private TestSite site;

    private TestSite site() {
        site = TestSite.create(dir.resolve("site"), PARTNERS);
        return site;
    }

    private Path csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path csv(byte[] bytes) throws IOException {
        Path file = dir.resolve("plan.csv");
        Files.write(file, bytes);
        return file;
    }

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--site", site.root().toString()));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private String planYml(String id) throws IOException {
        return Files.readString(site.root().resolve("content/plans/" + id + "/plan.yml"));
    }

    private Plan plan(String id) {
        return Sites.plans(site.root()).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private void assertBuilds() {
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
    }

    private static final String SPREADSHEET = "\uFEFFRef,Theme,Action,Lead responsibility,By whom,Resources,Timescale,Outcomes\r\n"
            + "1.1,Data collection,\"Develop the use of Modus\",\"North Police\nNorth Council\",\"DA Co-ordinator\",\"£2,475 – GO East\","
            + "\"Review of the system – September 2009\nTracking in place by 31/03/2010\",\"Uniform data collection\nBaseline data\"\r\n"
            + "1.2,Data collection,\"Share information, effectively\",Police; Health visitors,,,Ongoing,\r\n"
            + "2.1,Partnership working,\"Hold the Forum\",north-council,,\"Time of partners\",\"July 2009\",\"Forum meets\"\r\n";

    @Test
    void aSpreadsheetWithABomAndMultiLineCellsImportsIntoAPlanThatBuilds() throws IOException {
        site();
        Run run = run("import", csv(SPREADSHEET).toString(), "--plan", "2009-10");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote content/plans/2009-10/plan.yml: 2 themes, 3 actions.");
        String yml = planYml("2009-10");
        assertThat(yml).contains("ref: \"1.1\"").contains("£2,475 – GO East").contains("Review of the system – September 2009");
        Plan plan = plan("2009-10");
        assertThat(plan.themes()).extracting(PlanTheme::id, PlanTheme::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Data collection"),
                        org.assertj.core.groups.Tuple.tuple("2", "Partnership working"));
        Action a = plan.actions().findFirst().orElseThrow();
        assertThat(a.leads()).extracting(l -> l.partnerId()).containsExactly("north-police", "north-council");
        assertThat(a.milestones()).extracting(m -> m.title(), m -> m.due().map(d -> d.iso()).orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Review of the system – September 2009", "2009-09"),
                        org.assertj.core.groups.Tuple.tuple("Tracking in place by 31/03/2010", "2010-03-31"));
        assertThat(a.outcomes()).containsExactly("Uniform data collection", "Baseline data");
        assertThat(a.resources()).containsExactly("£2,475 – GO East");
        assertBuilds();
        assertThat(site.exists("/plans/2009-10/actions/1-1/")).isTrue();
    }

    @Test
    void leadsAreSplitAtSemicolonsAndPartnerNamesBecomeIds() throws IOException {
        site();
        run("import", csv(SPREADSHEET).toString(), "--plan", "p");
        Action a = plan("p").actions().filter(x -> x.ref().equals("1.2")).findFirst().orElseThrow();
        // "Police" is North Police's short name; "Health visitors" is a name, kept as written
        assertThat(a.leads()).extracting(l -> l.name()).containsExactly("North Police", "Health visitors");
        assertThat(a.milestones()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Ongoing");
            assertThat(m.due()).isEmpty();
        });
    }

    @Test
    void thePartnershipsColumnNamesBecomeThePlansLabels() throws IOException {
        site();
        run("import", csv(SPREADSHEET).toString(), "--plan", "p");
        assertThat(plan("p").labels().leads()).isEqualTo("Lead responsibility");
        assertThat(plan("p").labels().milestones()).isEqualTo("Timescale");
        assertThat(planYml("p")).doesNotContain("ref: Ref");
    }

    @Test
    void headersAreMatchedWhateverTheirCaseAndPunctuation() throws IOException {
        site();
        Run run = run("import", csv("""
                REF ,ACTION,Time-scale,Performance measures,Responsibility,Risks,Confidence,Measures,Steps
                A1,Do a thing,March 2010,An outcome,North Council,A risk,High,A measure,"Step one
                Step two"
                """).toString(), "--plan", "p");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("is not imported");
        Action a = plan("p").actions().findFirst().orElseThrow();
        assertThat(a.ref()).isEqualTo("A1");
        assertThat(a.title()).isEqualTo("Do a thing");
        assertThat(a.milestones()).singleElement().satisfies(m -> assertThat(m.due().orElseThrow().iso()).isEqualTo("2010-03"));
        assertThat(a.outcomes()).containsExactly("An outcome");
        assertThat(a.leads()).extracting(l -> l.partnerId()).containsExactly("north-council");
        assertThat(a.risks()).containsExactly("A risk");
        assertThat(a.confidence()).containsExactly("High");
        assertThat(a.measures()).containsExactly("A measure");
        assertThat(a.steps()).containsExactly("Step one", "Step two");
    }

    @Test
    void rowsWithoutAThemeGoToAThemeNamedAfterThePlan() throws IOException {
        site();
        run("import", csv("""
                Ref,Title
                1,First
                2,Second
                """).toString(), "--plan", "p", "--title", "Community safety plan 2011");
        Plan plan = plan("p");
        assertThat(plan.title()).isEqualTo("Community safety plan 2011");
        assertThat(plan.themes()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Community safety plan 2011");
            assertThat(t.actions()).extracting(Action::ref).containsExactly("1", "2");
        });
        assertThat(planYml("p")).contains("ref: \"1\"");
        assertBuilds();
    }

    @Test
    void numberedThemesKeepTheirNumbersAsIds() throws IOException {
        site();
        run("import", csv("""
                Ref,Priority,Action
                3.1,"3. Prevention",Raise awareness
                4.1,"Priority 4: Protection",Protect
                """).toString(), "--plan", "p");
        assertThat(plan("p").themes()).extracting(PlanTheme::id, PlanTheme::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", "Prevention"),
                        org.assertj.core.groups.Tuple.tuple("4", "Protection"));
    }

    @Test
    void mapNamesTheFieldOfAnyColumn() throws IOException {
        site();
        Run run = run("import", csv("""
                No,What we will do,Who leads,Notes
                1,Train staff,North Council,internal
                """).toString(), "--plan", "p", "--map", "What we will do=title", "--map", "Who leads=lead",
                "--map", "Notes=ignore");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        Action a = plan("p").actions().findFirst().orElseThrow();
        assertThat(a.title()).isEqualTo("Train staff");
        assertThat(a.leads()).extracting(l -> l.partnerId()).containsExactly("north-council");
    }

    @Test
    void aColumnThatMatchesNoFieldIsKeptAsAnExtraFieldShownOnTheActionPageAndInTheExports() throws IOException {
        site();
        Run run = run("import", csv("""
                Ref,Action,Confidence of the board,Leed
                1,Train staff,"High
                (agreed in May)",North Council
                2,Hold forum,,
                """).toString(), "--plan", "p");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Extra fields kept on each action").contains("Confidence of the board, Leed")
                .contains("Leed -> extra field \"Leed\"");
        Action a = plan("p").actions().findFirst().orElseThrow();
        assertThat(a.extra()).extracting(Action.Extra::label, Action.Extra::lines).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Confidence of the board", List.of("High", "(agreed in May)")),
                org.assertj.core.groups.Tuple.tuple("Leed", List.of("North Council")));
        assertBuilds();
        assertThat(site.file("/plans/p/actions/1/")).contains("<h2 id=\"action-extra-0\">Confidence of the board</h2>")
                .contains("<li>(agreed in May)</li>").contains("<p>North Council</p>");
        assertThat(site.file("/plans/p/print/")).contains("<dt>Leed</dt>");
        assertThat(site.file("/plans/p/plan.csv")).contains("\"Confidence of the board\",Leed");
        assertThat(site.file("/plans/p/plan.json")).contains("\"Confidence of the board\" : [ \"High\", \"(agreed in May)\" ]");
    }

    @Test
    void mapIgnoreLeavesAColumnOutAndRefusesAHeaderTheFileLacks() throws IOException {
        site();
        Run run = run("import", csv("Ref,Action,Notes\n1,A,x\n").toString(), "--plan", "p", "--map", "Aims=ignore");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("`Aims` in `--map Aims=ignore` is not a header of plan.csv");
        assertThat(site.root().resolve("content/plans/p")).doesNotExist();
        run = run("import", csv("Ref,Action,Notes\n1,A,x\n").toString(), "--plan", "p", "--map", "Notes=ignore");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(planYml("p")).doesNotContain("Notes").doesNotContain("extra");
    }

    @Test
    void aMapToAFieldThatDoesNotExistIsAUsageErrorWithDidYouMean() throws IOException {
        site();
        Run run = run("import", csv("Ref,Action\n1,A\n").toString(), "--plan", "p", "--map", "Action=titel");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("`titel`").contains("did you mean `title`?");
        assertThat(site.root().resolve("content/plans/p")).doesNotExist();
    }

    @Test
    void withoutATitleColumnNothingIsImportedAndTheHintNamesTheHeaders() throws IOException {
        site();
        Run run = run("import", csv("Number,Thing\n1,A\n").toString(), "--plan", "p");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("No column holds the actions' titles").contains("--map \"Thing=title\"")
                .contains("Number, Thing");
        assertThat(site.root().resolve("content/plans/p")).doesNotExist();
    }

    @Test
    void anExistingPlanIsNotOverwrittenWithoutForce() throws IOException {
        site().put("content/plans/p/plan.yml", "title: Mine\nthemes: []\n");
        Run run = run("import", csv("Ref,Action\n1,A\n").toString(), "--plan", "p");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/plans/p/plan.yml exists already").contains("--force");
        assertThat(planYml("p")).isEqualTo("title: Mine\nthemes: []\n");
    }

    @Test
    void forceReplacesThePlanAndKeepsItsTitlePeriodAndReports() throws IOException {
        site();
        run("import", csv("Ref,Action\n1,A\n2,B\n").toString(), "--plan", "p", "--title", "Our plan");
        site.put("content/plans/p/reports/2009-06-30.yml", "date: 2009-06-30\nupdates:\n  \"1\": {status: green}\n");
        Run run = run("import", csv("Ref,Action\n1,A again\n2,B\n").toString(), "--plan", "p", "--force");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(plan("p").title()).isEqualTo("Our plan");
        assertThat(plan("p").reports()).hasSize(1);
        assertThat(plan("p").actions().findFirst().orElseThrow().title()).isEqualTo("A again");
    }

    @Test
    void aReplacementThatWouldBreakTheReportsIsRefusedAndTheOldPlanKept() throws IOException {
        site();
        run("import", csv("Ref,Action\n1,A\n2,B\n").toString(), "--plan", "p");
        String before = planYml("p");
        site.put("content/plans/p/reports/2009-06-30.yml", "date: 2009-06-30\nupdates:\n  \"2\": {status: green}\n");
        Run run = run("import", csv("Ref,Action\n1,A\n").toString(), "--plan", "p", "--force");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("reports/2009-06-30.yml:3").contains("not an action of the plan").contains("as they were");
        assertThat(planYml("p")).isEqualTo(before);
    }

    @Test
    void aFileInTheSpreadsheetProgramsOwnEncodingIsReadWithAWarning() throws IOException {
        site();
        Run run = run("import", csv("Ref,Action,Resources\n1,Fund – the line,£300\n".getBytes(Charset.forName("windows-1252")))
                .toString(), "--plan", "p");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("not UTF-8").contains("CSV UTF-8");
        Action a = plan("p").actions().findFirst().orElseThrow();
        assertThat(a.title()).isEqualTo("Fund – the line");
        assertThat(a.resources()).containsExactly("£300");
    }

    @Test
    void aCellWithAnUnclosedQuoteIsReportedWithItsLine() throws IOException {
        site();
        Run run = run("import", csv("Ref,Action\n1,A\n2,\"B, and\n").toString(), "--plan", "p");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).containsPattern("plan\\.csv:\\d+(:\\d+)?: error: The CSV cannot be read here")
                .doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void aFileThatDoesNotExistIsAUsageError() {
        site();
        Run run = run("import", dir.resolve("nothing.csv").toString(), "--plan", "p");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("There is no file");
    }

    @Test
    void aPlanIdThatIsNotAnAddressIsAUsageError() throws IOException {
        site();
        Run run = run("import", csv("Ref,Action\n1,A\n").toString(), "--plan", "Plan 2011");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot name a plan");
    }

    @Test
    void rowsThatGoOnFromTheRowAboveAreAddedToItsAction() throws IOException {
        site();
        run("import", csv("""
                Ref,Action,Steps,Timescale
                1,Train staff,Write the course,June 2009
                ,,Run the course,September 2009
                2,Evaluate,,
                """).toString(), "--plan", "p");
        Action a = plan("p").actions().findFirst().orElseThrow();
        assertThat(a.steps()).containsExactly("Write the course", "Run the course");
        assertThat(a.milestones()).hasSize(2);
        assertThat(plan("p").actions().count()).isEqualTo(2);
    }

    @Test
    void aRepeatedRefOnTheNextRowGoesOnWithItsActionAndARowWithoutANumberGetsARefListedInTheSummary() throws IOException {
        site();
        Run run = run("import", csv("""
                Ref,Action,Steps
                1.1,First,"two
                lines"
                1.1,First,third
                ,Third,
                1.1,Again,
                """).toString(), "--plan", "p");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(plan("p").actions()).extracting(Action::ref).containsExactly("1.1", "1.2", "1.1-2");
        assertThat(plan("p").actions().findFirst().orElseThrow().steps()).containsExactly("two", "lines", "third");
        assertThat(run.out()).contains("Refs made by the import:").contains("1.2 (line 5): the row has no number")
                .contains("1.1-2 (line 6): the ref 1.1 is used again (first at line 2)");
        assertBuilds();
    }

    @Test
    void anActionWhoseTextStartsWithItsNumberKeepsItAsItsRefAndItsOtherLinesBecomeSteps() throws IOException {
        site();
        Run run = run("import", csv("""
                Theme,Action,Lead
                1. Risk,"2.1 Introduce common risk assessment
                Train all agencies
                Audit its use","North Police, North Council"
                ,Write a protocol,North Police and Health visitors
                """).toString(), "--plan", "p");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(plan("p").actions()).extracting(Action::ref, Action::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.1", "Introduce common risk assessment"),
                        org.assertj.core.groups.Tuple.tuple("1.2", "Write a protocol"));
        Action first = plan("p").actions().findFirst().orElseThrow();
        assertThat(first.steps()).containsExactly("Train all agencies", "Audit its use");
        assertThat(first.leads()).extracting(l -> l.partnerId()).containsExactly("north-police", "north-council");
        assertThat(plan("p").actions().skip(1).findFirst().orElseThrow().leads()).extracting(l -> l.name())
                .containsExactly("North Police", "Health visitors");
        assertThat(run.out()).contains("1.2 (line 5): the row has no number");
        assertBuilds();
    }

    @Test
    void blankThemeAndAimCellsAreFilledDownAndRefsThatRestartInEachThemeGetTheThemesId() throws IOException {
        site();
        Run run = run("import", csv("""
                Theme,Aim,Ref,Activity,Ownership
                Prevention,,,,
                ,Fewer victims,1,Leaflets,North Police
                ,,2,Posters,North Council
                Protection,Safe homes,1,Refuges,North Council
                """).toString(), "--plan", "p");
        assertThat(run.code()).as(run.err()).isZero();
        Plan plan = plan("p");
        assertThat(plan.themes()).extracting(PlanTheme::id, PlanTheme::title, PlanTheme::objectives).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Prevention", List.of("Fewer victims")),
                org.assertj.core.groups.Tuple.tuple("2", "Protection", List.of("Safe homes")));
        assertThat(plan.actions()).extracting(Action::ref, Action::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.1", "1"), org.assertj.core.groups.Tuple.tuple("1.2", "2"),
                org.assertj.core.groups.Tuple.tuple("2.1", "1"));
        assertThat(run.out()).contains("Aim -> objectives").contains("1.2 (line 4): refs restart in each theme");
        assertBuilds();
        assertThat(site.file("/plans/p/1/")).contains("Fewer victims");
    }

    @Test
    void aLowerCaseLeadThatIsNoPartnerIsWrittenAsANameSoThePlanBuilds() throws IOException {
        site();
        Run run = run("import", csv("Ref,Action,Lead\n1,A,sig\n").toString(), "--plan", "p");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Leads that match no partner").contains("sig (line 2)");
        assertThat(plan("p").actions().findFirst().orElseThrow().leads()).extracting(l -> l.name()).containsExactly("Sig");
    }

    @Test
    void aSpreadsheetSavedWithSemicolonsBetweenCellsIsReadAsWell() throws IOException {
        site();
        Run run = run("import", csv("Ref;Action;Lead\n1;Train staff;North Council\n").toString(), "--plan", "p");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(plan("p").actions().findFirst().orElseThrow().title()).isEqualTo("Train staff");
    }

    @Test
    void importWithoutAPlanIdExplainsItself() {
        site();
        Run run = run("import", "x.csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--plan");
        assertThat(run("import", "--help").out()).contains("--map").contains("--force");
    }

    @Test
    void theYamlWrittenIsReadBackAsWrittenEvenWithQuotesColonsAndHashes() throws IOException {
        site();
        run("import", csv("""
                Ref,Action,Steps
                007,"Say ""no"": # not a comment",yes
                1.10,- starts with a dash,"null"
                """).toString(), "--plan", "p");
        List<Action> actions = plan("p").actions().toList();
        assertThat(actions).extracting(Action::ref).containsExactly("007", "1.10");
        assertThat(actions.get(0).title()).isEqualTo("Say \"no\": # not a comment");
        assertThat(actions.get(0).steps()).containsExactly("yes");
        assertThat(actions.get(1).title()).isEqualTo("- starts with a dash");
        assertThat(actions.get(1).steps()).containsExactly("null");
    }
}
