package org.waymark.markdown;

import org.waymark.diag.Pos;
import org.waymark.diag.Where;

/**
 * A link or image written in Markdown, as it appears in the output, with the place it was written.
 *
 * @param href the href or src as written to the HTML
 * @param image whether this is an image's src
 * @param where its line and column in {@code file}, worked out when asked for
 * @param name what a screen reader says for it: a link's text (with the alt text of images in it), an image's alt text
 */
public record LinkRef(String href, boolean image, String file, Where where, String name) {
    public LinkRef(String href, boolean image, String file, int line, int column, String name) {
        this(href, image, file, new Pos(line, column), name);
    }

    public LinkRef(String href, boolean image, String file, int line, int column) {
        this(href, image, file, line, column, "");
    }

    public int line() {
        return where.pos().line();
    }

    public int column() {
        return where.pos().column();
    }
}
