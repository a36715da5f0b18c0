package org.waymark.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How an action is doing. Five words may be written in a report ({@code not-started}, {@code green},
 * {@code amber}, {@code red}, {@code complete}); two are only ever derived: {@link #OVERDUE} (a milestone
 * is past its due date and not done) and {@link #NONE} (no report has given a status yet). The order of
 * the constants is the order in which counts are shown: the most urgent first.
 */
public enum Status {
    OVERDUE("overdue", "Overdue", false),
    RED("red", "Off track", true),
    AMBER("amber", "At risk", true),
    GREEN("green", "On track", true),
    NOT_STARTED("not-started", "Not started", true),
    COMPLETE("complete", "Complete", true),
    NONE("none", "No progress reported", false);

    private final String word;
    private final String label;
    private final boolean reportable;

    Status(String word, String label, boolean reportable) {
        this.word = word;
        this.label = label;
        this.reportable = reportable;
    }

    /** The word as written in a report and used in CSS classes and exports ("not-started"). */
    public String word() {
        return word;
    }

    /** The words a reader sees ("On track"). */
    public String label() {
        return label;
    }

    /** Whether an editor may write this status in a report. */
    public boolean reportable() {
        return reportable;
    }

    /** The label with the report word where it differs, for legends and table headers ("On track (green)"). */
    public String legend() {
        return switch (this) {
            case GREEN, AMBER, RED -> label + " (" + word + ")";
            default -> label;
        };
    }

    /** The words an editor may write in a report, in the order the contract lists them. */
    public static List<String> words() {
        return List.of(NOT_STARTED.word, GREEN.word, AMBER.word, RED.word, COMPLETE.word);
    }

    /** The reportable status written as {@code word}, if there is one. */
    public static Optional<Status> ofWord(String word) {
        return Arrays.stream(values()).filter(s -> s.reportable && s.word.equals(word)).findFirst();
    }
}
