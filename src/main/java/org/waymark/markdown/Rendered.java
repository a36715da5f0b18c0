package org.waymark.markdown;

import java.util.List;

/**
 * A page's Markdown as HTML, with what was recorded while rendering.
 *
 * @param links every link and image, internal and external, in document order
 */
public record Rendered(String html, List<Heading> headings, List<LinkRef> links) {
    public Rendered {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    public static final Rendered EMPTY = new Rendered("", List.of(), List.of());

    /** The headings a table of contents lists: levels 2 and 3. */
    public List<Heading> contents() {
        return headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
    }
}
