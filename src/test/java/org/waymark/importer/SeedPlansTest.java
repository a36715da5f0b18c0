package org.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.build.Build;
import org.waymark.cli.Main;
import org.waymark.model.Action;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.testing.TestSite;

/**
 * The plans of the two seed documents (../shared/seeds 002: the example site's plan; 003: a plan with RAG
 * progress), typed into CSV as their documents lay them out, and made into an Excel workbook and a Word
 * document here with POI the way those documents are laid out: title rows above the header, themes as rows
 * across the table or as headings between tables, merged cells, one table per action with progress in bold
 * italics under it. Each is imported and built, and every cell's words must appear in the plan or its first
 * report: nothing lost.
 */
class SeedPlansTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int REF = 0;
    private static final int TITLE = 1;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"bedfordshire-2009-10, csv", "bedfordshire-2009-10, xlsx", "bedfordshire-2009-10, docx",
        "prevention-2008-11, csv", "prevention-2008-11, xlsx", "prevention-2008-11, docx"})
    void everyCellOfTheSeedPlansIsInThePlanOrItsFirstReportAndTheSiteBuilds(String seed, String kind) throws IOException {
        List<List<String>> rows = rows(seed);
        byte[] bytes = switch (kind) {
            case "csv" -> resource(seed + ".csv");
            case "xlsx" -> xlsx(rows);
            default -> seed.startsWith("bedfordshire") ? bedfordshireDocx(rows) : preventionDocx(rows);
        };
        Path file = dir.resolve(seed + "." + kind);
        Files.write(file, bytes);
        TestSite site = TestSite.create(dir.resolve("site"), "-- content/partners.yml --\n"
                + Files.readString(Path.of("content/partners.yml")));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "import", file.toString(), "--plan", "p",
                "--report-date", "2009-05-13", "--site", site.root().toString());
        assertThat(code).as(out + "\n" + err).isZero();

        Path planDir = site.root().resolve("content/plans/p");
        Set<String> written = words(planDir.resolve("plan.yml"));
        Path report = planDir.resolve("reports/2009-05-13.yml");
        if (Files.exists(report)) written.addAll(words(report));
        List<String> missing = new ArrayList<>();
        int header = headerRow(rows);
        for (int r = 0; r < rows.size(); r++) {
            if (r == header) continue;
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                for (String w : wordsOf(cell)) if (!written.contains(w)) missing.add("row " + (r + 1) + ", column " + (c + 1) + ": " + w);
            }
        }
        assertThat(missing).as("words of cells missing from plan.yml and its report\n" + out).isEmpty();

        Build.Result built = site.build();
        assertThat(built.ok()).as(TestSite.report(built)).isTrue();
        Plan plan = Sites.plans(site.root()).stream().filter(p -> p.id().equals("p")).findFirst().orElseThrow();
        if (seed.startsWith("bedfordshire")) {
            assertThat(plan.themes()).extracting(PlanTheme::id).containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(plan.themes().get(0).title()).isEqualTo("Data Collection and Information Sharing");
            assertThat(plan.themes().get(1).objectives()).hasSize(3);
            // a row with a title but no number of its own (merged in Word, left blank in a spreadsheet) gets a ref, listed
            plan.actions().map(Action::ref).filter(r -> !r.matches("\\d\\.\\d")).forEach(r ->
                    assertThat(out.toString()).contains("Refs made by the import:").contains("  " + r + " ("));
            assertThat(plan.actions().map(Action::ref)).contains("1.1", "2.4", "3.3", "4.4", "5.6", "6.5");
        } else {
            assertThat(plan.title()).isEqualTo("Domestic violence and abuse - action plan 2008-11");
            assertThat(plan.themes()).extracting(PlanTheme::id).containsExactly("3.1", "3.2", "4.1");
            assertThat(plan.actions().map(Action::ref)).containsExactly("3.1.1", "3.2.1", "4.1.1", "4.1.2");
            assertThat(plan.reports()).singleElement().satisfies(rep -> {
                assertThat(rep.updates()).extracting(u -> u.ref(), u -> u.status().map(s -> s.word()).orElse(""))
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("3.1.1", "amber"),
                                org.assertj.core.groups.Tuple.tuple("4.1.1", "red"),
                                org.assertj.core.groups.Tuple.tuple("4.1.2", ""));
            });
            Action first = plan.actions().findFirst().orElseThrow();
            assertThat(first.milestones()).singleElement().satisfies(m -> assertThat(m.due().orElseThrow().iso()).isEqualTo("2009-07"));
            assertThat(first.confidence()).hasSize(2);
        }
    }

    private static int headerRow(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) if (rows.get(r).contains("Action")) return r;
        return -1;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SeedPlansTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    static List<List<String>> rows(String seed) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .readValues(new String(resource(seed + ".csv"), StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) rows.add(new ArrayList<>(Arrays.asList(it.nextValue())));
        }
        return rows;
    }

    private static Set<String> words(Path yml) throws IOException {
        JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yml.toFile());
        Set<String> out = new LinkedHashSet<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode n, Set<String> out) {
        if (n.isTextual() || n.isNumber()) out.addAll(wordsOf(n.asText()));
        n.fieldNames().forEachRemaining(k -> out.addAll(wordsOf(k)));
        n.elements().forEachRemaining(e -> collect(e, out));
    }

    private static List<String> wordsOf(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    private static boolean alone(List<String> row) {
        return !row.get(0).isBlank() && row.stream().skip(1).allMatch(String::isBlank);
    }

    /** The rows as typed, with the title and theme rows merged across, and the ref and title merged down over the rows that go on. */
    private static byte[] xlsx(List<List<String>> rows) {
        List<String> merges = new ArrayList<>();
        int width = rows.get(headerRow(rows)).size();
        String last = String.valueOf((char) ('A' + width - 1));
        for (int r = 0; r < rows.size(); r++) {
            if (alone(rows.get(r))) merges.add("A" + (r + 1) + ":" + last + (r + 1));
            boolean action = !rows.get(r).get(REF).isBlank() && !alone(rows.get(r));
            int end = r;
            while (action && end + 1 < rows.size() && rows.get(end + 1).get(REF).isBlank() && rows.get(end + 1).get(TITLE).isBlank()
                    && !alone(rows.get(end + 1))) end++;
            if (end > r) {
                merges.add("A" + (r + 1) + ":A" + (end + 1));
                merges.add("B" + (r + 1) + ":B" + (end + 1));
            }
        }
        return Office.workbook("Action plan", rows, merges.toArray(String[]::new));
    }

    /** Seed 002: one table per objective; objectives 1, 3 and 4 name themselves in rows across the table, 2, 5 and 6 in bold headings. */
    private static byte[] bedfordshireDocx(List<List<String>> rows) {
        List<Office.Block> blocks = new ArrayList<>();
        blocks.add(Office.title(rows.get(0).get(0)));
        List<String> header = rows.get(headerRow(rows));
        int r = headerRow(rows) + 1;
        while (r < rows.size()) {
            String theme = rows.get(r++).get(0);
            String aims = rows.get(r++).get(0);
            List<List<String>> grid = new ArrayList<>();
            boolean across = Stream.of("Objective 1", "Objective 3", "Objective 4").anyMatch(theme::startsWith);
            if (across) {
                grid.add(List.of(Office.ACROSS + theme));
                grid.add(List.of(Office.ACROSS + aims));
            } else {
                blocks.add(new Office.Para(theme, "", true, false));
                aims.lines().forEach(l -> blocks.add(Office.text(l)));
            }
            grid.add(header);
            while (r < rows.size() && !alone(rows.get(r))) {
                List<String> row = new ArrayList<>(rows.get(r++));
                // a ref or title left blank under the action above is a cell merged down in Word
                if (row.get(REF).isBlank()) row.set(REF, Office.DOWN);
                if (row.get(TITLE).isBlank()) row.set(TITLE, Office.DOWN);
                grid.add(row);
            }
            blocks.add(new Office.Grid(grid));
        }
        return Office.document(blocks);
    }

    /** Seed 003: headings and aims between tables, one table per action, its progress in bold italics under it. */
    private static byte[] preventionDocx(List<List<String>> rows) {
        List<Office.Block> blocks = new ArrayList<>();
        blocks.add(Office.title(rows.get(0).get(0)));
        blocks.add(Office.text(rows.get(1).get(0)));
        int h = headerRow(rows);
        List<String> header = rows.get(h).subList(0, rows.get(h).size() - 1);
        boolean headed = false;
        for (List<String> row : rows.subList(h + 1, rows.size())) {
            if (alone(row)) {
                Matcher label = Pattern.compile("^(Objective \\d+(?:\\.\\d+)*)(?: (.*))?$").matcher(row.get(0));
                if (label.matches()) {
                    blocks.add(Office.heading(label.group(1)));
                    if (label.group(2) != null) blocks.add(Office.text(label.group(2)));
                    headed = false;
                } else {
                    blocks.add(Office.text(row.get(0)));
                }
                continue;
            }
            List<List<String>> grid = new ArrayList<>();
            if (!headed) grid.add(header);
            headed = true;
            grid.add(row.subList(0, row.size() - 1));
            blocks.add(new Office.Grid(grid));
            String progress = row.get(row.size() - 1);
            if (!progress.isBlank()) blocks.add(Office.boldItalic(progress));
        }
        return Office.document(blocks);
    }
}
