package org.waymark.model;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An action plan from content/plans/&lt;id&gt;/plan.yml, with its report rounds oldest first.
 *
 * @param id the folder name, which is also the plan's address part
 * @param source plan.yml, relative to the site root
 * @param description Markdown, or ""
 * @param descriptionLine the line of plan.yml on which the description's text starts
 */
public record Plan(String id, String source, String title, Optional<YearMonth> start, Optional<YearMonth> end,
        String description, int descriptionLine, Labels labels, List<PlanTheme> themes, List<Report> reports) {
    public Plan {
        themes = List.copyOf(themes);
        reports = reports.stream().sorted(Comparator.comparing(Report::date)).toList();
    }

    public Stream<Action> actions() {
        return themes.stream().flatMap(t -> t.actions().stream());
    }

    /** "April 2009 to March 2010", or "" when the plan gives no period. */
    public String period() {
        if (start.isEmpty() && end.isEmpty()) return "";
        if (end.isEmpty()) return "From " + Dates.month(start.get());
        if (start.isEmpty()) return "Until " + Dates.month(end.get());
        return Dates.month(start.get()) + " to " + Dates.month(end.get());
    }

    public Optional<Report> latestReport() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }
}
