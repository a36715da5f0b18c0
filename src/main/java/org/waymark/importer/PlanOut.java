package org.waymark.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.importer.Draft.ActionDraft;
import org.waymark.importer.Draft.ThemeDraft;

/**
 * The texts an import writes from a {@link Draft}: plan.yml, the first report round, and the partners to add
 * to partners.yml. Package-private.
 */
final class PlanOut {
    /** The action fields in the order plan.yml writes them; a one-item text field is written as text. */
    private static final List<String> ORDER = List.of("steps", "leads", "by", "resources", "milestones", "outcomes", "measures", "confidence", "risks");
    private static final List<String> TEXTS = List.of("resources", "confidence", "risks");
    private static final Map<String, String> DEFAULT_LABELS = Map.ofEntries(Map.entry("ref", "Ref"), Map.entry("title", "Action"),
            Map.entry("steps", "Steps"), Map.entry("leads", "Lead"), Map.entry("by", "By whom"), Map.entry("resources", "Resources"),
            Map.entry("milestones", "Milestones"), Map.entry("outcomes", "Outcomes"), Map.entry("measures", "Measures"),
            Map.entry("confidence", "Confidence"), Map.entry("risks", "Risks"));

    private PlanOut() {}

    /** plan.yml as a map, for {@link PlanYaml}. */
    static Map<String, Object> plan(Draft d, String title, Map<String, Object> kept, Map<String, String> labels,
            Map<String, List<String>> objectivesKept) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        plan.putAll(kept);
        if (!kept.containsKey("description") && !d.description.isEmpty()) plan.put("description", String.join("\n\n", d.description) + "\n");
        if (!labels.isEmpty()) plan.put("labels", labels);
        List<Map<String, Object>> themes = new ArrayList<>();
        for (ThemeDraft t : d.themes) {
            if (t.actions.isEmpty()) {
                // a heading with no actions under it: its words go to the next theme that has actions
                continue;
            }
            Map<String, Object> theme = new LinkedHashMap<>();
            theme.put("id", t.id);
            theme.put("title", t.title);
            List<String> objectives = new ArrayList<>(objectivesKept.getOrDefault(t.title, List.of()));
            t.objectives.stream().filter(o -> !objectives.contains(o)).forEach(objectives::add);
            if (!objectives.isEmpty()) theme.put("objectives", objectives);
            theme.put("actions", t.actions.stream().map(PlanOut::action).toList());
            themes.add(theme);
        }
        plan.put("themes", themes);
        return plan;
    }

    /** Themes without actions pass their title and aims to the next theme, so that no heading's words are lost. */
    static void foldEmptyThemes(Draft d) {
        List<String> carried = new ArrayList<>();
        for (ThemeDraft t : d.themes) {
            if (t.actions.isEmpty()) {
                carried.add(t.title.contains(t.id) ? t.title : t.id + " " + t.title);
                carried.addAll(t.objectives);
                continue;
            }
            if (!carried.isEmpty()) {
                List<String> all = new ArrayList<>(carried);
                all.addAll(t.objectives);
                t.objectives.clear();
                all.forEach(t::objective);
                carried.clear();
            }
        }
        if (!carried.isEmpty()) d.description.addAll(carried);
    }

    private static Map<String, Object> action(ActionDraft a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ref", a.ref);
        if (!a.number.isEmpty()) out.put("number", a.number);
        out.put("title", a.title);
        for (String key : ORDER) {
            if (key.equals("milestones")) {
                if (!a.milestones.isEmpty()) out.put(key, a.milestones);
                continue;
            }
            List<String> v = a.lists.get(key);
            if (v == null || v.isEmpty()) continue;
            out.put(key, v.size() == 1 && TEXTS.contains(key) ? v.get(0) : v);
        }
        if (!a.extra.isEmpty()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            a.extra.forEach((k, v) -> extra.put(k, v.size() == 1 ? v.get(0) : v));
            out.put("extra", extra);
        }
        return out;
    }

    /** The partnership's own column names, where they differ from Waymark's: the plan's pages use them. */
    static Map<String, String> labels(Draft d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Draft.Mapped c : d.columns) {
            String def = DEFAULT_LABELS.get(c.field());
            if (def == null || out.containsKey(c.field()) || c.header().startsWith("Column ")) continue;
            if (Columns.key(c.header()).equals(Columns.key(c.field())) || Columns.key(c.header()).equals(Columns.key(def))) continue;
            out.put(c.field(), c.header());
        }
        return out;
    }

    /** reports/&lt;date&gt;.yml: the status and note of every action with progress. */
    static Map<String, Object> report(Draft d, LocalDate date, String file) {
        Map<String, Object> updates = new LinkedHashMap<>();
        for (ActionDraft a : d.actions()) {
            if (a.status.isEmpty() && a.progress.isEmpty()) continue;
            Map<String, String> u = new LinkedHashMap<>();
            a.status.ifPresent(s -> u.put("status", s));
            if (!a.progress.isEmpty()) u.put("note", String.join("\n", a.progress));
            updates.put(a.ref, u);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("date", date.toString());
        r.put("title", "Progress imported from " + file);
        r.put("updates", updates);
        return r;
    }

    /** Entries for partners.yml, one per lead name that matched no partner. */
    static String partners(Draft d, List<String> ids) {
        StringBuilder b = new StringBuilder("\n# Added by `waymark import`: check each name, and add a short_name, type and website.\n");
        List<String> names = new ArrayList<>(d.unmatched.keySet());
        for (int i = 0; i < names.size(); i++) {
            b.append("- id: ").append(ids.get(i)).append('\n');
            b.append("  name: \"").append(names.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
            b.append("  type: other\n");
        }
        return b.toString();
    }
}
