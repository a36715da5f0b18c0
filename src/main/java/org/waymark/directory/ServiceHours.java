package org.waymark.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.waymark.diag.Pos;
import org.waymark.model.OpeningHours;
import org.waymark.yaml.Fields;

/** A service's opening hours: days of the week, and the times it opens and closes on the 24-hour clock. */
final class ServiceHours {
    private static final Map<String, DayOfWeek> DAYS = days();
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private ServiceHours() {}

    /** The {@code opening_hours:} list; hours with an error are left out (and reported). */
    static List<OpeningHours> read(Fields f) {
        List<OpeningHours> out = new ArrayList<>();
        for (Fields h : f.objects("opening_hours", "opening hours")) {
            h.allow("days", "opens", "closes");
            List<String> written = h.strings("days");
            List<Pos> at = h.itemPositions("days");
            List<DayOfWeek> days = new ArrayList<>();
            if (written.isEmpty()) {
                h.error(h.pos(), "required", "These opening hours have no `days`.", "add `days: [mon, tue, wed, thu, fri]`");
            }
            for (int i = 0; i < written.size(); i++) {
                String d = written.get(i).trim().toLowerCase(Locale.ROOT);
                if (h.oneOf("days", i < at.size() ? at.get(i) : h.pos("days"), d, DAYS.keySet(), "days of the week (mon, tue, wed, thu, fri, sat, sun)")) {
                    days.add(DAYS.get(d));
                }
            }
            Optional<LocalTime> opens = time(h, "opens");
            Optional<LocalTime> closes = time(h, "closes");
            if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
                h.error(h.pos("closes"), "hours", "The service closes (" + h.string("closes", "") + ") before it opens ("
                        + h.string("opens", "") + ").", "write times on the 24-hour clock, such as opens: \"09:00\", closes: \"17:00\"");
                continue;
            }
            if (!days.isEmpty() && opens.isPresent() && closes.isPresent()) out.add(new OpeningHours(days, opens.get(), closes.get()));
        }
        return out;
    }

    private static Optional<LocalTime> time(Fields h, String key) {
        Optional<String> written = h.required(key);
        if (written.isEmpty()) return Optional.empty();
        String t = written.get().trim();
        if (!TIME.matcher(t).matches()) {
            h.error(h.pos(key), "hours", "`" + key + ": " + t + "` is not a time.",
                    "write the time on the 24-hour clock in quotes, such as " + key + ": \"09:30\"");
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(t));
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> m = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) m.put(d.name().substring(0, 3).toLowerCase(Locale.ROOT), d);
        return Collections.unmodifiableMap(m);
    }
}
