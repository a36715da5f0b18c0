package org.waymark.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.markdown.Heading;
import org.waymark.markdown.LinkRef;
import org.waymark.markdown.Rendered;

/**
 * Checks a Markdown page with the same rules as {@link HtmlCheck} without parsing the page. A page is its
 * template's HTML (the frame) around its Markdown. The Markdown was recorded while it was rendered: its
 * links with their text, its images, its headings and their ids. The frame is read by one quick scan of
 * its tags, which collects its links, headings and ids and reduces the rest to its <em>shape</em>: the tags
 * and attributes, with text reduced to "there is some" and addresses to their kind. Pages whose frames have
 * the same shape break the same frame rules, so each shape is parsed and checked once, with the Markdown
 * replaced by a placeholder; ten thousand pages of one template are a few dozen shapes.
 *
 * <p>A page whose Markdown holds raw HTML or footnotes, or whose frame the scan cannot read with certainty,
 * is not checked here: {@link #check} returns nothing and the caller parses the whole page.
 *
 * <p>The frame is read line by line by {@link FrameLines}, each line's tags by {@link FrameTags} into a
 * {@link FramePage}; the rules of each link are {@link HtmlCheck}'s ({@link LinkRules}).
 *
 * <p>Shared between the threads of one build; its memory of shapes lasts as long as it does.
 */
public final class FrameCheck {
    private static final String PLACEHOLDER = "<" + HtmlCheck.CONTENT_PLACEHOLDER + "></" + HtmlCheck.CONTENT_PLACEHOLDER + ">";

    private final HtmlCheck check;
    /** The line-by-line reading of frames, with what it remembers of the lines and kept blocks read before. */
    private final FrameLines lines = new FrameLines();
    /** The check of each frame shape, by the shape in pieces (pieces that join up the same are the same shape). */
    private final Map<List<String>, HtmlCheck.Focus> frames = new ConcurrentHashMap<>();
    /**
     * Each address the pages link to, once: the link check keeps every page's links to the end of the build, and most
     * are the theme's, the same text on every page (a 100,000-page site has millions of them).
     */
    private final Map<String, String> addresses = new ConcurrentHashMap<>();

    public FrameCheck(HtmlCheck check) {
        this.check = check;
    }

    /** How many frame shapes were parsed: for tests and the benchmark. */
    public int shapes() {
        return frames.size();
    }

    /**
     * Checks a page rendered from Markdown and returns what the link check and the search need of it, or
     * nothing when the page must be parsed (then nothing was reported).
     */
    public Optional<PageFacts> check(String output, String html, String template, String source, Rendered content, Diagnostics diags) {
        return check(output, html, -1, List.of(), template, source, content, diags);
    }

    /**
     * A block of a page that the theme rendered once and kept (its cache tag: the header, the navigation, the
     * footer), written at {@code at}: the very string written on every page that shows it, read once.
     */
    public record Block(int at, String text) {}

