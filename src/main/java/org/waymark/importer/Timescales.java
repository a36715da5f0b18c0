package org.waymark.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Milestones as spreadsheets write them: "July 2009", "1st July 2009", "2009-07", "31/03/2010", "Ongoing",
 * "Review done by March 2010", and the plan export's own "Review done (due 2010-03; done 2010-02-12)".
 * Package-private.
 */
final class Timescales {
    /** A milestone read from one line of a cell. */
    record Milestone(String title, Optional<String> due) {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8),
            Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern ISO_MONTH = Pattern.compile("\\b(\\d{4})-(\\d{1,2})\\b(?!-\\d)");
    private static final Pattern UK_DAY = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");
    private static final Pattern SLASH_MONTH = Pattern.compile("(?<![/\\d])(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4}|'?\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    /** A month with a number after it that is not a year: "Oct 208". */
    private static final Pattern MONTH_NUMBER = Pattern.compile("\\b" + MONTH + ",?\\s+\\d+\\b", Pattern.CASE_INSENSITIVE);
    /** The plan export's "(due 2009-09; done 2009-10-01; overdue)" after a milestone's title. */
    private static final Pattern EXPORT = Pattern.compile("^(.*\\S)\\s+\\(((?:due|done) [^()]*|overdue)\\)$");

    private Timescales() {}

    /** The milestone written on one line of a cell; its due date is the last date in the line (the end of a range). */
    static Milestone milestone(String line) {
        String text = line.strip();
        Matcher export = EXPORT.matcher(text);
        if (export.matches()) {
            Optional<String> due = Optional.empty();
            boolean ours = true;
            for (String part : export.group(2).split(";\\s*")) {
                // only the export's own words: "(due to funding)" is part of a title
                if (part.matches("due \\d{4}-\\d{2}(-\\d{2})?")) due = due(part.substring(4));
                else if (!part.matches("done \\d{4}-\\d{2}-\\d{2}") && !part.equals("overdue")) ours = false;
            }
            if (ours) return new Milestone(export.group(1), due);
        }
        return new Milestone(text, due(text));
    }

    /** The last date or month written in {@code text}, as a plan writes it ("2009-07" or "2010-03-31"). */
    static Optional<String> due(String text) {
        Found best = null;
        best = last(best, ISO_DAY, text, m -> day(m.group(1), m.group(2), m.group(3)));
        best = last(best, ISO_MONTH, text, m -> month(m.group(1), m.group(2)));
        best = last(best, UK_DAY, text, m -> day(year(m.group(3)), m.group(2), m.group(1)));
        best = last(best, SLASH_MONTH, text, m -> month(m.group(2), m.group(1)));
        best = last(best, DAY_MONTH_YEAR, text, m -> day(m.group(3), monthNumber(m.group(2)), m.group(1)));
        best = last(best, MONTH_DAY_YEAR, text, m -> day(m.group(3), monthNumber(m.group(1)), m.group(2)));
        best = last(best, MONTH_YEAR, text, m -> month(year(m.group(2).replace("'", "")), monthNumber(m.group(1))));
        return best == null ? Optional.empty() : Optional.of(best.due());
    }

    /** Whether {@code text} seems to hold a date: a month name and a number after it. */
    static boolean looksLikeDate(String text) {
        return MONTH_NUMBER.matcher(text).find();
    }

    private record Found(int end, int length, String due) {}

    private interface Reading {
        Optional<String> read(Matcher m);
    }

    /** The match that ends last in the text; of two that end together, the longer ("1st July 2009" over "July 2009"). */
    private static Found last(Found best, Pattern p, String text, Reading reading) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Optional<String> due = reading.read(m);
            if (due.isEmpty()) continue;
            Found f = new Found(m.end(), m.end() - m.start(), due.get());
            if (best == null || f.end() > best.end() || f.end() == best.end() && f.length() > best.length()) best = f;
        }
        return best;
    }

    private static Optional<String> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> month(String year, String month) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2999) return Optional.empty();
            return Optional.of(YearMonth.of(y, Integer.parseInt(month)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String monthNumber(String name) {
        Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return n == null ? "0" : n.toString();
    }

    /** "10" → "2010": two-digit years are this century. */
    private static String year(String y) {
        return y.length() == 2 ? "20" + y : y;
    }
}
