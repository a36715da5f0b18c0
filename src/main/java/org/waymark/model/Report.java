package org.waymark.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One progress-report round of a plan, from reports/&lt;date&gt;.yml.
 *
 * @param summary Markdown, or ""
 * @param summaryLine the line of the file on which the summary's text starts
 * @param source the file, relative to the site root
 */
public record Report(LocalDate date, String title, String summary, int summaryLine, List<Update> updates, String source) {
    public Report {
        updates = List.copyOf(updates);
    }

    /** The title, or one made from the date when the report has none. */
    public String heading() {
        return title.isEmpty() ? "Progress report, " + Dates.day(date) : title;
    }
}
