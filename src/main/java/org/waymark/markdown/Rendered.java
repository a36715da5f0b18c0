package org.waymark.markdown;

import java.util.List;

/**
 * A page's Markdown as HTML, with what was recorded while rendering.
 *
 * @param links every link and image, internal and external, in document order
 * @param plain whether the HTML is made only of Markdown's own elements, so that the checks can read it
 *     from what was recorded here instead of parsing it: false when the page holds raw HTML or footnotes
 * @param text the page's text without markup, for the search index (at most about {@link #TEXT_LIMIT} characters)
 */
public record Rendered(String html, List<Heading> headings, List<LinkRef> links, boolean plain, String text) {
    /** How much of a page's text the search index keeps. */
    public static final int TEXT_LIMIT = 600;

    public Rendered {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    public Rendered(String html, List<Heading> headings, List<LinkRef> links) {
        this(html, headings, links, false, "");
    }

    public static final Rendered EMPTY = new Rendered("", List.of(), List.of());

    /** The headings a table of contents lists: levels 2 and 3. */
    public List<Heading> contents() {
        return headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
    }
}
