package org.waymark.model;

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

    /**
     * The words opening hours are written with in a language: {@code word("directory.hours.range", "{first} to {last}")}
     * gives the theme's pattern for that key, or the English one given.
     */
    @FunctionalInterface
    public interface Words {
        String word(String key, String english);
    }

    /** English, as the exports write it. */
    static final Words ENGLISH = (key, english) -> english;

    /** In plain words: "Monday to Friday, 9am to 5pm"; "Tuesday and Thursday, 10am to 2pm". */
    public String words() {
        return words(ENGLISH);
    }

    /** In plain words in the language of {@code w}. */
    public String words(Words w) {
        return w.word("directory.hours.line", "{days}, {opens} to {closes}").replace("{days}", dayWords(w))
                .replace("{opens}", time(opens, w)).replace("{closes}", time(closes, w));
    }

    /** The days as the week's runs: "Monday to Friday", "Tuesday and Thursday", "Every day". */
    public String dayWords() {
        return dayWords(ENGLISH);
    }

    private String dayWords(Words w) {
        if (days.size() == 7) return w.word("directory.hours.every_day", "Every day");
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) j++;
            if (j - i >= 2) {
                parts.add(w.word("directory.hours.range", "{first} to {last}").replace("{first}", name(days.get(i), w))
                        .replace("{last}", name(days.get(j), w)));
            } else {
                for (int k = i; k <= j; k++) parts.add(name(days.get(k), w));
            }
            i = j + 1;
        }
        if (parts.size() == 1) return parts.get(0);
        return w.word("directory.hours.list", "{list} and {last}")
                .replace("{list}", String.join(w.word("directory.hours.separator", ", "), parts.subList(0, parts.size() - 1)))
                .replace("{last}", parts.get(parts.size() - 1));
    }

    /** The days as an iCalendar BYDAY list: "MO,TU,WE,TH,FR". */
    public String byDay() {
        return days.stream().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
    }

    /** A time in words as GOV.UK writes it: "9am", "9:30am", "midday", "midnight", "5pm". */
    static String time(LocalTime t) {
        return time(t, ENGLISH);
    }

    private static String time(LocalTime t, Words w) {
        if (t.equals(LocalTime.MIDNIGHT)) return w.word("directory.hours.midnight", "midnight");
        if (t.equals(LocalTime.NOON)) return w.word("directory.hours.midday", "midday");
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", t.getMinute());
        return t.getHour() < 12 ? w.word("directory.hours.am", "{time}am").replace("{time}", h + minutes)
                : w.word("directory.hours.pm", "{time}pm").replace("{time}", h + minutes);
    }

    private static String name(DayOfWeek d, Words w) {
        String english = d.getDisplayName(TextStyle.FULL, Locale.UK);
        return w.word("directory.days." + english.toLowerCase(Locale.ROOT), english);
    }
}
