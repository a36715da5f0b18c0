package org.waymark.export;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as CSV, one row per action, and its progress over time as CSV in long format, both with a header row
 * and a byte order mark so that spreadsheet programs read them as UTF-8 (plans are full of £ and –).
 */
public final class PlanCsv {
    /** Lists inside one CSV cell are one item per line, which spreadsheets show inside the cell. */
    private static final String IN_CELL = "\n";

    private PlanCsv() {}

    /**
     * One row of a plan's CSV: an action, its theme and its status.
     *
     * @param extra the plan's own fields (extra) of the action, by label, each written as a cell
     */
    @JsonPropertyOrder({"ref", "theme", "title", "steps", "leads", "by", "resources", "milestones", "outcomes", "measures",
            "confidence", "risks", "status", "reported_status", "status_note", "last_updated"})
    public record Row(String ref, String theme, String title, String steps, String leads, String by, String resources,
            String milestones, String outcomes, String measures, String confidence, String risks, String status,
            @JsonProperty("reported_status") String reportedStatus, @JsonProperty("status_note") String statusNote,
            @JsonProperty("last_updated") String lastUpdated, @JsonIgnore Map<String, String> extra) {
        public Row {
            extra = Map.copyOf(extra);
        }
    }

    /**
     * One row of the long-format table of progress over time: a report round, a scope and a status with the count
     * of actions. A row with neither theme nor partner counts the whole plan; with a theme, that theme's actions;
     * with a partner, the actions it leads.
     */
    @JsonPropertyOrder({"round", "theme", "partner", "status", "count"})
    public record TallyRow(String round, String theme, String partner, String status, int count) {}

    /** A list as one cell: an item per line. */
    public static String cell(List<String> items) {
        return String.join(IN_CELL, items);
    }

    /**
     * The rows, with Waymark's columns and then one column for each of the plan's own fields.
     *
     * @param extra the labels of the plan's own fields, in the order the plan first gives them
     */
    public static String actions(List<Row> rows, List<String> extra) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema.Builder columns = CsvSchema.builder();
        mapper.schemaFor(Row.class).forEach(c -> columns.addColumn(c.getName()));
        extra.forEach(columns::addColumn);
        List<Map<String, String>> out = rows.stream().map(row -> {
            Map<String, String> m = new LinkedHashMap<>();
            mapper.convertValue(row, Map.class).forEach((k, v) -> m.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
            m.putAll(row.extra());
            return m;
        }).toList();
        return write(mapper, columns.build(), out);
    }

    /** The plan's progress over time. */
    public static String progress(List<TallyRow> rows) {
        CsvMapper mapper = new CsvMapper();
        return write(mapper, mapper.schemaFor(TallyRow.class), rows);
    }

    private static String write(CsvMapper mapper, CsvSchema schema, List<?> rows) {
        try {
            return "\uFEFF" + mapper.writer(schema.withHeader().withLineSeparator("\r\n")).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
