package org.waymark.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.markdown.Heading;
import org.waymark.markdown.LinkRef;

/** Finds the place an element was written: its Markdown or data file and line, or the template. */
final class ElementPlace {
    /** The elements that hold a page's own text: its Markdown, or a data file's. */
    static final Evaluator PROSE = QueryParser.parse(".wm-prose, [data-source]");
    private static final Evaluator LINK_OR_IMAGE = QueryParser.parse("a[href], img[src]");

    private final String template;
    private final String source;
    private final Path root;
    private final Map<String, LinkRef> byHref = new HashMap<>();
    /** The source file's text, read the first time an element written in it as HTML is looked for. */
    private String sourceText;

    private final Map<String, Integer> headingLines = new HashMap<>();

    ElementPlace(String template, String source, List<LinkRef> links, List<Heading> headings, Path root) {
        this.template = "themes: " + template + ".peb";
        this.source = source;
        this.root = root;
        for (LinkRef l : links) byHref.putIfAbsent(l.href(), l);
        for (Heading h : headings) if (h.line() > 0) headingLines.putIfAbsent(h.id(), h.line());
    }

    /** Whether a link with this address was written in the page's Markdown (and so checked as it was rendered). */
    boolean fromMarkdown(String href) {
        return byHref.containsKey(href);
    }

    /** A link or file of element {@code e}: at the place it was written, found when a problem with it is reported. */
    PageFacts.Ref ref(String url, String attribute, Element e) {
        LinkRef l = byHref.get(url);
        if (l != null) return new PageFacts.Ref(url, attribute, l.file(), l.where());
        if (e.closest(PROSE) == null) return new PageFacts.Ref(url, attribute, template + " (page from " + source + ")", 0, 0);
        // written as HTML in the content: its tag, kept without the page, is looked for in the source file if need be
        WrittenTag tag = WrittenTag.of(e);
        return new PageFacts.Ref(url, attribute, source, () -> written(tag));
    }

    void error(Diagnostics diags, Element e, String rule, String message, String hint) {
        Integer line = e.id().isEmpty() ? null : headingLines.get(e.id());
        if (line != null) {
            diags.error(source, new Pos(line, 1), rule, message, hint);
            return;
        }
        LinkRef l = find(e);
        if (l != null) diags.error(l.file(), new Pos(l.line(), l.column()), rule, message, hint);
        else diags.error(elementSource(e), elementPos(e), rule, message, hint);
    }

    void warning(Diagnostics diags, Element e, String rule, String message, String hint) {
        LinkRef l = find(e);
        if (l != null) diags.warning(l.file(), new Pos(l.line(), l.column()), rule, message, hint);
        else diags.warning(elementSource(e), elementPos(e), rule, message, hint);
    }

    /** Where an element of the content that is not a Markdown link or image was written as HTML, or nowhere known. */
    private Pos elementPos(Element e) {
        return e.closest(PROSE) == null ? Pos.NONE : written(WrittenTag.of(e));
    }

    /** The place of the first start tag in the source file that reads as {@code tag}, or {@link Pos#NONE}. */
    private synchronized Pos written(WrittenTag tag) {
        if (root == null) return Pos.NONE;
        if (sourceText == null) {
            try {
                sourceText = Files.readString(root.resolve(source));
            } catch (IOException | RuntimeException e) {
                sourceText = "";
            }
        }
        return tag.find(sourceText);
    }

    /** Reports problems of element {@code e} at its place. */
    LinkRules.Report reportAt(Element e, Diagnostics diags) {
        return new LinkRules.Report() {
            @Override
            public void error(String rule, String message, String hint) {
                ElementPlace.this.error(diags, e, rule, message, hint);
            }

            @Override
            public void warning(String rule, String message, String hint) {
                ElementPlace.this.warning(diags, e, rule, message, hint);
            }

            @Override
            public void ofTemplate(boolean error, String rule, String message, String hint) {
                if (error) diags.error(template, Pos.NONE, rule, message, hint);
                else diags.warning(template, Pos.NONE, rule, message, hint);
            }
        };
    }

    void templateError(Diagnostics diags, String rule, String message, String hint) {
        diags.error(template, Pos.NONE, rule, message, hint);
    }

    private String elementSource(Element e) {
        return e.closest(PROSE) != null ? source : template + " (page from " + source + ")";
    }

    private LinkRef find(Element e) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (url.isEmpty()) {
            Element a = e.selectFirst(LINK_OR_IMAGE);
            if (a != null) url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
        }
        return url.isEmpty() ? null : byHref.get(url);
    }
}
