package org.waymark.diag;

import java.util.Comparator;

/**
 * One problem in the site: where it is, which rule found it, what is wrong in one sentence and
 * what to do about it.
 *
 * @param file the source file, relative to the site root with forward slashes ("content/index.md"),
 *     or a template name; never null
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param rule a short stable name for the rule ("yaml", "unknown-key", "link", "wcag-1.1.1")
 * @param hint what to do, or an empty string
 */
public record Diagnostic(
        Severity severity, String file, int line, int column, String rule, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::severity)
            .thenComparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (severity == null || file == null || rule == null || message == null) {
            throw new IllegalArgumentException("severity, file, rule and message are required");
        }
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String file, Pos pos, String rule, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, pos.line(), pos.column(), rule, message, hint);
    }

    public static Diagnostic warning(String file, Pos pos, String rule, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, pos.line(), pos.column(), rule, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "content/index.md:3:7" or "content/index.md" when the line is unknown. */
    public String place() {
        if (line <= 0) return file;
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }

    /** One line for a terminal or a log: {@code content/a.md:3:1: error: ... (rule) hint}. */
    public String format() {
        StringBuilder out = new StringBuilder()
                .append(place()).append(": ").append(severity.label()).append(": ").append(message)
                .append(" [").append(rule).append(']');
        if (!hint.isEmpty()) out.append("\n    hint: ").append(hint);
        return out.toString();
    }
}
