package org.waymark.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.markdown.Heading;
import org.waymark.markdown.LinkRef;
import org.waymark.phone.PhoneRules;

/**
 * Checks one rendered HTML page: nothing loads from another origin, no inline script, every {@code tel:}
 * link is a UK number, and the accessibility rules that can be read from the HTML, each named with the
 * WCAG 2.2 success criterion it serves. Problems are reported against the Markdown or data file and line
 * where the element came from, or else against the template. One walk ({@link PageScan}) applies the rules
 * element by element, {@link LinkRules} those of each link and loaded file, and {@link PageOutline} those of
 * the page's structure; {@link ElementPlace} finds where an element was written. Stateless; shared between threads.
 */
public final class HtmlCheck {
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description]");

    /** The site folder, to find the line of an element written as HTML in a content file; null: not looked for. */
    private final Path root;
    /** The rules read from one link or loaded file, which {@link FrameCheck} applies too. */
    private final LinkRules rules;

    /**
     * @param root the site's folder, so that an element written as HTML in a content file is reported at its line
     *     there (null: without a line)
     * @param phones the site's rules for phone numbers
     * @param judgedTels the {@code tel:} links of the numbers in data files (helplines, services, the site's contact
     *     number), which were judged and reported where they were written and are not reported again on every page
     */
    public HtmlCheck(SiteConfig config, Path root, PhoneRules phones, Set<String> judgedTels) {
        this.root = root;
        this.rules = new LinkRules(config, phones, judgedTels);
    }

    /** The rules read from one link or loaded file alone. */
    LinkRules rules() {
        return rules;
    }

    /**
     * Checks {@code html} and returns its ids and links for the link check.
     *
     * @param template the template that rendered the page ("page"), for problems no content file explains
     * @param links the links recorded while rendering the page's Markdown and data
     */
    public PageFacts check(String output, String html, String template, String source, List<LinkRef> links, Diagnostics diags) {
        return check(output, html, template, source, links, List.of(), diags);
    }

    /** As {@link #check(String, String, String, String, List, Diagnostics)}, naming the source line of Markdown headings. */
    public PageFacts check(String output, String html, String template, String source, List<LinkRef> links,
            List<Heading> headings, Diagnostics diags) {
        Document doc = Jsoup.parse(html);
        ElementPlace place = new ElementPlace(template, source, links, headings, root);
        PageScan scan = new PageScan(rules, output, place, diags, false);
        NodeTraversor.traverse(scan, doc);
        scan.outline.finish(doc);
        return new PageFacts(output, scan.ids, scan.refs, summary(doc));
    }

    /** The element that stands for a page's Markdown in the frame {@link FrameCheck} parses. */
    static final String CONTENT_PLACEHOLDER = "wm-content-placeholder";

    /**
     * The first focusable element before the page's Markdown in a frame: a skip link, something else, or
     * nothing (then the Markdown's first link decides).
     */
    enum Focus { SKIP_LINK, OTHER, NONE }

    /**
     * Checks a page's frame: {@code html} with the placeholder element where the Markdown goes. Applies
     * every rule that the frame alone decides and reports its problems; links, headings and ids are left
     * to the caller, which reads them from the page itself. Returns what comes first that can take focus.
     */
    Focus frame(String output, String html, String template, String source, Diagnostics diags) {
        Document doc = Jsoup.parse(html);
        ElementPlace place = new ElementPlace(template, source, List.of(), List.of(), root);
        PageScan scan = new PageScan(rules, output, place, diags, true);
        NodeTraversor.traverse(scan, doc);
        scan.outline.finish(doc);
        Element first = scan.outline.focusBeforeContent();
        return first == null ? Focus.NONE : first.attr("href").startsWith("#") ? Focus.SKIP_LINK : Focus.OTHER;
    }

    /** The search summary: the h1, the description, the language and the start of the main text. */
    private static PageFacts.Summary summary(Document doc) {
        Element h1 = doc.selectFirst(H1);
        Element main = doc.selectFirst(MAIN);
        Element description = doc.selectFirst(DESCRIPTION);
        Element html = doc.firstElementChild();
        String text = "";
        if (main != null) {
            text = main.text();
            if (text.length() > SEARCH_TEXT) {
                int cut = text.lastIndexOf(' ', SEARCH_TEXT);
                text = text.substring(0, cut > 0 ? cut : SEARCH_TEXT);
            }
        }
        return new PageFacts.Summary(h1 == null ? "" : h1.text(), description == null ? "" : description.attr("content"),
                html == null ? "" : html.attr("lang"), text);
    }

    /** How much of a page's text the search index keeps. */
    static final int SEARCH_TEXT = 600;
}
