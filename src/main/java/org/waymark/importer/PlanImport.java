package org.waymark.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.Suggest;
import org.waymark.model.Partner;
import org.waymark.plans.Plan;
import org.waymark.plans.Plans;
import org.waymark.yaml.YamlReader;

/**
 * {@code waymark import}: reads a spreadsheet of an action plan saved as CSV and writes the plan's
 * {@code plan.yml}. Columns are matched to plan fields by their headers; rows are grouped into themes by the
 * theme column; multi-line cells become lists; timescales become milestones with due dates. The plan is
 * read back as the build reads it before the import counts as done: a plan that would not build is not
 * left behind.
 */
public final class PlanImport {
    private static final Pattern PLAN_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** "1. Data collection", "Theme 2: Partnership working", "Priority 3 – Training". */
    private static final Pattern NUMBERED_THEME = Pattern.compile(
            "^(?:(?:theme|objective|priority|strand)\\s+)?(\\d{1,3})\\s*[.:)\\-–—]\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦‣*–—-]|\\u2022)\\s+");
    private static final List<String> LIST_FIELDS = List.of("steps", "leads", "by", "resources", "outcomes", "measures",
            "confidence", "risks");
    /** Fields whose one-line cells are split at semicolons as well as line breaks. */
    private static final List<String> SEMICOLON_FIELDS = List.of("steps", "leads", "outcomes");

    private PlanImport() {}

    /**
     * What to import.
     *
     * @param root the site folder
     * @param csv the spreadsheet, saved as CSV
     * @param planId the plan's folder name under content/plans/
     * @param title the plan's title, or null to keep the existing plan's or make one from the id
     * @param map the editor's {@code --map} entries as written ("Lead responsibility=lead")
     * @param force whether an existing plan.yml may be replaced
     */
    public record Request(Path root, Path csv, String planId, String title, List<String> map, boolean force) {
        public Request {
            map = List.copyOf(map);
        }
    }

    public enum Kind {
        /** plan.yml was written and reads as the build reads it. */
        WRITTEN,
        /** plan.yml exists and {@code --force} was not given; nothing was changed. */
        EXISTS,
        /** the command was used wrongly: no such file, a bad plan id, a --map that names no field. */
        USAGE,
        /** the spreadsheet (or the site) has problems that stop the import; nothing was changed. */
        ERRORS
    }

