package org.waymark.markdown;

import static org.waymark.html.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.HtmlRenderer;
import org.waymark.diag.Diagnostics;
import org.waymark.model.GlossaryTerm;
import org.waymark.phone.PhoneRules;

/**
 * The site's Markdown renderer: CommonMark with GFM tables, heading anchors, footnotes and autolinks.
 * Built once per build and shared between threads. While rendering it rewrites links to other pages'
 * source files ({@code foreword.md}) into their addresses, checks {@code tel:} links, marks the first
 * use of each glossary term with {@code <abbr>}, and records links and headings for the checks: each page's
 * walk is a {@link PageVisitor}, with {@link LinkTargets}, {@link GlossaryTerms} and {@link InlinePlaces}.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
    /** The autolink extension's own post-processor, run only on the texts that could hold an address. */
    static final PostProcessor AUTOLINKS = Autolinks.create();

    private final Parser parser;
    /** The same parser with the place of every inline node too, for finding a link again when it is reported. */
    private final Parser locating;
    private final HtmlRenderer renderer;
    /** The page each thread is rendering, for the renderer's attribute provider. */
    private final ThreadLocal<PageVisitor> rendering = new ThreadLocal<>();
    private final LinkTargets targets;
    private final GlossaryTerms glossary;

    /**
     * @param pathsBySource site path of each page by its source file ("content/a/b.md" → "/a/b/")
     * @param link turns a site path into a link (adds the base path)
     * @param phones the site's rules for phone numbers, which every {@code tel:} link is judged by
     */
    public Markdown(Map<String, String> pathsBySource, Function<String, String> link, List<GlossaryTerm> glossary,
            PhoneRules phones) {
        // the places of blocks (a heading's line) on every render; of links and images only when one is reported
        this.parser = Parser.builder().extensions(EXTENSIONS).postProcessor(AUTOLINKS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        this.locating = Parser.builder().extensions(EXTENSIONS).postProcessor(AUTOLINKS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS).attributeProviderFactory(context -> rendering.get()).build();
        this.targets = new LinkTargets(pathsBySource, link, phones);
        this.glossary = new GlossaryTerms(glossary);
    }

    /**
     * Renders {@code markdown} written in {@code file} from line {@code firstLine}. Problems (a link to
     * a page that does not exist, a {@code tel:} link that is not a UK number) go to {@code diags}.
     */
    public Rendered render(String markdown, String file, int firstLine, Diagnostics diags) {
        return render(markdown, () -> markdown, file, firstLine, diags);
    }

    /**
     * As {@link #render(String, String, int, Diagnostics)}, for a page's text that is not kept: {@code again} reads it
     * again if the place of a link must be reported later.
     */
    public Rendered render(String markdown, Supplier<String> again, String file, int firstLine, Diagnostics diags) {
        Node document = parser.parse(markdown);
        PageVisitor page = new PageVisitor(file, firstLine - 1, diags, new InlinePlaces(locating, markdown, again, firstLine - 1),
                targets, glossary);
        document.accept(page);
        if (!glossary.isEmpty()) page.markGlossaryTerms();
        String html;
        rendering.set(page);
        try {
            html = renderer.render(document);
        } finally {
            rendering.remove();
        }
        if (!page.tables.isEmpty()) html = wrapTables(html, page.tables);
        return new Rendered(html, page.headings, page.links, !page.raw, page.plainText());
    }

    /** Renders a short Markdown text from a data file (a description), without a table of contents. */
    public Rendered renderFragment(String markdown, String file, int firstLine, Diagnostics diags) {
        return render(markdown, file, firstLine, diags);
    }

    private static String wrapTables(String html, List<String> labels) {
        StringBuilder out = new StringBuilder(html.length() + labels.size() * 100);
        int from = 0;
        for (String label : labels) {
            int at = html.indexOf("<table>", from);
            int end = html.indexOf("</table>", at);
            if (at < 0 || end < 0) break;
            out.append(html, from, at)
                    .append("<div class=\"wm-table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"")
                    .append(escape(label)).append("\">")
                    .append(html, at, end + "</table>".length())
                    .append("</div>");
            from = end + "</table>".length();
        }
        out.append(html, from, html.length());
        return out.toString();
    }
}