    /**
     * As {@link #check(String, String, String, String, Rendered, Diagnostics)}, for a page where the template wrote
     * the Markdown's HTML at {@code contentAt} (-1: not known, then the page is searched for it) and the kept
     * {@code blocks} where they say, in the order written.
     */
    public Optional<PageFacts> check(String output, String html, int contentAt, List<Block> blocks, String template, String source,
            Rendered content, Diagnostics diags) {
        String body = content.html();
        if (!content.plain() || body.isEmpty()) return Optional.empty();
        int at = contentAt;
        if (at < 0) {
            at = html.indexOf(body);
            if (at < 0 || html.indexOf(body, at + 1) >= 0) return Optional.empty();
        }
        int start = at;
        int after = at + body.length();
        FramePage page = new FramePage(content.links());
        // the shape in pieces, most of them the shapes of lines read before, which compare and hash without reading them again
        List<String> shape = new ArrayList<>(256);
        shape.add(template);
        FrameLines.Part[] parts = lines.lastParts(template);
        if (!lines.scan(html, 0, at, blocks, page, shape, parts, 0) || page.open()) return Optional.empty();
        shape.add(PLACEHOLDER);
        page.contentAt = page.headings.size();
        if (!lines.scan(html, after, html.length(), blocks, page, shape, parts, 1) || page.open()) return Optional.empty();

        HtmlCheck.Focus focus = frames.computeIfAbsent(shape,
                k -> check.frame(output, html.substring(0, start) + PLACEHOLDER + html.substring(after), template, source, diags));
        String templatePlace = "themes: " + template + ".peb";
        String elsewhere = templatePlace + " (page from " + source + ")";

        // links: the frame's, then the Markdown's
        Map<String, LinkRef> byHref = page.byHref;
        for (FrameLink l : page.links) {
            // a link of a line read before is the same object on every page: once its rules found nothing, they never will
            if (l.clean) continue;
            LinkRef written = byHref.get(l.href);
            boolean[] said = {false};
            LinkRules.Report to = report(diags, written, elsewhere, templatePlace);
            check.rules().linkRules(l.href, l.rel, l.name(), written == null, new LinkRules.Report() {
                @Override
                public void error(String rule, String message, String hint) {
                    said[0] = true;
                    to.error(rule, message, hint);
                }

                @Override
                public void warning(String rule, String message, String hint) {
                    said[0] = true;
                    to.warning(rule, message, hint);
                }

                @Override
                public void ofTemplate(boolean error, String rule, String message, String hint) {
                    said[0] = true;
                    to.ofTemplate(error, rule, message, hint);
                }
            });
            if (!said[0] && written == null) l.clean = true;
        }
        for (LinkRef l : content.links()) {
            LinkRef written = byHref.get(l.href());
            check.rules().addressRule(l.href(), l.image() ? "src" : "href", l.image() ? "img" : "a", report(diags, written, elsewhere, templatePlace));
            if (l.image()) {
                check.rules().resourceRule(l.href(), "img", output, report(diags, written, elsewhere, templatePlace));
            } else {
                String lower = l.href().toLowerCase(Locale.ROOT);
                String rel = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//") ? "noreferrer" : "";
                // its tel: address was checked, with its line, when the Markdown was rendered
                check.rules().linkRules(l.href(), rel, l.name(), false, report(diags, written, elsewhere, templatePlace));
            }
        }
        if (focus != HtmlCheck.Focus.SKIP_LINK && !(focus == HtmlCheck.Focus.NONE && firstLinkIsSkip(content))) {
            diags.error(templatePlace, Pos.NONE, "wcag-2.4.1", output + " does not start with a skip link.",
                    "make <a href=\"#main\">Skip to main content</a> the first link in the body");
        }

        // ids, the frame's and the Markdown's headings'
        Map<String, Integer> headingLines = new HashMap<>();
        Set<String> ids = new HashSet<>(page.ids);
        for (Heading h : content.headings()) {
            if (h.line() > 0) headingLines.putIfAbsent(h.id(), h.line());
            if (!ids.add(h.id())) {
                diags.error(source, new Pos(h.line(), 1), "wcag-4.1.2", "Two elements on " + output + " have the id `" + h.id() + "`.",
                        "give each heading and element its own id; two headings with the same text get -1 added");
            }
        }

        // headings in the order a reader meets them
        List<FrameHeading> all = new ArrayList<>(page.headings.subList(0, page.contentAt));
        for (Heading h : content.headings()) all.add(new FrameHeading(h.level(), h.text(), h.line()));
        all.addAll(page.headings.subList(page.contentAt, page.headings.size()));
        int h1 = 0;
        int last = 0;
        String title = "";
        for (FrameHeading h : all) {
            if (h.level() == 1 && h1++ == 0) title = h.text();
            if (last > 0 && h.level() > last + 1) {
                String message = "The heading \"" + h.text() + "\" is a level " + h.level() + " heading after a level " + last
                        + " heading, so a level is skipped.";
                String hint = "use " + "#".repeat(last + 1) + " for this heading, or add the missing level above it";
                if (h.line() > 0) diags.error(source, new Pos(h.line(), 1), "wcag-1.3.1", message, hint);
                else diags.error(elsewhere, Pos.NONE, "wcag-1.3.1", message, hint);
            }
            last = h.level();
        }
        if (h1 != 1) {
            diags.error(templatePlace, Pos.NONE, "wcag-1.3.1", output + " has " + h1 + " <h1> headings; a page has exactly one.",
                    h1 == 0 ? "the template should print the page title as the <h1>" : "use ## for headings in Markdown; the title is the only # heading");
        }

        List<PageFacts.Ref> refs = new ArrayList<>(page.refs.size() + content.links().size());
        for (String[] r : page.refs) refs.add(ref(byHref, r[0], r[1], elsewhere));
        for (LinkRef l : content.links()) refs.add(ref(byHref, l.href(), l.image() ? "src" : "href", elsewhere));
        return Optional.of(new PageFacts(output, ids, refs, new PageFacts.Summary(title, page.description, page.lang, content.text())));
    }

    private static boolean firstLinkIsSkip(Rendered content) {
        return content.links().stream().filter(l -> !l.image()).findFirst().map(l -> l.href().startsWith("#")).orElse(false);
    }

    private PageFacts.Ref ref(Map<String, LinkRef> byHref, String written, String attribute, String elsewhere) {
        LinkRef l = byHref.get(written);
        String url = addresses.computeIfAbsent(written, u -> u);
        return l != null ? new PageFacts.Ref(url, attribute, l.file(), l.where())
                : new PageFacts.Ref(url, attribute, elsewhere, 0, 0);
    }

    private static LinkRules.Report report(Diagnostics diags, LinkRef written, String elsewhere, String template) {
        return new LinkRules.Report() {
            @Override
            public void error(String rule, String message, String hint) {
                if (written != null) diags.error(written.file(), new Pos(written.line(), written.column()), rule, message, hint);
                else diags.error(elsewhere, Pos.NONE, rule, message, hint);
            }

            @Override
            public void warning(String rule, String message, String hint) {
                if (written != null) diags.warning(written.file(), new Pos(written.line(), written.column()), rule, message, hint);
                else diags.warning(elsewhere, Pos.NONE, rule, message, hint);
            }

            @Override
            public void ofTemplate(boolean error, String rule, String message, String hint) {
                if (written != null) LinkRules.Report.super.ofTemplate(error, rule, message, hint);
                else if (error) diags.error(template, Pos.NONE, rule, message, hint);
                else diags.warning(template, Pos.NONE, rule, message, hint);
            }
        };
    }
}
