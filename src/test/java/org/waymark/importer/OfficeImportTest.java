package org.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.cli.Main;
import org.waymark.model.Action;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.testing.TestSite;

/** Workbooks and documents made here with POI, and the import's summary, progress, leads and refusals. */
class OfficeImportTest {
    private static final String PARTNERS = """
            -- content/partners.yml --
            - id: lancs-council
              name: Lancashire Council
              type: council
            - id: north-police
              name: North Police
              short_name: Police
              type: police
            """;

    @TempDir
    Path dir;

    private TestSite site;

    record Run(int code, String out, String err) {}

    private Run run(Path file, String... more) {
        if (site == null) site = TestSite.create(dir.resolve("site"), PARTNERS);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("import", file.toString(), "--plan", "p"));
        all.addAll(List.of(more));
        all.addAll(List.of("--site", site.root().toString()));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path csv(String text) throws IOException {
        return file("plan.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private Plan plan() {
        return Sites.plans(site.root()).stream().filter(p -> p.id().equals("p")).findFirst().orElseThrow();
    }

    private void assertBuilds() {
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
    }

    @Test
    void aWorkbooksHeaderIsFoundBelowItsTitleRowsAndMergedPriorityCellsAreFilledDown() throws IOException {
        byte[] book = Office.workbook("Plan", List.of(
                List.of("Lancashire domestic abuse action plan 2010", "", "", ""),
                List.of("Agreed by the board in March 2010", "", "", ""),
                List.of("Priority", "Key Intervention", "Action(s)", "Lead Person/Agency & Partners"),
                List.of("8.1. Awareness raising and training", "Run a campaign", "Posters\nRadio", "LC"),
                List.of("", "Train GPs", "Two sessions", "Lancashire Council, Police"),
                List.of("", "Train nurses", "", "LC and Health visitors"),
                List.of("8.2. Identifying victims", "Routine enquiry", "", "North Police")),
                "A4:A6");
        Run run = run(file("plan.xlsx", book));

        assertThat(run.code()).as(run.err()).isZero();
        Plan plan = plan();
        assertThat(plan.title()).isEqualTo("Lancashire domestic abuse action plan 2010");
        assertThat(plan.description()).contains("Agreed by the board in March 2010");
        assertThat(plan.themes()).extracting(PlanTheme::id, PlanTheme::title, t -> t.actions().size())
                .containsExactly(tuple("8.1", "Awareness raising and training", 3), tuple("8.2", "Identifying victims", 1));
        Action first = plan.actions().findFirst().orElseThrow();
        assertThat(first.steps()).containsExactly("Posters", "Radio");
        assertThat(plan.actions().map(a -> a.leads().stream().map(l -> l.partnerId().isEmpty() ? l.name() : l.partnerId()).toList()))
                .containsExactly(List.of("lancs-council"), List.of("lancs-council", "north-police"),
                        List.of("lancs-council", "Health visitors"), List.of("north-police"));
        assertThat(run.out()).contains("Priority -> theme").contains("Key Intervention -> title").contains("Action(s) -> steps")
                .contains("Lead Person/Agency & Partners -> leads")
                .contains("Refs made by the import:").contains("8.1.1 (Plan!A4): the row has no number")
                .contains("Health visitors (Plan!D6)");
        assertBuilds();
        assertThat(site.file("/plans/p/print/")).contains("8.1. Awareness raising and training").doesNotContain("8. 1.");
    }

    @Test
    void aWordDocumentsHeadingsAndRowsAcrossNameTheThemesAndVerticalMergesAreFilled() throws IOException {
        byte[] doc = Office.document(List.of(
                Office.title("Warwick plan"),
                Office.heading("1 Prevention"),
                Office.text("Aim: fewer victims"),
                new Office.Grid(List.of(
                        List.of("Ref", "Activity", "Ownership", "Target/Date"),
                        List.of("1", "Leaflets in surgeries", "Police", "Sept 2008 onwards"),
                        List.of(Office.DOWN, Office.DOWN, "North Police", "Oct 208"),
                        List.of(Office.ACROSS + "2 Protection"),
                        List.of("1", "Refuge places", "Lancashire Council", "by April 2006"))),
                Office.boldItalic("Green: on track")));
        Run run = run(file("plan.docx", doc), "--dry-run");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("--- plan.yml (not written)").contains("ref: \"1.1\"").contains("number: \"1\"")
                .contains("Refs made by the import:").contains("Oct 208").contains("table 1, row 3, column 4")
                .contains("Progress of 1 action was found, but no report was written: the date of the progress report is needed");
        assertThat(site.root().resolve("content/plans/p")).doesNotExist();
        run = run(file("plan.docx", doc), "--dry-run", "--report-date", "2008-10-01");
        assertThat(run.out()).contains("--- content/plans/p/reports/2008-10-01.yml (not written)").contains("status: green");
        assertThat(site.root().resolve("content/plans/p")).doesNotExist();

        run = run(file("plan.docx", doc), "--report-date", "2008-10-01");
        assertThat(run.code()).as(run.err()).isZero();
        Plan plan = plan();
        assertThat(plan.title()).isEqualTo("Warwick plan");
        assertThat(plan.themes()).extracting(PlanTheme::id, PlanTheme::title, PlanTheme::objectives)
                .containsExactly(tuple("1", "Prevention", List.of("Aim: fewer victims")), tuple("2", "Protection", List.of()));
        assertThat(plan.actions()).extracting(Action::ref, Action::number).containsExactly(tuple("1.1", "1"), tuple("2.1", "1"));
        Action first = plan.actions().findFirst().orElseThrow();
        assertThat(first.milestones()).extracting(m -> m.title(), m -> m.due().map(d -> d.iso()).orElse(""))
                .containsExactly(tuple("Sept 2008 onwards", "2008-09"), tuple("Oct 208", ""));
        assertThat(first.leads()).extracting(l -> l.partnerId()).containsExactly("north-police");
        assertThat(plan.actions().skip(1).findFirst().orElseThrow().milestones().get(0).due().orElseThrow().iso()).isEqualTo("2006-04");
        assertThat(plan.reports()).singleElement().satisfies(r -> assertThat(r.updates())
                .extracting(u -> u.ref(), u -> u.status().orElseThrow().word(), u -> u.note())
                .containsExactly(tuple("2.1", "green", "Green: on track")));
        assertBuilds();
        // the import judges nothing against today: a milestone of 2006 is not reported as overdue while importing
        assertThat(run.err()).doesNotContain("overdue").doesNotContain("not done");
        assertThat(site.file("/plans/p/actions/1-1/")).contains("1 in the plan as written");
    }

    @Test
    void aProgressColumnBecomesTheFirstReportWithStatusWordsInAnyCase() throws IOException {
        Run run = run(csv("""
                Ref,Action,Progress Report
                1.1,Train staff,"COMPLETE - all trained"
                1.2,Hold forum,Not started
                1.3,Write strategy,"Slipping; amber until the board meets"
                1.4,Review,
                """), "--report-date", "2009-06-30");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Progress of 3 actions: content/plans/p/reports/2009-06-30.yml");
        assertThat(plan().reports()).singleElement().satisfies(r -> assertThat(r.updates())
                .extracting(u -> u.ref(), u -> u.status().map(s -> s.word()).orElse(""))
                .containsExactly(tuple("1.1", "complete"), tuple("1.2", "not-started"), tuple("1.3", "amber")));
        assertBuilds();
    }

    @Test
    void addPartnersAddsTheLeadsThatMatchNoPartnerToPartnersYml() throws IOException {
        Run run = run(csv("""
                Ref,Action,Lead
                1,Train staff,"Health visitors; LC"
                2,Hold forum,Health Visitors & Women's Aid
                """), "--add-partners");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Leads added to content/partners.yml").contains("Health visitors as health-visitors");
        assertThat(Files.readString(site.root().resolve("content/partners.yml"))).contains("- id: health-visitors")
                .contains("name: \"Women's Aid\"");
        assertThat(plan().actions()).extracting(a -> a.leads().stream().map(l -> l.partnerId()).toList())
                .containsExactly(List.of("health-visitors", "lancs-council"), List.of("health-visitors", "womens-aid"));
        assertBuilds();
    }

    @Test
    void mapRefusesAFieldThatDoesNotExistWithDidYouMean() throws IOException {
        Run run = run(csv("Ref,Action,Aim\n1,A,x\n"), "--map", "Aim=objectivs");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("`objectivs` in `--map Aim=objectivs` is not a field of a plan").contains("did you mean `objectives`?");
        run = run(csv("Ref,Action,Aim\n1,A,x\n"), "--map", "Aim=objectives");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(plan().themes().get(0).objectives()).containsExactly("x");
    }

    @Test
    void badFilesAreRefusedWithAClearErrorAndNothingWritten() throws Exception {
        List<Run> runs = new ArrayList<>();
        runs.add(run(file("broken.xlsx", "not a workbook at all".getBytes(StandardCharsets.UTF_8))));
        runs.add(run(file("locked.xlsx", encrypted(Office.workbook("S", List.of(List.of("Ref", "Action"), List.of("1", "A")))))));
        runs.add(run(file("notes.docx", Office.document(List.of(Office.text("Minutes of the meeting"))))));
        runs.add(run(file("plan.docx", Office.document(List.of(new Office.Grid(List.of(List.of("Number", "Thing"), List.of("1", "A"))))))));
        byte[] big = new byte[(int) Sources.MAX_BYTES + 1];
        runs.add(run(file("huge.csv", big)));
        assertThat(runs).extracting(Run::code).containsOnly(1);
        assertThat(runs.get(0).err()).contains("broken.xlsx: error: The file cannot be read as an Excel workbook: it is damaged");
        assertThat(runs.get(1).err()).contains("locked.xlsx: error: The file is protected with a password").contains("remove the password");
        assertThat(runs.get(2).err()).contains("notes.docx: error: The document has no table");
        assertThat(runs.get(3).err()).contains("No column holds the actions' titles").contains("--map \"Thing=title\"");
        assertThat(runs.get(4).err()).contains("huge.csv: error: The file is 20 MB; a plan of more than 20 MB is not imported");
        assertThat(site.root().resolve("content/plans/p")).doesNotExist();
    }

    private static byte[] encrypted(byte[] book) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (var os = enc.getDataStream(fs)) {
                os.write(book);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFormulaPoiCannotWorkOutImportsTheValueSavedWithTheWorkbookOrIsReportedAsNotRead() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Plan");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Ref");
            header.createCell(1).setCellValue("Action");
            header.createCell(2).setCellValue("Steps");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("1");
            XSSFCell saved = (XSSFCell) first.createCell(1);
            saved.setCellFormula("INFO(\"osversion\")");
            saved.setCellValue("Train staff"); // on a formula cell: the value Excel saved with the file
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("2");
            second.createCell(1).setCellValue("Hold forum");
            XSSFCell unsaved = (XSSFCell) second.createCell(2);
            unsaved.setCellFormula("CELL(\"filename\")");
            if (unsaved.getCTCell().isSetV()) unsaved.getCTCell().unsetV();
            book.write(out);
            bytes = out.toByteArray();
        }
        Run run = run(file("plan.xlsx", bytes));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(plan().actions()).extracting(Action::title, Action::steps)
                .containsExactly(tuple("Train staff", List.of()), tuple("Hold forum", List.of("=CELL(\"filename\")")));
        assertThat(run.out()).contains("Not read:").contains("Plan!C3: the formula =CELL(\"filename\") has no value saved");
    }

    @Test
    void aSheetWithAStyledEmptyCellAMillionRowsDownImportsInASmallHeap() throws Exception {
        site = TestSite.create(dir.resolve("site"), PARTNERS);
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Plan");
            List<List<String>> rows = List.of(List.of("Ref", "Action"), List.of("1", "Train staff"), List.of("2", "Hold forum"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) row.createCell(c).setCellValue(rows.get(r).get(c));
            }
            CellStyle yellow = book.createCellStyle();
            yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            sheet.createRow(999_999).createCell(25).setCellStyle(yellow); // Z1000000
            book.write(out);
            bytes = out.toByteArray();
        }
        Path book = file("plan.xlsx", bytes);
        Ran ran = importInItsOwnProcess(book, 120, "-Xmx128m");
        String output = ran.output();
        assertThat(ran.code()).as(output).isZero();
        assertThat(output).contains("Wrote content/plans/p/plan.yml");
        assertThat(plan().actions()).extracting(Action::ref, Action::title).containsExactly(tuple("1", "Train staff"), tuple("2", "Hold forum"));
    }

    @Test
    void aWorkbookTooLargeForTheMemoryGivenIsAMessageNotAStackTrace() throws Exception {
        site = TestSite.create(dir.resolve("site"), PARTNERS);
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Plan");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Ref");
            header.createCell(1).setCellValue("Action");
            for (int r = 1; r < 60_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.valueOf(r));
                row.createCell(1).setCellValue("Train staff in the area, number " + r);
            }
            book.write(out);
            bytes = out.toByteArray();
        }
        Path book = file("plan.xlsx", bytes);
        // POI reads the whole sheet into memory: 40 MB is far too little for 60,000 rows
        Ran ran = importInItsOwnProcess(book, 120, "-Xmx40m");
        String output = ran.output();
        assertThat(ran.code()).as(output).isEqualTo(1);
        assertThat(output).contains("is too large to read in the memory Waymark was given").contains("JAVA_OPTS=-Xmx2g")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(site.root().resolve("content/plans/p/plan.yml")).doesNotExist();
    }

    @Test
    void aSheetOfMoreFilledCellsThanAnyPlanIsRefusedAndNothingWritten() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Ref", "Action", "A", "B", "C", "D", "E", "F", "G", "H"));
        for (int r = 1; rows.size() * 10 <= XlsxTables.MAX_CELLS; r++) {
            rows.add(List.of(String.valueOf(r), "Action " + r, "a", "b", "c", "d", "e", "f", "g", "h"));
        }
        Run run = run(file("dump.xlsx", Office.workbook("Data", rows)));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("dump.xlsx: error: The sheet Data has more than 200000 filled cells")
                .contains("copy only the action plan's table to a new workbook");
        assertThat(site.root().resolve("content/plans/p")).doesNotExist();
    }

    @Test
    void importingAWorkbookInItsOwnProcessPrintsNoLoggingNoise() throws Exception {
        site = TestSite.create(dir.resolve("site"), PARTNERS);
        Path book = file("plan.xlsx", Office.workbook("S", List.of(List.of("Ref", "Action"), List.of("1", "Train staff"))));
        Ran ran = importInItsOwnProcess(book, 60);
        String output = ran.output();
        assertThat(ran.code()).as(output).isZero();
        assertThat(output).contains("Wrote content/plans/p/plan.yml").doesNotContain("StatusLogger").doesNotContain("Log4j")
                .doesNotContain("SLF4J");
    }

    /** What {@code waymark import} printed, and its exit code, run in a JVM of its own. */
    private record Ran(int code, String output) {}

    /** Imports {@code book} into the test site with {@code waymark import} in a JVM of its own, with {@code jvm} options. */
    private Ran importInItsOwnProcess(Path book, int seconds, String... jvm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvm));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.waymark.cli.Main", "import", book.toString(),
                "--plan", "p", "--site", site.root().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as(output).isTrue();
        return new Ran(p.exitValue(), output);
    }
}
