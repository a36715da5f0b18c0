package org.waymark.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.waymark.model.Labels;

/**
 * A plan as JSON: its themes and actions with their status as of a date, every counted report and the progress
 * over time. A field without a value is left out, never null.
 */
public final class PlanJson {
    private PlanJson() {}

    /** The whole document; {@code start} and {@code end} are null for a plan without them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(String id, String title, String url, String start, String end, @JsonProperty("as_of") String asOf,
            LabelsJson labels, List<Theme> themes, List<Report> reports, List<PlanCsv.TallyRow> progress) {}

    /** The plan's column names, without which of them the plan names itself. */
    public record LabelsJson(String ref, String title, String steps, String leads, String by, String resources,
            String milestones, String outcomes, String measures, String confidence, String risks) {
        public static LabelsJson of(Labels l) {
            return new LabelsJson(l.ref(), l.title(), l.steps(), l.leads(), l.by(), l.resources(), l.milestones(), l.outcomes(),
                    l.measures(), l.confidence(), l.risks());
        }
    }

    public record Theme(String id, String title, List<String> objectives, List<Action> actions) {}

    /** @param id the partner's id, or null for a lead who is not a partner */
    public record Lead(@JsonInclude(JsonInclude.Include.NON_NULL) String id, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Milestone(String title, String due, String done, String state) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Update(String date, String status, String note, List<String> done) {}

    /** @param extra the plan's own fields, by label; null when the action has none */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String ref, String title, String url, List<String> steps, List<Lead> leads, List<String> by,
            List<String> resources, List<Milestone> milestones, List<String> outcomes, List<String> measures,
            List<String> confidence, List<String> risks, String status, @JsonProperty("reported_status") String reportedStatus,
            @JsonProperty("status_note") String statusNote, @JsonProperty("last_updated") String lastUpdated,
            List<Update> history, String number, Map<String, List<String>> extra) {}

    public record Report(String date, String title, String url, String summary) {}

    /** The document, indented, ending with a new line. */
    public static String write(Document document) {
        return JsonWriter.document(document);
    }
}
