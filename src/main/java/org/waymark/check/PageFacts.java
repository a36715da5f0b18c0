package org.waymark.check;

import java.util.List;
import java.util.Set;
import org.waymark.diag.Pos;
import org.waymark.diag.Where;

/**
 * What the checks need to remember of one rendered page: its ids and its links, each with the place it
 * was written.
 *
 * @param output the page's file in the output folder ("strategy/index.html")
 */
public record PageFacts(String output, Set<String> ids, List<Ref> refs, Summary summary) {
    public PageFacts {
        ids = Set.copyOf(ids);
        refs = List.copyOf(refs);
    }

    public PageFacts(String output, Set<String> ids, List<Ref> refs) {
        this(output, ids, refs, new Summary("", "", "", ""));
    }

    /**
     * What the site search needs of a page, read while the page was checked.
     *
     * @param text the start of the main content's text
     */
    public record Summary(String title, String description, String lang, String text) {}

    /**
     * A link or resource reference on a page.
     *
     * @param attribute the attribute it came from (href, src, srcset)
     * @param file where it was written: a content file, or a template
     * @param where its line and column in {@code file} (none for a template), worked out when asked for
     */
    public record Ref(String url, String attribute, String file, Where where) {
        public Ref(String url, String attribute, String file, int line, int column) {
            // most links are the theme's, with no place of their own: one Pos for them all (a 100,000-page site has millions)
            this(url, attribute, file, line == 0 && column == 0 ? Pos.NONE : new Pos(line, column));
        }

        public int line() {
            return where.pos().line();
        }

        public int column() {
            return where.pos().column();
        }
    }
}
