package org.waymark.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which column of a table holds which field of the plan: header words matched without regard to case,
 * punctuation or plural against the names real plans use (the table is in README.md), then the editor's
 * own {@code --map "Header=field"} on top. A column that matches no field, or whose field another column
 * has already taken, is kept as an extra field of each action under its own header. Package-private.
 */
final class Columns {
    /** The fields a column may fill, in the order the plan writes them. */
    static final List<String> FIELDS = List.of("ref", "theme", "objectives", "title", "steps", "leads", "by", "resources",
            "milestones", "outcomes", "measures", "confidence", "risks", "progress");
    /** Map a column to this to leave it out. */
    static final String IGNORE = "ignore";
    /** Map a column to this to keep it as an extra field even though its header names a field. */
    static final String EXTRA = "extra";
    private static final Pattern REF = Pattern.compile("^\\s*\\d{1,3}(?:\\s*\\.\\s*\\d{1,3}){0,3}\\s*[a-z]?\\.?\\s*$");

    /** The header words of each field: the documented table, from real plans. */
    static final Map<String, List<String>> WORDS = words();
    private static final Map<String, String> ALIASES = aliases();

    private final List<String> header;
    private final List<String> fieldOf;

    private Columns(List<String> header, List<String> fieldOf) {
        this.header = List.copyOf(header);
        this.fieldOf = List.copyOf(fieldOf);
    }

