package org.waymark.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The days a service is open and the hours it is open on each of them.
 *
 * @param days the days, in week order, without repeats
 * @param closes after {@code opens}
 */
public record OpeningHours(List<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    public OpeningHours {
        days = List.copyOf(new TreeSet<>(days));
        if (days.isEmpty() || !closes.isAfter(opens)) throw new IllegalArgumentException("days and opens < closes are required");
    }

    /** In plain words: "Monday to Friday, 9am to 5pm"; "Tuesday and Thursday, 10am to 2pm". */
    public String words() {
        return dayWords() + ", " + time(opens) + " to " + time(closes);
    }

    /** The days as the week's runs: "Monday to Friday", "Tuesday and Thursday", "Every day". */
    public String dayWords() {
        if (days.size() == 7) return "Every day";
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) j++;
            if (j - i >= 2) {
                parts.add(name(days.get(i)) + " to " + name(days.get(j)));
            } else {
                for (int k = i; k <= j; k++) parts.add(name(days.get(k)));
            }
            i = j + 1;
        }
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The days as an iCalendar BYDAY list: "MO,TU,WE,TH,FR". */
    public String byDay() {
        return days.stream().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
    }

    /** A time in words as GOV.UK writes it: "9am", "9:30am", "midday", "midnight", "5pm". */
    static String time(LocalTime t) {
        if (t.equals(LocalTime.MIDNIGHT)) return "midnight";
        if (t.equals(LocalTime.NOON)) return "midday";
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", t.getMinute());
        return h + minutes + (t.getHour() < 12 ? "am" : "pm");
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
