package org.waymark.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.waymark.model.Plan;
import org.waymark.yaml.YamlReader;

/**
 * {@code waymark import}: reads the action plan a partnership already has, as CSV, an Excel workbook or a
 * Word document, and writes the plan's {@code plan.yml}, a first report round from its progress column, and
 * (when asked) the lead names that match no partner into partners.yml. Each source is read into the same
 * {@link Table}s; {@link Mapping} turns them into a plan. Nothing is judged against today. The files are read
 * back as the build reads them before the import counts as done: a plan that would not build is not left
 * behind.
 */
public final class PlanImport {
    private static final Pattern PLAN_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private PlanImport() {}

    /**
     * What to import.
     *
     * @param root the site folder
     * @param source the plan's file: .csv, .xlsx or .docx
     * @param planId the plan's folder name under content/plans/
     * @param title the plan's title, or null to keep the existing plan's, or take the document's
     * @param map the editor's {@code --map} entries as written ("Lead responsibility=leads")
     * @param force whether an existing plan.yml (and report of the same date) may be replaced
     * @param dryRun print what would be written, and write nothing
     * @param addPartners add lead names that match no partner to partners.yml
     * @param reportDate the date of the progress column's report round, if given
     */
    public record Request(Path root, Path source, String planId, String title, List<String> map, boolean force, boolean dryRun,
            boolean addPartners, Optional<LocalDate> reportDate) {
        public Request {
            map = List.copyOf(map);
        }

        public Request(Path root, Path source, String planId, String title, List<String> map, boolean force) {
            this(root, source, planId, title, map, force, false, false, Optional.empty());
        }
    }

    public enum Kind {
        /** plan.yml was written and reads as the build reads it. */
        WRITTEN,
        /** --dry-run: nothing was written. */
        DRY_RUN,
        /** plan.yml exists and {@code --force} was not given; nothing was changed. */
        EXISTS,
        /** the command was used wrongly: no such file, a bad plan id, a --map that names no field or header. */
        USAGE,
        /** the file (or the site) has problems that stop the import; nothing was changed. */
        ERRORS
    }