    /**
     * What the import did.
     *
     * @param file the plan.yml written, or that would have been
     * @param message one sentence for the editor
     * @param diagnostics problems with their place in the CSV (warnings when the import was done)
     */
    public record Result(Kind kind, Path file, String message, String hint, List<Diagnostic> diagnostics, int themes,
            int actions) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        static Result of(Kind kind, Path file, String message, String hint, Diagnostics diags) {
            return new Result(kind, file, message, hint, diags.sorted(), 0, 0);
        }
    }

    public static Result run(Request request) {
        Diagnostics diags = new Diagnostics();
        Path root = request.root().toAbsolutePath().normalize();
        String planId = request.planId();
        Path planFile = root.resolve("content").resolve("plans").resolve(planId == null ? "" : planId).resolve("plan.yml");
        if (planId == null || !PLAN_ID.matcher(planId).matches()) {
            return Result.of(Kind.USAGE, planFile, "`" + planId + "` cannot name a plan: the plan's id is its folder and web address.",
                    "use lower-case letters, digits and hyphens, such as --plan 2011-12", diags);
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        for (String entry : request.map()) {
            int eq = entry.lastIndexOf('=');
            String header = eq < 0 ? "" : entry.substring(0, eq).strip();
            String field = eq < 0 ? "" : entry.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            if (header.isEmpty() || field.isEmpty()) {
                return Result.of(Kind.USAGE, planFile, "`--map " + entry + "` does not say which column goes to which field.",
                        "write it as --map \"Lead responsibility=leads\"", diags);
            }
            Optional<String> known = Columns.FIELDS.contains(field) || field.equals(Columns.IGNORE) ? Optional.of(field)
                    : Columns.defaultField(field);
            if (known.isEmpty()) {
                List<String> choices = new ArrayList<>(Columns.FIELDS);
                choices.add(Columns.IGNORE);
                return Result.of(Kind.USAGE, planFile, "`" + field + "` in `--map " + entry + "` is not a field of a plan.",
                        Suggest.hint(field, choices), diags);
            }
            mapped.put(header, known.get());
        }
        if (!Files.isRegularFile(root.resolve(ConfigLoader.FILE))) {
            return Result.of(Kind.USAGE, planFile, "There is no site-config.yml in " + root + ".",
                    "run waymark in the site's folder, or pass --site <folder>", diags);
        }
        if (Files.exists(planFile) && !request.force()) {
            return Result.of(Kind.EXISTS, planFile, rel(root, planFile) + " exists already; nothing was changed.",
                    "import under another --plan id, or add --force to replace it (its reports are kept)", diags);
        }
        String csvName = request.csv().getFileName() == null ? request.csv().toString() : request.csv().getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(request.csv());
        } catch (NoSuchFileException e) {
            return Result.of(Kind.USAGE, planFile, "There is no file " + request.csv() + ".", "give the path of the CSV file", diags);
        } catch (IOException e) {
            return Result.of(Kind.USAGE, planFile, request.csv() + " cannot be read: " + e.getMessage() + ".",
                    "check that the file exists and that you may read it", diags);
        }

        // the site: partners turn lead names into ids; an existing plan keeps its title, period and description
        YamlReader yaml = new YamlReader();
        Diagnostics siteDiags = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(root, yaml, siteDiags);
        if (config.isEmpty()) {
            return Result.of(Kind.ERRORS, planFile, "site-config.yml has errors; correct them and import again.", "",
                    siteDiags);
        }
        Content content = new ContentLoader(yaml).load(root, config.get(), false, new Diagnostics());
        Optional<Plan> existing = Files.exists(planFile) ? readPlans(root, content, yaml, new Diagnostics()).stream()
                .filter(p -> p.id().equals(planId)).findFirst() : Optional.empty();

        Optional<CsvTable> table = CsvTable.read(bytes, csvName, diags);
        if (table.isEmpty()) return Result.of(Kind.ERRORS, planFile, "The spreadsheet cannot be read; nothing was changed.", "", diags);
        Columns columns = Columns.of(table.get().header(), mapped);
        for (String h : columns.unknown()) {
            diags.warning(csvName, Pos.line(1), "csv-column", "The column `" + h + "` is not imported: its header is not one "
                            + "Waymark knows.",
                    "if it holds a plan field, add --map \"" + h + "=" + columns.likelyField(h) + "\"; the fields are: "
                            + String.join(", ", Columns.FIELDS.stream().sorted().toList()) + " (or =ignore to leave it out quietly)");
        }
        if (!columns.progress().isEmpty()) {
            diags.warning(csvName, Pos.line(1), "csv-column", "The column" + (columns.progress().size() == 1 ? " `" : "s `")
                    + String.join("`, `", columns.progress()) + "` hold" + (columns.progress().size() == 1 ? "s" : "")
                    + " progress, which is written in report rounds rather than in the plan, so "
                    + (columns.progress().size() == 1 ? "it was" : "they were") + " not imported.",
                    "write progress with `waymark new report --plan " + planId + "`");
        }
        for (Columns.Duplicate d : columns.duplicates()) {
            diags.warning(csvName, Pos.line(1), "csv-column", "The columns `" + d.first() + "` and `" + d.header()
                    + "` both map to `" + d.field() + "`; only `" + d.first() + "` is imported.",
                    "map one of them to another field with --map \"" + d.header() + "=…\", or --map \"" + d.header() + "=ignore\"");
        }
        if (!columns.has("title")) {
            diags.error(csvName, Pos.line(1), "csv-column", "No column holds the actions' titles, so there is nothing to import.",
                    "name the column, such as --map \"" + columns.unknown().stream().findFirst().orElse(
                            table.get().header().stream().filter(h -> !h.isBlank()).findFirst().orElse("Action"))
                            + "=title\"; the headers are: " + String.join(", ", table.get().header()));
            return Result.of(Kind.ERRORS, planFile, "Nothing was imported.", "", diags);
        }

        String title = request.title() != null && !request.title().isBlank() ? request.title().strip()
                : existing.map(Plan::title).orElse("Action plan " + planId);
        Map<String, String> partnerIds = partnerIds(content.partners());
        Rows rows = new Rows(csvName, columns, partnerIds, title, diags);
        for (CsvTable.Row row : table.get().rows()) rows.add(row);
        if (rows.actions == 0) {
            diags.error(csvName, Pos.NONE, "csv", "No row of the spreadsheet has an action title, so there is nothing to import.",
                    "check that the column `" + columns.header("title") + "` holds the actions");
            return Result.of(Kind.ERRORS, planFile, "Nothing was imported.", "", diags);
        }

        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        existing.ifPresent(p -> {
            Map<String, String> period = new LinkedHashMap<>();
            p.start().ifPresent(s -> period.put("start", s.toString()));
            p.end().ifPresent(s -> period.put("end", s.toString()));
            if (!period.isEmpty()) plan.put("period", period);
            if (!p.description().isBlank()) plan.put("description", p.description());
        });
        Map<String, String> labels = labels(columns);
        if (!labels.isEmpty()) plan.put("labels", labels);
        plan.put("themes", rows.themes(existing));

        String text = "# Imported from " + csvName + " by `waymark import` on " + LocalDate.now() + ".\n"
                + "# Check it against the spreadsheet, then run `waymark build`. See README.md for each field.\n"
                + PlanYaml.write(plan);
        return write(root, planFile, text, content, yaml, diags, rows);
    }

    /** Writes plan.yml, then reads the plan back as the build does; when it has errors, puts back what was there. */
    private static Result write(Path root, Path planFile, String text, Content content, YamlReader yaml, Diagnostics diags,
            Rows rows) {
        byte[] before = null;
        try {
            if (Files.exists(planFile)) before = Files.readAllBytes(planFile);
            Files.createDirectories(planFile.getParent());
            Files.write(planFile, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Result.of(Kind.ERRORS, planFile, rel(root, planFile) + " cannot be written: " + e.getMessage() + ".",
                    "check that you may write to " + rel(root, planFile.getParent()), diags);
        }
        Diagnostics check = new Diagnostics();
        readPlans(root, content, yaml, check);
        String folder = rel(root, planFile.getParent()) + "/";
        List<Diagnostic> errors = check.sorted().stream().filter(Diagnostic::isError).filter(d -> d.file().startsWith(folder)).toList();
        if (!errors.isEmpty()) {
            try {
                if (before != null) Files.write(planFile, before);
                else {
                    Files.deleteIfExists(planFile);
                    try (var s = Files.list(planFile.getParent())) {
                        if (s.findAny().isEmpty()) Files.delete(planFile.getParent());
                    }
                }
            } catch (IOException e) {
                diags.error(rel(root, planFile), Pos.NONE, "write", "The imported plan has errors and could not be taken back: "
                        + e.getMessage() + ".", "correct or delete " + rel(root, planFile));
            }
            errors.forEach(diags::add);
            return Result.of(Kind.ERRORS, planFile, "The imported plan would not build, so nothing was changed"
                    + (before == null ? "." : ": the old plan.yml is as it was."), "", diags);
        }
        check.sorted().stream().filter(d -> !d.isError()).filter(d -> d.file().startsWith(folder)).forEach(diags::add);
        return new Result(Kind.WRITTEN, planFile, "Wrote " + rel(root, planFile) + ": " + rows.themeCount() + " themes, "
                + rows.actions + " actions.", "check it against the spreadsheet, then run `waymark build`", diags.sorted(),
                rows.themeCount(), rows.actions);
    }

    private static List<Plan> readPlans(Path root, Content content, YamlReader yaml, Diagnostics diags) {
        return Plans.load(root, content, LocalDate.now(), yaml, diags).plans();
    }

    /** The partnership's own column names, where they differ from Waymark's: the plan's pages use them. */
    private static Map<String, String> labels(Columns columns) {
        Map<String, String> defaults = Map.ofEntries(Map.entry("ref", "Ref"), Map.entry("title", "Action"),
                Map.entry("steps", "Steps"), Map.entry("leads", "Lead"), Map.entry("by", "By whom"),
                Map.entry("resources", "Resources"), Map.entry("milestones", "Milestones"), Map.entry("outcomes", "Outcomes"),
                Map.entry("measures", "Measures"), Map.entry("confidence", "Confidence"), Map.entry("risks", "Risks"));
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : Columns.FIELDS) {
            if (field.equals("theme") || !columns.has(field)) continue;
            String header = columns.header(field).strip();
            if (Columns.key(header).equals(Columns.key(field)) || Columns.key(header).equals(Columns.key(defaults.get(field)))) {
                continue;
            }
            out.put(field, header);
        }
        return out;
    }

    /** Names, short names and ids of partners, lower-cased, to their ids. */
    private static Map<String, String> partnerIds(List<Partner> partners) {
        Map<String, String> out = new HashMap<>();
        for (Partner p : partners) {
            out.put(p.id().toLowerCase(Locale.ROOT), p.id());
            out.putIfAbsent(p.name().toLowerCase(Locale.ROOT).strip(), p.id());
        }
        for (Partner p : partners) {
            if (p.shortName() != null && !p.shortName().isBlank()) out.putIfAbsent(p.shortName().toLowerCase(Locale.ROOT).strip(), p.id());
        }
        return out;
    }

    private static String rel(Path root, Path file) {
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }

    /** The rows grouped into themes, in the order they first appear. */
    private static final class Rows {
        private final String file;
        private final Columns columns;
        private final Map<String, String> partners;
        private final String planTitle;
        private final Diagnostics diags;
        private final Map<String, ThemeRows> themes = new LinkedHashMap<>();
        private final Map<String, Integer> refLines = new HashMap<>();
        private Map<String, Object> last;
        private int actions;

        Rows(String file, Columns columns, Map<String, String> partners, String planTitle, Diagnostics diags) {
            this.file = file;
            this.columns = columns;
            this.partners = partners;
            this.planTitle = planTitle;
            this.diags = diags;
        }

        private record ThemeRows(String id, String title, List<Map<String, Object>> actions) {}

        int themeCount() {
            return themes.size();
        }

        void add(CsvTable.Row row) {
            String ref = oneLine(cell(row, "ref"));
            String title = oneLine(cell(row, "title"));
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (String field : LIST_FIELDS) {
                List<String> items = items(cell(row, field), SEMICOLON_FIELDS.contains(field));
                if (!items.isEmpty()) lists.put(field, items);
            }
            List<String> milestoneLines = items(cell(row, "milestones"), false);
            if (ref.isEmpty() && title.isEmpty()) {
                if (lists.isEmpty() && milestoneLines.isEmpty()) return; // a theme heading row, or an empty one
                if (last == null) {
                    diags.warning(file, Pos.line(row.line()), "csv-row", "This row has no ref and no action title, and no action "
                            + "comes before it, so it was not imported.", "give the row the action's title");
                    return;
                }
                // a spreadsheet with merged cells: the row goes on with the action above
                addLists(last, lists, row);
                addMilestones(last, milestoneLines, row);
                return;
            }
            ThemeRows theme = theme(oneLine(cell(row, "theme")));
            if (title.isEmpty()) {
                title = lists.containsKey("steps") ? oneLine(lists.get("steps").get(0)) : "Action " + ref;
                diags.warning(file, Pos.line(row.line()), "csv-row", "Action " + ref + " has no title in the column `"
                        + columns.header("title") + "`, so it was given the title \"" + title + "\".", "check the title in plan.yml");
            }
            if (ref.isEmpty()) {
                ref = freeRef(theme.id() + "." + (theme.actions().size() + 1));
                if (columns.has("ref")) {
                    diags.warning(file, Pos.line(row.line()), "csv-row", "The action \"" + shorten(title) + "\" has no ref, so it was "
                            + "given the ref " + ref + ".", "check the ref in plan.yml; reports name actions by their refs");
                }
            } else if (refLines.containsKey(ref)) {
                String again = freeRef(ref + "b");
                diags.warning(file, Pos.line(row.line()), "csv-row", "The ref " + ref + " is used again (first on line "
                        + refLines.get(ref) + "), so this action was given the ref " + again + ".",
                        "give each action its own ref in plan.yml; refs are unique within a plan");
                ref = again;
            }
            refLines.put(ref, row.line());
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("ref", ref);
            action.put("title", title);
            addLists(action, lists, row);
            addMilestones(action, milestoneLines, row);
            theme.actions().add(action);
            last = action;
            actions++;
        }

        private String freeRef(String wanted) {
            String ref = wanted;
            for (int i = 2; refLines.containsKey(ref); i++) ref = wanted + "-" + i;
            return ref;
        }

        private ThemeRows theme(String written) {
            String title = written.isEmpty() ? planTitle : written;
            ThemeRows t = themes.get(title);
            if (t != null) return t;
            String id = null;
            Matcher m = NUMBERED_THEME.matcher(title);
            if (m.matches() && themes.values().stream().noneMatch(x -> x.id().equals(m.group(1)))) {
                id = m.group(1);
                title = m.group(2).strip();
            }
            for (int n = themes.size() + 1; id == null; n++) {
                String candidate = String.valueOf(n);
                if (themes.values().stream().noneMatch(x -> x.id().equals(candidate))) id = candidate;
            }
            t = new ThemeRows(id, title, new ArrayList<>());
            themes.put(written.isEmpty() ? planTitle : written, t);
            return t;
        }

        @SuppressWarnings("unchecked")
        private void addLists(Map<String, Object> action, Map<String, List<String>> lists, CsvTable.Row row) {
            for (Map.Entry<String, List<String>> e : lists.entrySet()) {
                List<String> items = e.getKey().equals("leads") ? leads(e.getValue(), row) : e.getValue();
                ((List<String>) action.computeIfAbsent(e.getKey(), k -> new ArrayList<String>())).addAll(items);
            }
        }

        @SuppressWarnings("unchecked")
        private void addMilestones(Map<String, Object> action, List<String> lines, CsvTable.Row row) {
            for (String line : lines) {
                Timescales.Milestone m = Timescales.milestone(line);
                Map<String, String> out = new LinkedHashMap<>();
                out.put("title", m.title());
                m.due().ifPresent(d -> out.put("due", d));
                ((List<Object>) action.computeIfAbsent("milestones", k -> new ArrayList<Object>())).add(out);
            }
        }

        /** Partner names and short names become partners.yml ids; other names stay as written. */
        private List<String> leads(List<String> names, CsvTable.Row row) {
            List<String> out = new ArrayList<>();
            for (String name : names) {
                String id = partners.get(name.toLowerCase(Locale.ROOT));
                if (id == null) id = partners.get(slug(name));
                String lead = id != null ? id : name;
                if (id == null && lead.matches("[a-z0-9]+(?:[-_][a-z0-9]+)*")) {
                    // the build reads a lower-case word as a partner id; a name is written with a capital
                    lead = Character.toUpperCase(lead.charAt(0)) + lead.substring(1);
                    diags.warning(file, Pos.line(row.line()), "csv-lead", "`" + name + "` is not a partner in content/partners.yml, "
                            + "so it was imported as the name \"" + lead + "\".",
                            "add the partner to content/partners.yml and write its id in `leads`, or write the name in full");
                }
                if (!out.contains(lead)) out.add(lead);
            }
            return out;
        }

        List<Map<String, Object>> themes(Optional<Plan> existing) {
            Map<String, List<String>> objectives = new HashMap<>();
            existing.ifPresent(p -> p.themes().forEach(t -> objectives.put(t.title(), t.objectives())));
            List<Map<String, Object>> out = new ArrayList<>();
            for (ThemeRows t : themes.values()) {
                Map<String, Object> theme = new LinkedHashMap<>();
                theme.put("id", t.id());
                theme.put("title", t.title());
                List<String> obj = objectives.getOrDefault(t.title(), List.of());
                if (!obj.isEmpty()) theme.put("objectives", obj);
                List<Map<String, Object>> actionsOut = new ArrayList<>();
                for (Map<String, Object> a : t.actions()) actionsOut.add(shape(a));
                theme.put("actions", actionsOut);
                out.add(theme);
            }
            return out;
        }

        /** The fields in the order plan.yml writes them; a one-item text field is written as text. */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> shape(Map<String, Object> a) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : List.of("ref", "title", "steps", "leads", "by", "resources", "milestones", "outcomes", "measures",
                    "confidence", "risks")) {
                Object v = a.get(key);
                if (v == null) continue;
                if (v instanceof List<?> l && l.size() == 1 && List.of("resources", "confidence", "risks").contains(key)) {
                    v = ((List<String>) l).get(0);
                }
                out.put(key, v);
            }
            return out;
        }

        private String cell(CsvTable.Row row, String field) {
            return columns.column(field).map(row::cell).orElse("");
        }
    }

    /** The items of a cell: one per line, or per semicolon in a one-line cell; bullets taken off. */
    static List<String> items(String cell, boolean semicolons) {
        String text = cell.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) return List.of();
        String[] parts = text.contains("\n") || !semicolons ? text.split("\n") : text.split(";");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String item = BULLET.matcher(p).replaceFirst("").strip();
            if (!item.isEmpty()) out.add(item);
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
