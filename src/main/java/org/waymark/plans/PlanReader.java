package org.waymark.plans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.SourceFiles;
import org.waymark.diag.Suggest;
import org.waymark.model.Action;
import org.waymark.model.Due;
import org.waymark.model.Labels;
import org.waymark.model.Lead;
import org.waymark.model.Milestone;
import org.waymark.model.Partner;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.model.Report;
import org.waymark.model.Status;
import org.waymark.model.Update;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YList;
import org.waymark.yaml.YMap;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YScalar;

/**
 * Reads one plan folder (plan.yml and reports/*.yml) into a {@link Plan}, reporting every problem with its
 * file and line: unknown keys, missing fields, duplicate refs, dates that do not parse, status words that
 * are not in the list, reports whose date disagrees with their file name or that name an action the
 * plan lacks. Package-private: {@link Plans} is the entry point.
 */
final class PlanReader {
    /** Address parts a plan uses for pages of its own, so no theme may take them. */
    static final Set<String> RESERVED = Set.of("actions", "partners", "reports", "print");

    private static final String DATE_HINT = "dates are written 2009-06-30, or 2009-06 for the end of that month";

    private final Path root;
    private final ContentLoader loader;
    private final Map<String, Partner> partners;
    /** Partners by name and by short name, as {@link #nameKey} writes them; a name two partners share is left out. */
    private final Map<String, Partner> partnersByName = new HashMap<>();
    private final Diagnostics diags;

    PlanReader(Path root, ContentLoader loader, Map<String, Partner> partners, Diagnostics diags) {
        this.root = root;
        this.loader = loader;
        this.partners = partners;
        this.diags = diags;
        Set<String> shared = new HashSet<>();
        for (Partner p : partners.values()) {
            for (String name : new LinkedHashSet<>(List.of(nameKey(p.name()), nameKey(p.shortName())))) {
                if (name.isEmpty() || shared.contains(name)) continue;
                Partner before = partnersByName.putIfAbsent(name, p);
                if (before != null && before != p) {
                    partnersByName.remove(name);
                    shared.add(name);
                }
            }
        }
    }