    /**
     * What the import did.
     *
     * @param summary what was read and where it went (every column, extra field, made ref, unmatched lead)
     * @param yaml the plan.yml written, or that --dry-run would write
     * @param diagnostics problems with their place in the file
     */
    public record Result(Kind kind, Path file, String message, String hint, List<Diagnostic> diagnostics, int themes,
            int actions, String summary, String yaml) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        static Result of(Kind kind, Path file, String message, String hint, Diagnostics diags) {
            return new Result(kind, file, message, hint, diags.sorted(), 0, 0, "", "");
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
        Map<String, String> mapEntries = new LinkedHashMap<>();
        for (String entry : request.map()) {
            int eq = entry.lastIndexOf('=');
            String header = eq < 0 ? "" : entry.substring(0, eq).strip();
            String field = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (header.isEmpty() || field.isEmpty()) {
                return Result.of(Kind.USAGE, planFile, "`--map " + entry + "` does not say which column goes to which field.",
                        "write it as --map \"Lead responsibility=leads\"", diags);
            }
            List<String> choices = new ArrayList<>(Columns.FIELDS);
            choices.add(Columns.IGNORE);
            choices.add(Columns.EXTRA);
            Optional<String> known = choices.stream().filter(f -> Columns.key(f).equals(Columns.key(field))).findFirst();
            if (known.isEmpty()) {
                return Result.of(Kind.USAGE, planFile, "`" + field + "` in `--map " + entry + "` is not a field of a plan.",
                        Suggest.hint(field, choices) + "; the fields are: " + String.join(", ", choices), diags);
            }
            mapped.put(Columns.key(header), known.get());
            mapEntries.put(Columns.key(header), entry);
        }
        if (!Files.isRegularFile(root.resolve(ConfigLoader.FILE))) {
            return Result.of(Kind.USAGE, planFile, "There is no site-config.yml in " + root + ".",
                    "run waymark in the site's folder, or pass --site <folder>", diags);
        }
        if (Files.exists(planFile) && !request.force() && !request.dryRun()) {
            return Result.of(Kind.EXISTS, planFile, rel(root, planFile) + " exists already; nothing was changed.",
                    "import under another --plan id, or add --force to replace it (its reports are kept)", diags);
        }
        String fileName = request.source().getFileName() == null ? request.source().toString() : request.source().getFileName().toString();
        if (Sources.kind(fileName).isEmpty()) {
            return Result.of(Kind.USAGE, planFile, fileName + " is not a file the import reads.",
                    "give the plan as CSV (.csv), an Excel workbook (.xlsx) or a Word document (.docx)", diags);
        }
        byte[] bytes;
        try {
            if (Files.size(request.source()) > Sources.MAX_BYTES) {
                diags.error(fileName, Pos.NONE, "import-size", "The file is " + Files.size(request.source()) / (1024 * 1024)
                        + " MB; a plan of more than 20 MB is not imported.",
                        "save only the sheet or table of the action plan, without pictures, and import that");
                return Result.of(Kind.ERRORS, planFile, "Nothing was imported.", "", diags);
            }
            bytes = Files.readAllBytes(request.source());
        } catch (NoSuchFileException e) {
            return Result.of(Kind.USAGE, planFile, "There is no file " + request.source() + ".", "give the path of the plan's file", diags);
        } catch (IOException e) {
            return Result.of(Kind.USAGE, planFile, request.source() + " cannot be read: " + e.getMessage() + ".",
                    "check that the file exists and that you may read it", diags);
        }

        YamlReader yaml = new YamlReader();
        Diagnostics siteDiags = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(root, yaml, siteDiags);
        if (config.isEmpty()) {
            return Result.of(Kind.ERRORS, planFile, "site-config.yml has errors; correct them and import again.", "", siteDiags);
        }
        Content content = new ContentLoader(yaml).load(root, config.get(), false, new Diagnostics());
        Optional<Plan> existing = Files.exists(planFile) ? Written.plans(root, content, yaml, new Diagnostics()).stream()
                .filter(p -> p.id().equals(planId)).findFirst() : Optional.empty();

        Optional<List<Table>> tables = Sources.read(bytes, fileName, diags);
        if (tables.isEmpty()) return Result.of(Kind.ERRORS, planFile, "The file cannot be read; nothing was changed.", "", diags);
        Set<String> headers = new HashSet<>();
        List<String> headerTexts = new ArrayList<>();
        for (Table t : tables.get()) {
            for (Table.Row r : t.rows().subList(0, Math.min(30, t.rows().size()))) {
                for (String c : r.cells()) {
                    if (c.isBlank() || c.length() > 80 || !headers.add(Columns.key(c))) continue;
                    headerTexts.add(c.strip());
                }
            }
        }
        for (Map.Entry<String, String> e : mapEntries.entrySet()) {
            if (headers.contains(e.getKey())) continue;
            String header = e.getValue().substring(0, e.getValue().lastIndexOf('=')).strip();
            return Result.of(Kind.USAGE, planFile, "`" + header + "` in `--map " + e.getValue() + "` is not a header of " + fileName + ".",
                    Suggest.closest(header, headerTexts).map(c -> "did you mean `" + c + "`?").orElse("use a header as the file writes it"),
                    diags);
        }
        List<Partner> partners = content.partners();
        String givenTitle = request.title() != null && !request.title().isBlank() ? request.title().strip()
                : existing.map(Plan::title).orElse("Action plan " + planId);
        Optional<Draft> mapped2 = Mapping.map(tables.get(), mapped, new Leads(partners), givenTitle);
        if (mapped2.isEmpty() || mapped2.get().actions().isEmpty()) {
            List<String> first = tables.get().stream().flatMap(t -> t.rows().stream()).findFirst().map(Table.Row::cells).orElse(List.of());
            String guess = first.stream().filter(h -> !h.isBlank() && Columns.of(first, mapped, List.of()).field(first.indexOf(h)).equals(Columns.EXTRA))
                    .findFirst().orElse(first.stream().filter(h -> !h.isBlank()).findFirst().orElse("Action"));
            diags.error(fileName, Pos.line(firstLine(tables.get())), "import-column", mapped2.isEmpty()
                            ? "No column holds the actions' titles, so there is nothing to import."
                            : "No row has an action title, so there is nothing to import.",
                    "name the column, such as --map \"" + guess.strip() + "=title\"; the headers are: "
                            + String.join(", ", first.stream().map(String::strip).toList()));
            return Result.of(Kind.ERRORS, planFile, "Nothing was imported.", "", diags);
        }
        Draft draft = mapped2.get();
        PlanOut.foldEmptyThemes(draft);
        Set<String> partnerIds = new HashSet<>(partners.stream().map(Partner::id).toList());
        List<String> newIds = Written.leads(draft, partnerIds, request.addPartners());

        String title = request.title() != null && !request.title().isBlank() ? request.title().strip()
                : existing.map(Plan::title).orElse(draft.title.isEmpty() ? "Action plan " + planId : draft.title);
        if (title.equals(draft.title)) draft.title = "";
        Map<String, Object> kept = new LinkedHashMap<>();
        Map<String, List<String>> objectives = new LinkedHashMap<>();
        existing.ifPresent(p -> {
            Map<String, String> period = new LinkedHashMap<>();
            p.start().ifPresent(s -> period.put("start", s.toString()));
            p.end().ifPresent(s -> period.put("end", s.toString()));
            if (!period.isEmpty()) kept.put("period", period);
            if (!p.description().isBlank()) kept.put("description", p.description());
            p.themes().forEach(t -> objectives.put(t.title(), t.objectives()));
        });
        if (!draft.title.isEmpty() && !kept.containsKey("description")) draft.description.add(0, draft.title);
        String text = "# Imported from " + fileName + " by `waymark import`.\n"
                + "# Check it against the file, then run `waymark build`. See README.md for each field.\n"
                + PlanYaml.write(PlanOut.plan(draft, title, kept, PlanOut.labels(draft), objectives));
        Optional<LocalDate> reportDate = request.reportDate();
        String report = draft.hasProgress() && reportDate.isPresent()
                ? PlanYaml.write(PlanOut.report(draft, reportDate.get(), fileName)) : "";
        Path reportFile = planFile.resolveSibling("reports").resolve(reportDate.map(LocalDate::toString).orElse("none") + ".yml");
        String summary = Summary.of(draft, rel(root, planFile), report.isEmpty() ? "" : rel(root, reportFile),
                request.addPartners() ? newIds : List.of(), request.dryRun());
        if (request.dryRun()) {
            String all = text + (report.isEmpty() ? "" : "--- " + rel(root, reportFile) + " (not written)\n" + report);
            return new Result(Kind.DRY_RUN, planFile, "Nothing was written (--dry-run).", "", diags.sorted(), count(draft),
                    draft.actions().size(), summary, all);
        }
        if (!report.isEmpty() && Files.exists(reportFile) && !request.force()) {
            return Result.of(Kind.EXISTS, planFile, rel(root, reportFile) + " exists already; nothing was changed.",
                    "give another --report-date, or add --force to replace it", diags);
        }
        String partnersText = request.addPartners() && !newIds.isEmpty() ? PlanOut.partners(draft, newIds) : "";
        return Written.write(new Written.Targets(root, planFile, text, reportFile, report, partnersText), content, yaml, diags,
                count(draft), draft.actions().size(), summary);
    }

    private static int count(Draft d) {
        return (int) d.themes.stream().filter(t -> !t.actions.isEmpty()).count();
    }

    private static int firstLine(List<Table> tables) {
        return tables.stream().flatMap(t -> t.rows().stream()).findFirst().map(Table.Row::line).orElse(0);
    }

    static String rel(Path root, Path file) {
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }
}
