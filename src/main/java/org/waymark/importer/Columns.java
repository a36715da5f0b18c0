package org.waymark.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.diag.Suggest;

/**
 * Which column of the spreadsheet holds which field of the plan: header names matched case-insensitively
 * against the names partnerships use ("Lead responsibility", "Time-scale"), then the editor's own
 * {@code --map "Header=field"} on top. Package-private.
 */
final class Columns {
    /** The plan fields a column may fill, in the order the plan writes them. */
    static final List<String> FIELDS = List.of("ref", "theme", "title", "steps", "leads", "by", "resources", "milestones",
            "outcomes", "measures", "confidence", "risks");
    /** Map a column to this to leave it out without a warning. */
    static final String IGNORE = "ignore";
    /** Columns of progress (the plan's own CSV export has them): they belong in reports, not in the plan. */
    private static final Set<String> PROGRESS = Set.of("status", "reportedstatus", "statusnote", "lastupdated", "rag",
            "ragstatus", "progress", "progressupdate", "update", "latestupdate", "comments");

    private static final Map<String, String> ALIASES = aliases();

    /** A column whose field another column has already taken. */
    record Duplicate(String header, String field, String first) {}

    private final Map<String, Integer> byField;
    private final List<String> labels;
    private final List<String> unknown;
    private final List<String> progress;
    private final List<Duplicate> duplicates;

    private Columns(Map<String, Integer> byField, List<String> labels, List<String> unknown, List<String> progress,
            List<Duplicate> duplicates) {
        this.byField = Map.copyOf(byField);
        this.labels = List.copyOf(labels);
        this.unknown = List.copyOf(unknown);
        this.progress = List.copyOf(progress);
        this.duplicates = List.copyOf(duplicates);
    }

    /**
     * The columns of {@code header}.
     *
     * @param mapped the editor's {@code --map} entries, header name to field (already checked)
     */
    static Columns of(List<String> header, Map<String, String> mapped) {
        List<String> unknownOut = new ArrayList<>();
        List<String> progressOut = new ArrayList<>();
        List<Duplicate> duplicateOut = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        mapped.forEach((h, f) -> given.put(key(h), f));
        Map<String, Integer> byField = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) continue;
            String k = key(name);
            String field = given.containsKey(k) ? given.get(k) : ALIASES.get(k);
            if (field == null) {
                if (PROGRESS.contains(k)) progressOut.add(name);
                else unknownOut.add(name);
                continue;
            }
            if (field.equals(IGNORE)) continue;
            if (byField.containsKey(field)) {
                duplicateOut.add(new Duplicate(name, field, header.get(byField.get(field))));
                continue;
            }
            byField.put(field, i);
        }
        return new Columns(byField, header, unknownOut, progressOut, duplicateOut);
    }

    /** Headers that match no field: their columns are not imported. */
    List<String> unknown() {
        return unknown;
    }

    /** Headers of progress columns (status, RAG, last updated): progress goes in reports, not the plan. */
    List<String> progress() {
        return progress;
    }

    List<Duplicate> duplicates() {
        return duplicates;
    }

    Optional<Integer> column(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The header of the column that holds {@code field}, as the spreadsheet writes it. */
    String header(String field) {
        Integer i = byField.get(field);
        return i == null ? "" : labels.get(i);
    }

    /** The field a header would map to, by the defaults, if any. */
    static Optional<String> defaultField(String header) {
        return Optional.ofNullable(ALIASES.get(key(header)));
    }

    /**
     * The field an unknown column most likely holds: the field of the closest known header, else the first
     * field no column holds yet (the title first, as nothing can be imported without it).
     */
    String likelyField(String header) {
        Optional<String> close = Suggest.closest(key(header), ALIASES.keySet()).map(ALIASES::get);
        if (close.isPresent()) return close.get();
        if (!has("title")) return "title";
        return FIELDS.stream().filter(f -> !has(f)).findFirst().orElse("ignore");
    }

    /** "Time-scale " → "timescale": case, spaces and punctuation do not matter. */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "ref", "ref", "refs", "reference", "ref no", "ref number", "no", "no.", "number", "action no", "action number",
                "action ref", "id", "item");
        put(m, "title", "title", "action", "action title", "actions", "task", "what", "what will be done");
        put(m, "theme", "theme", "theme title", "objective", "objectives", "priority", "priorities", "strategic objective",
                "strategic priority", "priority area", "workstream", "strand", "outcome area");
        put(m, "steps", "steps", "action steps", "key steps", "tasks", "key tasks", "how", "how will it be done", "activities");
        put(m, "leads", "lead", "leads", "lead responsibility", "responsibility", "responsible", "lead agency", "lead agencies",
                "lead partner", "lead organisation", "owner", "owners", "accountable");
        put(m, "by", "by", "by whom", "who", "delivered by", "delivery", "who will do it", "partners involved");
        put(m, "resources", "resources", "resource", "resources needed", "resources required", "resource implications",
                "funding", "cost", "costs", "budget");
        put(m, "milestones", "milestones", "milestone", "timescale", "timescales", "time scale", "timescale plan", "timeline",
                "due", "due date", "deadline", "target date", "by when", "when", "date", "completion date");
        put(m, "outcomes", "outcome", "outcomes", "expected outcome", "expected outcomes", "performance measures",
                "performance measure", "success criteria", "intended outcomes");
        put(m, "measures", "measures", "measure", "measures of success", "indicators", "indicator", "kpi", "kpis",
                "targets", "target");
        put(m, "confidence", "confidence", "confidence level", "delivery confidence", "level of confidence");
        put(m, "risks", "risks", "risk", "risks and issues", "barriers", "issues");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String field, String... names) {
        for (String n : names) m.put(key(n), field);
    }
}
