package org.waymark.plans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.model.Action;
import org.waymark.model.Lead;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.model.Report;
import org.waymark.model.Status;

/**
 * A plan's progress over time: how many actions showed each status at each report round, for the whole plan, a
 * theme or a lead. A round counts the plan as it stood on that round's date (the reports up to it, and the
 * milestones overdue by then), the same way the site judges the plan on its as-of date.
 */
final class Trend {
    /** The counts of one round: every status present (0 when none). */
    record Point(Report report, Map<Status, Integer> counts) {
        Point {
            counts = Map.copyOf(counts);
        }
    }

    /**
     * One row of the long-format table the exports carry.
     *
     * @param theme the theme's id, or "" for a count over the whole plan or a lead
     * @param partner the lead's id (its partners.yml id, or its name as an address part), or "" for a count over the
     *        whole plan or a theme
     */
    record Tally(Report report, String theme, String partner, Status status, int count) {}

    private final Plan plan;
    private final List<Report> reports;
    private final List<Progress> atRounds;

    Trend(Progress progress) {
        this.plan = progress.plan();
        this.reports = progress.rounds().stream().map(Progress.Round::report).toList();
        this.atRounds = reports.stream().map(r -> Progress.of(plan, r.date())).toList();
    }

    /** The counts of {@code actions} at each round, oldest first. */
    List<Point> of(Collection<Action> actions) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) out.add(new Point(reports.get(i), atRounds.get(i).counts(actions)));
        return out;
    }

    /** The statuses some action of the plan showed at some round, in the order counts are shown. */
    List<Status> columns() {
        Set<Status> seen = EnumSet.noneOf(Status.class);
        for (Point point : of(plan.actions().toList())) {
            point.counts().forEach((s, n) -> {
                if (n > 0) seen.add(s);
            });
        }
        return List.copyOf(seen);
    }

    /** Every count as a row: the plan, each theme and each lead, at each round, for each of {@link #columns()}. */
    List<Tally> tallies() {
        List<Status> columns = columns();
        List<Tally> out = new ArrayList<>();
        add(out, "", "", plan.actions().toList(), columns);
        for (PlanTheme t : plan.themes()) add(out, t.id(), "", t.actions(), columns);
        for (Map.Entry<Lead, List<Action>> e : Plans.leads(plan).entrySet()) add(out, "", e.getKey().slug(), e.getValue(), columns);
        return out;
    }

    private void add(List<Tally> out, String theme, String partner, List<Action> actions, List<Status> columns) {
        for (Point point : of(actions)) {
            for (Status s : columns) out.add(new Tally(point.report(), theme, partner, s, point.counts().get(s)));
        }
    }
}
