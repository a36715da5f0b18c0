package org.waymark.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.waymark.yaml.Fields;

/**
 * When a milestone is due: a whole month ({@code 2009-09}, due by the end of it) or a day
 * ({@code 2009-09-01}).
 *
 * @param date the last day on which the milestone is on time
 * @param month whether the plan gave only a month
 */
public record Due(LocalDate date, boolean month) {
    /** The due date written as {@code 2009-09} or {@code 2009-09-30}, or empty when it is neither. */
    public static Optional<Due> parse(String text) {
        Optional<YearMonth> m = Fields.parseMonth(text);
        if (m.isPresent()) return Optional.of(new Due(m.get().atEndOfMonth(), true));
        return Fields.parseDate(text).map(d -> new Due(d, false));
    }

    /** As a reader sees it: "September 2009" or "1 September 2009". */
    public String text() {
        return month ? Dates.month(YearMonth.from(date)) : Dates.day(date);
    }

    /** As written in exports: "2009-09" or "2009-09-01". */
    public String iso() {
        return month ? YearMonth.from(date).toString() : date.toString();
    }
}
