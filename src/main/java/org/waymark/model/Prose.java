package org.waymark.model;

/**
 * A free-text field of a service, written in Markdown, with where its text starts.
 *
 * @param markdown the text as written, or "" when the field is absent
 * @param line the line of the service file on which the text starts, for errors in its links
 */
public record Prose(String markdown, int line) {
    public static final Prose EMPTY = new Prose("", 0);

    public Prose {
        markdown = markdown == null ? "" : markdown;
    }

    public boolean isEmpty() {
        return markdown.isBlank();
    }
}
