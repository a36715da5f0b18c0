package org.waymark.markdown;

/** A heading of a page, for its table of contents and for checks: its level, id, text and source line. */
public record Heading(int level, String id, String text, int line) {
    public Heading(int level, String id, String text) {
        this(level, id, text, 0);
    }
}
