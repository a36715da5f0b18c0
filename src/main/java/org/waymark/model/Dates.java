package org.waymark.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the plan pages show them ("30 June 2009", "June 2009"). */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private Dates() {}

    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    public static String month(YearMonth m) {
        return MONTH.format(m);
    }
}
