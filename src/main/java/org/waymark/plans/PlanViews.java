package org.waymark.plans;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.Status;

/**
 * The values the plan templates see: plain records of text, links and flags, ready to print. Public only
 * because the template engine reads them by reflection.
 */
public final class PlanViews {
    private PlanViews() {}

    /**
     * A status as words with the CSS class that gives it a shape.
     *
     * @param css the modifier of {@code wm-status--…}
     * @param text what the reader sees ("Overdue (reported: on track)")
     */
    public record Badge(String css, String text) {
        static Badge of(Status s) {
            return new Badge(s.word(), s.label());
        }
    }

    /** A link with a short text under it. */
    public record Link(String label, String href, String note) {}

    /** Who leads an action; {@code href} is the lead's page in this plan. */
    public record LeadView(String name, String href) {}

    /**
     * A milestone as of the date.
     *
     * @param state "done", "overdue", "due" (not yet due) or "undated"
     * @param stateText the state in words ("Done 30 June 2009", "Overdue: due by September 2009")
     */
    public record MilestoneView(String title, String due, String state, String stateText) {}

    /**
     * One report's update of an action, in the action's history. (No boolean here is named "hasX" for a
     * field x: the template engine would read x as hasX.)
     *
     * @param statusGiven whether the update gave a status (a note alone keeps the status before it)
     */
    public record HistoryView(String date, String reportTitle, String href, boolean statusGiven, Badge status, String note,
            List<String> done) {
        public HistoryView {
            done = List.copyOf(done);
        }
    }

    /**
     * An action with everything a page or the print view shows of it.
     *
     * @param status the status shown (overdue wins over the report)
     * @param note the latest progress note, or ""
     * @param updated the date of the latest report that mentions it, or ""
     * @param next the next milestone not done (the earliest due; an undated one last) with its state, or ""
     */
    public record ActionView(String ref, String title, String href, String themeTitle, String themeHref, List<String> steps,
            List<LeadView> leads, List<String> by, List<String> resources, List<MilestoneView> milestones,
            List<String> outcomes, List<String> measures, List<String> confidence, List<String> risks, Badge status,
            boolean overdue, String note, String updated, List<HistoryView> history, String number,
            Map<String, List<String>> extra, String next) {
        public ActionView {
            extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
            steps = List.copyOf(steps);
            leads = List.copyOf(leads);
            by = List.copyOf(by);
            resources = List.copyOf(resources);
            milestones = List.copyOf(milestones);
            outcomes = List.copyOf(outcomes);
            measures = List.copyOf(measures);
            confidence = List.copyOf(confidence);
            risks = List.copyOf(risks);
            history = List.copyOf(history);
        }
    }

    /** Which optional columns a table of actions needs: those that at least one of its actions fills. */
    public record Columns(boolean steps, boolean leads, boolean by, boolean resources, boolean milestones, boolean outcomes,
            boolean measures, boolean confidence, boolean risks, List<String> extra) {
        public Columns {
            extra = List.copyOf(extra);
        }

        static Columns of(List<ActionView> actions) {
            return new Columns(
                    actions.stream().anyMatch(a -> !a.steps().isEmpty()),
                    actions.stream().anyMatch(a -> !a.leads().isEmpty()),
                    actions.stream().anyMatch(a -> !a.by().isEmpty()),
                    actions.stream().anyMatch(a -> !a.resources().isEmpty()),
                    actions.stream().anyMatch(a -> !a.milestones().isEmpty()),
                    actions.stream().anyMatch(a -> !a.outcomes().isEmpty()),
                    actions.stream().anyMatch(a -> !a.measures().isEmpty()),
                    actions.stream().anyMatch(a -> !a.confidence().isEmpty()),
                    actions.stream().anyMatch(a -> !a.risks().isEmpty()),
                    actions.stream().flatMap(a -> a.extra().keySet().stream()).distinct().toList());
        }
    }

    /** A theme with its actions. */
    public record ThemeView(String id, String title, String href, List<String> objectives, List<ActionView> actions,
            Columns columns) {
        public ThemeView {
            objectives = List.copyOf(objectives);
            actions = List.copyOf(actions);
        }
    }

    /** A row of the counts table: a theme (or the whole plan) and how many of its actions show each status. */
    public record CountRow(String label, String href, List<Integer> counts, int total) {
        public CountRow {
            counts = List.copyOf(counts);
        }
    }

    /**
     * One bar of the status chart.
     *
     * @param percent the bar's length as a percentage of the whole plan ("37.5")
     */
    public record Bar(int index, String css, String label, int count, String percent) {}

    /** The status chart: its accessible title and description, and its bars. */
    public record Chart(String id, String title, String desc, List<Bar> bars) {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * The plan as every plan page sees it.
     *
     * @param asOf the date status is judged on, as words
     */
    public record PlanView(String id, String title, String href, String period, String asOf, String printHref,
            String csvHref, String jsonHref, String feedHref, int actions, String progressCsvHref) {}

    /** A report round as a link with its date. */
    public record RoundLink(String title, String date, String href) {}

    /** A status change in a report round. */
    public record ChangeView(String ref, String title, String href, Badge from, Badge to) {}

    /** A milestone done in a report round, or a new note: the action it belongs to and the text. */
    public record ItemView(String ref, String title, String href, String text) {}

    /**
     * A plan on the plans index.
     *
     * @param reported whether the plan has a progress report (then {@code latest} is the newest)
     */
    public record PlanCard(PlanView plan, List<Count> counts, boolean reported, RoundLink latest) {
        public PlanCard {
            counts = List.copyOf(counts);
        }
    }

    /**
     * One status's part of a round's bar in a chart of progress over time.
     *
     * @param x where it starts, as a percentage of the bar ("37.5")
     * @param width its length, as a percentage of the bar
     */
    public record Segment(String css, int count, String x, String width) {}

    /**
     * One report round in a chart and table of progress over time.
     *
     * @param counts how many actions showed each of the trend's columns
     * @param y the top of the round's row in the chart, in pixels
     */
    public record TrendRound(String date, String title, String href, List<Integer> counts, int total, List<Segment> segments,
            int y) {
        public TrendRound {
            counts = List.copyOf(counts);
            segments = List.copyOf(segments);
        }
    }

    /**
     * Progress over time for the plan, a theme or a lead: the chart's accessible title and description, its legend
     * and rounds, drawn at build time (the chart's height in pixels).
     */
    public record TrendView(String id, String title, String desc, String caption, List<Badge> columns, List<TrendRound> rounds,
            int height) {
        public TrendView {
            columns = List.copyOf(columns);
            rounds = List.copyOf(rounds);
        }
    }

    /** A status and how many actions show it. */
    public record Count(Badge status, int count) {}
}
