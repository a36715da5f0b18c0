package org.waymark.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status words plans write in a progress cell or before a ref ("Amber 3.1.1"): Red, Amber, Green,
 * Complete(d), Not started, in any case, turned into the status words of a report. Package-private.
 */
final class StatusWords {
    private static final Pattern RAG = Pattern.compile("(?i)\\b(red|amber|green)\\b");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^\\s*(red|amber|green|complete|completed|not[ -]started)\\b[\\s:.–-]*(.*)$", Pattern.DOTALL);
    private static final Pattern WHOLE = Pattern.compile("(?i)^\\s*(complete|completed|done|not[ -]started)\\s*\\.?\\s*$");

    private StatusWords() {}

    /** The status of a progress cell: a word at its start, else the last of red, amber or green in it. */
    static Optional<String> of(String text) {
        Matcher lead = LEADING.matcher(text);
        if (lead.matches()) return Optional.of(word(lead.group(1)));
        Matcher whole = WHOLE.matcher(text);
        if (whole.matches()) return Optional.of(word(whole.group(1)));
        Matcher rag = RAG.matcher(text);
        String last = null;
        while (rag.find()) last = rag.group(1);
        return Optional.ofNullable(last).map(StatusWords::word);
    }

    /** A status word leading a ref cell, and the rest of the cell: "Amber 3.1.1" → amber, "3.1.1". */
    record Leading(Optional<String> status, String rest) {}

    static Leading leading(String cell) {
        Matcher m = LEADING.matcher(cell);
        if (m.matches() && !m.group(2).isBlank()) return new Leading(Optional.of(word(m.group(1))), m.group(2).strip());
        return new Leading(Optional.empty(), cell);
    }

    private static String word(String w) {
        String l = w.toLowerCase(Locale.ROOT).replace(' ', '-');
        return switch (l) {
            case "completed", "done" -> "complete";
            default -> l;
        };
    }
}