    /**
     * The columns of {@code header}.
     *
     * @param mapped the editor's {@code --map} entries, header key to field (already checked)
     * @param rows the rows under the header, to recognise a column of refs without a header
     */
    static Columns of(List<String> header, Map<String, String> mapped, List<Table.Row> rows) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String k = key(name);
            String field = mapped.containsKey(k) ? mapped.get(k) : ALIASES.get(k);
            if (name.isEmpty() && !mapped.containsKey(k)) {
                int col = i;
                List<String> filled = rows.stream().map(r -> r.cell(col)).filter(c -> !c.isBlank()).toList();
                boolean refs = !filled.isEmpty() && filled.stream().filter(c -> REF.matcher(c).matches()).count() * 2 >= filled.size();
                field = refs ? "ref" : filled.isEmpty() ? IGNORE : EXTRA;
            }
            out.add(field == null ? EXTRA : field);
        }
        // "Action(s)" beside another title column ("Key intervention", "Objective") holds the steps
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (out.get(i).equals("title")) titles.add(i);
        if (titles.size() > 1 && !out.contains("steps")) {
            for (int i : titles) {
                if (key(header.get(i)).equals("action") && !mapped.containsKey(key(header.get(i)))
                        && titles.stream().anyMatch(j -> !key(header.get(j)).equals("action"))) {
                    out.set(i, "steps");
                }
            }
        }
        // any other field taken twice: the second column is kept as an extra field (progress may have several)
        for (int i = 0; i < out.size(); i++) {
            String f = out.get(i);
            if (FIELDS.contains(f) && !f.equals("progress") && out.subList(0, i).contains(f)) out.set(i, EXTRA);
        }
        return new Columns(header, out);
    }

    /** Whether {@code cells} look like a header row: a title column and at least one other known field. */
    static boolean isHeader(List<String> cells, Map<String, String> mapped) {
        int known = 0;
        boolean title = false;
        for (String c : cells) {
            String k = key(c);
            if (k.isEmpty()) continue;
            String f = mapped.containsKey(k) ? mapped.get(k) : ALIASES.get(k);
            if (f == null || f.equals(EXTRA)) continue;
            known++;
            if (f.equals("title")) title = true;
        }
        return title && known >= 2;
    }

    List<String> header() {
        return header;
    }

    /** The field of column {@code i}: one of {@link #FIELDS}, {@link #EXTRA} or {@link #IGNORE}. */
    String field(int i) {
        return i < fieldOf.size() ? fieldOf.get(i) : IGNORE;
    }

    int size() {
        return fieldOf.size();
    }

    Optional<Integer> column(String field) {
        int i = fieldOf.indexOf(field);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    List<Integer> columns(String field) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fieldOf.size(); i++) if (fieldOf.get(i).equals(field)) out.add(i);
        return out;
    }

    boolean has(String field) {
        return fieldOf.contains(field);
    }

    /** The header of column {@code i} as the table writes it, or "Column N" when it has none. */
    String label(int i) {
        String h = i < header.size() ? header.get(i).replaceAll("\\s+", " ").strip() : "";
        return h.isEmpty() ? "Column " + (i + 1) : h;
    }

    /** The header of the column that holds {@code field}. */
    String header(String field) {
        return column(field).map(this::label).orElse("");
    }

    /**
     * "Time-scale " → "time scale", "Action(s)" → "action", "Lead Person/Agency & Partners" → "lead person agency
     * partner": case, punctuation and plurals do not matter.
     */
    static String key(String header) {
        List<String> words = new ArrayList<>();
        for (String w : header.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || w.equals("s") || w.equals("and")) continue;
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.substring(0, w.length() - 1);
            words.add(w);
        }
        return String.join(" ", words);
    }

    private static Map<String, List<String>> words() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("ref", List.of("Ref", "Reference", "Ref no", "No", "Number", "Action no", "Action ref", "ID", "Item"));
        m.put("theme", List.of("Theme", "Priority", "Priority area", "Strategic priority", "Workstream", "Strand", "Outcome area",
                "Objective heading"));
        m.put("objectives", List.of("Aim", "Theme aims", "Aims and objectives", "Strategic aim", "Theme objectives"));
        m.put("title", List.of("Action", "Actions", "Action(s)", "Title", "Task", "Activity", "Key intervention", "Intervention",
                "What will be done", "Objective"));
        m.put("steps", List.of("Steps", "Action steps", "Key steps", "Key tasks", "How", "How will it be done", "Activities", "Detail"));
        m.put("leads", List.of("Lead", "Lead responsibility", "Responsibility", "Lead agency", "Lead partner", "Lead organisation",
                "Lead person/agency & partners", "Lead person", "Ownership", "Owner", "Accountable", "Responsible"));
        m.put("by", List.of("By whom", "Who", "Delivered by", "Partners", "Partners involved", "Supporting partners",
                "Who will do it"));
        m.put("resources", List.of("Resources", "Resources needed", "Resources required", "Resource implications", "Funding",
                "Cost", "Budget"));
        m.put("milestones", List.of("Milestones", "Timescale", "Time-scale", "Timescale plan", "Timeline", "Target date",
                "Target/Date", "Date", "Due date", "Deadline", "By when", "When", "Completion date"));
        m.put("outcomes", List.of("Outcomes", "Expected outcomes", "Intended outcomes", "Success criteria", "Outcome",
                "Performance measures"));
        m.put("measures", List.of("Measures", "Performance / outcome measures", "Measures of success",
                "Indicators", "KPI", "Targets", "Target", "How will we know"));
        m.put("confidence", List.of("Confidence", "Confidence level", "Level of confidence", "Delivery confidence",
                "1. Confidence level 2. Risks"));
        m.put("risks", List.of("Risks", "Risks and issues", "Barriers", "Issues"));
        m.put("progress", List.of("Progress", "Progress report", "Progress update", "Status", "RAG", "RAG status", "Update",
                "Latest update", "Comments", "Reported status", "Status note", "Last updated"));
        return m;
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new LinkedHashMap<>();
        // a field's own name is its header (the plan's CSV export writes them), but "Objective" is an action's title
        FIELDS.stream().filter(f -> !f.equals("objectives")).forEach(f -> m.put(key(f), f));
        WORDS.forEach((field, names) -> names.forEach(n -> m.putIfAbsent(key(n), field)));
        return Map.copyOf(m);
    }
}