    /** A name as leads are matched to partners by it: case and spacing do not count ("LC", "lc ", "Lc"). */
    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The plan in {@code dir}, or empty when it has no readable plan.yml (then reported). */
    Optional<Plan> read(Path dir) {
        String id = dir.getFileName().toString();
        Path planFile = dir.resolve("plan.yml");
        String source = SourceFiles.name(root, planFile);
        if (!Files.isRegularFile(planFile)) {
            diags.error(SourceFiles.name(root, dir), Pos.NONE, "plan", "This plan folder has no plan.yml.",
                    "add content/plans/" + id + "/plan.yml with the plan's title and themes, or remove the folder");
            return Optional.empty();
        }
        // a link that leads elsewhere is reported by the content's walk, and not read here
        if (Files.isSymbolicLink(planFile) && SourceFiles.linkProblem(root, planFile).isPresent()) return Optional.empty();
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
            diags.error(source, Pos.NONE, "file-name", "The folder name `" + id
                            + "` would put capitals, spaces or symbols in the plan's web address.",
                    "name the plan's folder with lower-case letters, digits and hyphens, such as `2009-10`");
        }
        Optional<Fields> fields = loader.readYaml(root, planFile, diags)
                .flatMap(node -> Fields.of(node, source, diags, "a plan", Pos.line(1)));
        if (fields.isEmpty()) return Optional.empty();
        Fields f = fields.get().allow("title", "period", "description", "labels", "themes");
        String title = f.required("title").orElse(id);
        Optional<YearMonth> start = Optional.empty();
        Optional<YearMonth> end = Optional.empty();
        Optional<Fields> period = f.object("period", "the plan's period");
        if (period.isPresent()) {
            Fields p = period.get().allow("start", "end");
            start = month(p, "start");
            end = month(p, "end");
        }
        String description = f.string("description", "");
        Labels labels = Labels.of(labels(f));
        if (!f.has("themes")) f.required("themes");
        List<PlanTheme> themes = new ArrayList<>();
        Map<String, Pos> themeSlugs = new HashMap<>();
        Map<String, Pos> refs = new HashMap<>();
        List<Fields> themeFields = f.objects("themes", "a theme");
        for (int i = 0; i < themeFields.size(); i++) {
            theme(themeFields.get(i), i, themeSlugs, refs).ifPresent(themes::add);
        }
        Map<String, Action> byRef = new LinkedHashMap<>();
        themes.forEach(t -> t.actions().forEach(a -> byRef.putIfAbsent(a.ref(), a)));
        List<Report> reports = reports(dir.resolve("reports"), byRef);
        return Optional.of(new Plan(id, source, title, start, end, description, textLine(f, "description"), labels,
                themes, reports));
    }

    private Map<String, String> labels(Fields f) {
        Map<String, String> out = new HashMap<>();
        f.object("labels", "the plan's labels").ifPresent(l -> {
            l.allow(Labels.KEYS);
            for (String key : Labels.KEYS) l.string(key).filter(s -> !s.isBlank()).ifPresent(s -> out.put(key, s.trim()));
        });
        return out;
    }

    private Optional<YearMonth> month(Fields f, String key) {
        Optional<String> text = f.string(key);
        if (text.isEmpty()) return Optional.empty();
        Optional<YearMonth> m = Fields.parseMonth(text.get()).or(() -> Fields.parseDate(text.get()).map(YearMonth::from));
        if (m.isEmpty()) {
            f.error(f.pos(key), "date", "`" + key + "` is not a month: `" + text.get() + "`.",
                    "months are written year-month, as 2009-04");
        }
        return m;
    }

    private Optional<PlanTheme> theme(Fields f, int index, Map<String, Pos> slugs, Map<String, Pos> refs) {
        f.allow("id", "title", "objectives", "actions");
        String id = f.string("id").map(String::trim).filter(s -> !s.isEmpty()).orElse(String.valueOf(index + 1));
        String slug = Slug.of(id);
        Pos at = f.has("id") ? f.pos("id") : f.pos();
        if (RESERVED.contains(slug)) {
            f.error(at, "reserved", "The theme id `" + id + "` would give the theme the address the plan uses for its "
                    + slug + ".", "choose another id, such as a number");
        }
        Pos first = slugs.putIfAbsent(slug, at);
        if (first != null) {
            f.error(at, "duplicate-id", "The theme id `" + id + "` is used twice in this plan (first on line " + first.line() + ").",
                    "give each theme its own id");
        }
        Optional<String> title = f.required("title");
        List<String> objectives = f.strings("objectives");
        if (!f.has("actions")) f.required("actions");
        List<Action> actions = new ArrayList<>();
        for (Fields a : f.objects("actions", "an action")) action(a, id, refs).ifPresent(actions::add);
        return title.map(t -> new PlanTheme(id, slug, t, objectives, actions));
    }

    private Optional<Action> action(Fields f, String themeId, Map<String, Pos> refs) {
        List<String> keys = new ArrayList<>(Labels.KEYS);
        keys.add("number");
        keys.add("extra");
        f.allow(keys);
        Optional<String> ref = f.required("ref").map(String::trim);
        Optional<String> title = f.required("title");
        if (ref.isPresent()) {
            String slug = Slug.of(ref.get());
            Pos first = refs.putIfAbsent(slug, f.pos("ref"));
            if (first != null) {
                f.error(f.pos("ref"), "duplicate-ref", "The ref `" + ref.get() + "` is used twice in this plan (first on line "
                        + first.line() + ").", "give each action its own ref; refs are unique within a plan");
            }
        }
        List<Lead> leads = leads(f);
        List<Milestone> milestones = milestones(f);
        if (ref.isEmpty()) return Optional.empty();
        // an action without a title is reported above, and kept so that its reports are not reported too
        return Optional.of(new Action(ref.get(), Slug.of(ref.get()), title.orElse("").trim(), themeId, f.strings("steps"), leads,
                f.strings("by"), f.strings("resources"), milestones, f.strings("outcomes"), f.strings("measures"),
                f.strings("confidence"), f.strings("risks"), f.string("number", "").trim(), extra(f), f.pos()));
    }

    /** {@code extra: {"Confidence level": "High", "Partners": [a, b]}}: the plan's own fields, in order. */
    private List<Action.Extra> extra(Fields f) {
        YNode node = f.node("extra");
        List<Action.Extra> out = new ArrayList<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YMap map)) {
            f.error(node.pos(), "type", "`extra` should be a set of `Header: text` fields, but it is " + node.describe() + ".",
                    "write one line per field: \"Confidence level\": High");
            return out;
        }
        for (YMap.Entry e : map.entries().values()) {
            List<String> lines = new ArrayList<>();
            if (e.value() instanceof YScalar s) {
                if (!s.isNull() && !s.text().isBlank()) lines.add(s.text().trim());
            } else if (e.value() instanceof YList l) {
                for (YNode item : l.items()) {
                    if (item instanceof YScalar s && !s.isNull()) lines.add(s.text().trim());
                    else f.error(item.pos(), "type", "Each item of `" + e.key() + "` should be text, but this is " + item.describe() + ".",
                            "write the item as text on one line, after `- `");
                }
            } else {
                f.error(e.value().pos(), "type", "`" + e.key() + "` in `extra` should be text or a list, but it is "
                        + e.value().describe() + ".", "write the field's text after the colon");
            }
            if (!lines.isEmpty()) out.add(new Action.Extra(e.key().trim(), lines));
        }
        return out;
    }

    private List<Lead> leads(Fields f) {
        List<Lead> out = new ArrayList<>();
        for (Item item : items(f, "leads")) {
            String text = item.text().trim();
            if (text.isEmpty()) continue;
            Partner p = partners.get(text);
            if (p == null) p = partnersByName.get(nameKey(text));
            if (p == null && Slug.looksLikeId(text)) {
                f.error(item.pos(), "unknown-id", "`" + text + "` in `leads` is not a partner id in content/partners.yml.",
                        Suggest.closest(text, partners.keySet()).map(c -> "did you mean `" + c + "`? ").orElse("")
                                + "use a partner's id, or write the name in full with capitals (a plain name is allowed)");
                continue;
            }
            if (p == null) p = partners.get(Slug.of(text));
            Lead lead = p != null ? new Lead(p.id(), p.name(), p.id()) : new Lead(Slug.of(text), text, "");
            if (out.stream().noneMatch(l -> l.slug().equals(lead.slug()))) out.add(lead);
        }
        return out;
    }

    private List<Milestone> milestones(Fields f) {
        List<Milestone> out = new ArrayList<>();
        YNode node = f.node("milestones");
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YList list)) {
            f.error(node.pos(), "type", "`milestones` should be a list, but it is " + node.describe() + ".",
                    "write each milestone on its own line: - {title: Review done, due: 2009-09}");
            return out;
        }
        for (YNode item : list.items()) {
            if (item instanceof YScalar s && !s.isNull()) {
                out.add(new Milestone(s.text().trim(), Optional.empty(), Optional.empty(), s.pos()));
                continue;
            }
            Optional<Fields> mf = Fields.of(item, f.file(), diags, "a milestone", item.pos());
            if (mf.isEmpty()) continue;
            Fields m = mf.get().allow("title", "due", "done");
            Optional<String> title = m.required("title");
            Optional<String> dueText = m.string("due").filter(s -> !s.isBlank());
            Optional<Due> due = dueText.flatMap(Due::parse);
            if (dueText.isPresent()) {
                if (due.isEmpty()) {
                    m.error(m.pos("due"), "date", "The milestone's `due` is not a date: `" + dueText.get() + "`.", DATE_HINT);
                }
            }
            Optional<LocalDate> done = m.date("done");
            title.ifPresent(t -> out.add(new Milestone(t.trim(), due, done, m.pos())));
        }
        return out;
    }

    private List<Report> reports(Path dir, Map<String, Action> byRef) {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p)
                    && (!Files.isSymbolicLink(p) || SourceFiles.linkProblem(root, p).isEmpty())).sorted().toList();
        } catch (IOException e) {
            diags.error(SourceFiles.name(root, dir), Pos.NONE, "read", "The reports folder cannot be read: " + e.getMessage(), "");
            return List.of();
        }
        List<Report> out = new ArrayList<>();
        for (Path file : files) report(file, byRef).ifPresent(out::add);
        return out;
    }

    private Optional<Report> report(Path file, Map<String, Action> byRef) {
        String source = SourceFiles.name(root, file);
        String stem = file.getFileName().toString().replaceFirst("\\.yml$", "");
        Optional<LocalDate> named = Fields.parseDate(stem);
        if (named.isEmpty()) {
            diags.error(source, Pos.NONE, "file-name", "A report's file is named after its date, but `" + stem + "` is not a date.",
                    "rename the file to the date of the report round, such as 2009-06-30.yml");
        }
        Optional<Fields> fields = loader.readYaml(root, file, diags)
                .flatMap(node -> Fields.of(node, source, diags, "a progress report", Pos.line(1)));
        if (fields.isEmpty()) return Optional.empty();
        Fields f = fields.get().allow("date", "title", "summary", "updates");
        Optional<LocalDate> date = f.has("date") ? f.date("date") : f.required("date").flatMap(Fields::parseDate);
        if (date.isPresent() && named.isPresent() && !date.get().equals(named.get())) {
            f.error(f.pos("date"), "report-date", "The report's date " + date.get() + " is not the date in its file name, "
                    + stem + ".yml.", "rename the file to " + date.get() + ".yml, or correct the date");
        }
        List<Update> updates = new ArrayList<>();
        YNode node = f.node("updates");
        if (node instanceof YMap map) {
            for (YMap.Entry e : map.entries().values()) update(f, e, byRef).ifPresent(updates::add);
            // `updates:` with nothing under it (every line commented out) is a round without updates
        } else if (node != null && !(node instanceof YScalar s && (s.isNull() || s.text().isBlank()))) {
            f.error(node.pos(), "type", "`updates` should be a set of `ref: {status, note}` fields, but it is " + node.describe() + ".",
                    "write one line per action: \"1.1\": {status: green, note: \"…\"}");
        }
        return date.map(d -> new Report(d, f.string("title", "").trim(), f.string("summary", ""), textLine(f, "summary"),
                updates, source));
    }

    private Optional<Update> update(Fields report, YMap.Entry e, Map<String, Action> byRef) {
        String ref = e.key().trim();
        Action action = byRef.get(ref);
        if (action == null) {
            report.error(e.keyPos(), "unknown-ref", "This report gives progress on `" + ref + "`, which is not an action of the plan.",
                    closestRef(ref, byRef.keySet()).map(c -> "did you mean `" + c + "`?")
                            .orElse("use the ref of an action in plan.yml"));
        }
        YNode value = e.value();
        if (value instanceof YScalar s && !s.isNull()) {
            Optional<Status> status = status(report, s.pos(), s.text().trim());
            return action == null ? Optional.empty() : Optional.of(new Update(ref, status, "", List.of(), e.keyPos()));
        }
        Optional<Fields> uf = Fields.of(value, report.file(), diags, "the update of " + ref, e.keyPos());
        if (uf.isEmpty()) return Optional.empty();
        Fields u = uf.get().allow("status", "note", "done");
        Optional<Status> status = u.string("status").flatMap(w -> status(u, u.pos("status"), w.trim()));
        String note = u.string("note", "").trim();
        List<String> done = new ArrayList<>();
        List<Item> items = items(u, "done");
        for (Item item : items) {
            String title = item.text().trim();
            if (action == null || title.isEmpty()) continue;
            List<String> titles = action.milestones().stream().map(Milestone::title).toList();
            if (!titles.contains(title)) {
                u.error(item.pos(), "unknown-milestone", "`" + title + "` is not a milestone of action " + ref + ".",
                        Suggest.closest(title, titles).map(c -> "did you mean `" + c + "`?")
                                .orElse(titles.isEmpty() ? "action " + ref + " has no milestones; add it to the plan first"
                                        : "use a milestone title exactly as the plan writes it: " + String.join("; ", titles)));
                continue;
            }
            done.add(title);
        }
        if (status.isEmpty() && note.isEmpty() && done.isEmpty() && !u.has("status") && items.isEmpty()) {
            u.warning(e.keyPos(), "empty-update", "The update of " + ref + " says nothing.", "give a status, a note or milestones done, or remove it");
        }
        return action == null ? Optional.empty() : Optional.of(new Update(ref, status, note, done, e.keyPos()));
    }

    /** The closest ref, preferring those of the same theme ("2.2" → "2.1" rather than "1.2"). */
    static Optional<String> closestRef(String ref, Collection<String> refs) {
        int cut = Math.max(ref.lastIndexOf('.'), ref.lastIndexOf('-'));
        if (cut > 0) {
            String prefix = ref.substring(0, cut + 1);
            Optional<String> sameTheme = Suggest.closest(ref, refs.stream().filter(r -> r.startsWith(prefix)).toList());
            if (sameTheme.isPresent()) return sameTheme;
        }
        return Suggest.closest(ref, refs);
    }

    private Optional<Status> status(Fields f, Pos at, String word) {
        Optional<Status> s = Status.ofWord(word);
        if (s.isPresent()) return s;
        if (word.equalsIgnoreCase(Status.OVERDUE.word())) {
            f.error(at, "status", "`overdue` is not written in reports: Waymark works it out from the milestones' due dates.",
                    "write the status the action had: " + String.join(", ", Status.words()));
            return Optional.empty();
        }
        f.oneOf("status", at, word, new LinkedHashSet<>(Status.words()), "status words (" + String.join(", ", Status.words()) + ")");
        return Optional.empty();
    }

    /** A text or list of texts with the place of each item. */
    private record Item(String text, Pos pos) {}

    private List<Item> items(Fields f, String key) {
        YNode n = f.node(key);
        List<Item> out = new ArrayList<>();
        if (n instanceof YScalar s) {
            if (!s.isNull()) out.add(new Item(s.text(), s.pos()));
        } else if (n instanceof YList l) {
            for (YNode item : l.items()) {
                if (item instanceof YScalar s) {
                    if (!s.isNull()) out.add(new Item(s.text(), s.pos()));
                } else {
                    f.error(item.pos(), "type", "Each item of `" + key + "` should be a single value, but this is " + item.describe() + ".",
                            "write the item as text on one line, after `- `");
                }
            }
        } else if (n != null) {
            f.error(n.pos(), "type", "`" + key + "` should be a list, but it is " + n.describe() + ".",
                    "write each item on its own line starting with `- `, or as [a, b]");
        }
        return out;
    }

    /** The line on which a Markdown field's text starts: the next line for a block (`|` or `>`) value. */
    private static int textLine(Fields f, String key) {
        if (!f.has(key)) return 1;
        Pos value = f.pos(key);
        Pos keyPos = f.keyPos(key);
        YNode n = f.node(key);
        boolean block = n instanceof YScalar s && s.text().contains("\n") && value.line() <= keyPos.line();
        return Math.max(1, value.line() + (block ? 1 : 0));
    }
}
