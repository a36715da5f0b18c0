package org.waymark.check;

import java.util.List;
import java.util.Set;

/**
 * What the checks need to remember of one rendered page: its ids and its links, each with the place it
 * was written.
 *
 * @param output the page's file in the output folder ("strategy/index.html")
 */
public record PageFacts(String output, Set<String> ids, List<Ref> refs) {
    public PageFacts {
        ids = Set.copyOf(ids);
        refs = List.copyOf(refs);
    }

    /**
     * A link or resource reference on a page.
     *
     * @param attribute the attribute it came from (href, src, srcset)
     * @param file where it was written: a content file, or a template
     */
    public record Ref(String url, String attribute, String file, int line, int column) {}
}
