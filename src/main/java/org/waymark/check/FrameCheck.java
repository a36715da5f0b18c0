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
import org.jsoup.parser.Parser;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.markdown.Heading;
import org.waymark.markdown.LinkRef;
import org.waymark.markdown.Rendered;
import org.waymark.markdown.Whitespace;

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
 * <p>Shared between the threads of one build; its memory of shapes lasts as long as it does.
 */
public final class FrameCheck {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "poster", "data", "cite", "formaction");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder", "value");
    private static final String PLACEHOLDER = "<" + HtmlCheck.CONTENT_PLACEHOLDER + "></" + HtmlCheck.CONTENT_PLACEHOLDER + ">";

    private final HtmlCheck check;
    /** The check of each frame shape, by the shape in pieces (pieces that join up the same are the same shape). */
    private final Map<List<String>, HtmlCheck.Focus> frames = new ConcurrentHashMap<>();

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
        Page page = new Page(content.links());
        // the shape in pieces, most of them the shapes of lines read before, which compare and hash without reading them again
        List<String> shape = new ArrayList<>(256);
        shape.add(template);
        Part[] parts = lastParts.get().computeIfAbsent(template, t -> new Part[2]);
        if (!scanLines(html, 0, at, blocks, page, shape, parts, 0) || page.open()) return Optional.empty();
        shape.add(PLACEHOLDER);
        page.contentAt = page.headings.size();
        if (!scanLines(html, after, html.length(), blocks, page, shape, parts, 1) || page.open()) return Optional.empty();

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
            HtmlCheck.Report to = report(diags, written, elsewhere, templatePlace);
            check.linkRules(l.href, l.rel, l.name(), written == null, new HtmlCheck.Report() {
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
            check.addressRule(l.href(), l.image() ? "src" : "href", l.image() ? "img" : "a", report(diags, written, elsewhere, templatePlace));
            if (l.image()) {
                check.resourceRule(l.href(), "img", output, report(diags, written, elsewhere, templatePlace));
            } else {
                String lower = l.href().toLowerCase(Locale.ROOT);
                String rel = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//") ? "noreferrer" : "";
                // its tel: address was checked, with its line, when the Markdown was rendered
                check.linkRules(l.href(), rel, l.name(), false, report(diags, written, elsewhere, templatePlace));
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
            if (h.level == 1 && h1++ == 0) title = h.text;
            if (last > 0 && h.level > last + 1) {
                String message = "The heading \"" + h.text + "\" is a level " + h.level + " heading after a level " + last
                        + " heading, so a level is skipped.";
                String hint = "use " + "#".repeat(last + 1) + " for this heading, or add the missing level above it";
                if (h.line > 0) diags.error(source, new Pos(h.line, 1), "wcag-1.3.1", message, hint);
                else diags.error(elsewhere, Pos.NONE, "wcag-1.3.1", message, hint);
            }
            last = h.level;
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

    private static PageFacts.Ref ref(Map<String, LinkRef> byHref, String url, String attribute, String elsewhere) {
        LinkRef l = byHref.get(url);
        return l != null ? new PageFacts.Ref(url, attribute, l.file(), l.where())
                : new PageFacts.Ref(url, attribute, elsewhere, 0, 0);
    }

    private static HtmlCheck.Report report(Diagnostics diags, LinkRef written, String elsewhere, String template) {
        return new HtmlCheck.Report() {
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
                if (written != null) HtmlCheck.Report.super.ofTemplate(error, rule, message, hint);
                else if (error) diags.error(template, Pos.NONE, rule, message, hint);
                else diags.warning(template, Pos.NONE, rule, message, hint);
            }
        };
    }

    // ---- the scan of a frame ----

    /** What scanning one line of a frame found, to be taken again when another page has the same line. */
    private record Line(String shape, List<String> ids, List<String[]> refs, List<FrameLink> links, List<FrameHeading> headings,
            String lang, String description) {
        void addTo(Page page, List<String> out) {
            out.add(shape);
            page.ids.addAll(ids);
            page.refs.addAll(refs);
            page.links.addAll(links);
            page.headings.addAll(headings);
            if (!lang.isEmpty()) page.lang = lang;
            if (!description.isEmpty() && page.description.isEmpty()) page.description = description;
        }
    }

    /** What each kept block held, by the block (the same string on every page: its hash is worked out once). */
    private final Map<String, Optional<Line>> blockLines = new ConcurrentHashMap<>();

    /** What a kept block holds, or null when it cannot be read on its own (a tag or link it leaves open). */
    private Line blockLine(String block) {
        return blockLines.computeIfAbsent(block, b -> Optional.ofNullable(read(b, 0, b.length()))).orElse(null);
    }

    /** What {@code h[from, to)} holds, read on its own; null when it cannot be (a tag, link or heading it leaves open). */
    private static Line read(String h, int from, int to) {
        Page one = new Page(List.of());
        StringBuilder shape = new StringBuilder();
        if (!scan(h, from, to, one, shape) || one.open()) return null;
        return new Line(shape.toString(), List.copyOf(one.ids), List.copyOf(one.refs), List.copyOf(one.links),
                List.copyOf(one.headings), one.lang, one.description);
    }

    /**
     * The lines of a part of the last frame read on one thread (before or after the Markdown), with what each
     * held: the next page of the same template has most of them again at the same place.
     */
    private static final class Part {
        final String text;
        int[] starts;
        int[] ends;
        Line[] lines;
        int count;

        Part(String text, int capacity) {
            this.text = text;
            this.starts = new int[capacity];
            this.ends = new int[capacity];
            this.lines = new Line[capacity];
        }

        void add(int start, int end, Line line) {
            if (count == lines.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                lines = java.util.Arrays.copyOf(lines, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            lines[count++] = line;
        }

        /** What line {@code k} of this part held, if {@code h[from, to)} is that line again. */
        Line same(int k, String h, int from, int to) {
            if (k < 0 || k >= count || ends[k] - starts[k] != to - from) return null;
            return h.regionMatches(from, text, starts[k], to - from) ? lines[k] : null;
        }
    }

    /** The parts of the last frame read on each thread, by template. */
    private final ThreadLocal<Map<String, Part[]>> lastParts = ThreadLocal.withInitial(HashMap::new);

    /**
     * Scans {@code html[from, to)} line by line: most lines of a frame are the template's own and the same on
     * every page, so what each holds is taken from the same line of the last page of this template read on this
     * thread when it is that line again (a comparison: no hashing, no reading), allowing for a line more or less
     * before it; only the page's own lines (its title, breadcrumbs, table of contents) are read. The blocks the
     * theme kept are read once each. A line that leaves a link or heading open, or a tag that goes on to the next
     * line, ends the line-by-line reading: the rest is scanned in one go.
     *
     * @param parts the parts of the last frame of this template on this thread; part {@code which} is replaced by
     *     this one when it is read line by line to the end
     */
    private boolean scanLines(String h, int from, int to, List<Block> blocks, Page page, List<String> shape, Part[] parts, int which) {
        Part previous = parts[which];
        Part part = new Part(h, previous == null ? 64 : previous.count + 8);
        parts[which] = null;
        int b = 0;
        // how many lines this page has more (or fewer) than the last one before this point
        int drift = 0;
        int i = from;
        while (i < to) {
            if (page.open()) return scanRest(h, i, to, page, shape);
            while (b < blocks.size() && blocks.get(b).at() < i) b++;
            Block block = b < blocks.size() ? blocks.get(b) : null;
            if (block != null && block.at() == i && i + block.text().length() <= to) {
                // a block the theme kept: the same string on every page that shows it, read once
                Line line = blockLine(block.text());
                if (line != null) {
                    int end = i + block.text().length();
                    part.add(i, end, line);
                    line.addTo(page, shape);
                    i = end;
                    continue;
                }
                block = null;
            }
            int nl = h.indexOf('\n', i);
            int end = nl < 0 || nl >= to ? to : nl + 1;
            // a line that runs into a kept block ends where the block starts
            if (block != null && block.at() > i && block.at() < end) end = block.at();
            Line line = null;
            if (previous != null) {
                int k = part.count - drift;
                line = previous.same(k, h, i, end);
                if (line == null && (line = previous.same(k - 1, h, i, end)) != null) drift++;
                if (line == null && (line = previous.same(k + 1, h, i, end)) != null) drift--;
            }
            if (line == null && (line = read(h, i, end)) == null) return scanRest(h, i, to, page, shape);
            part.add(i, end, line);
            line.addTo(page, shape);
            i = end;
        }
        parts[which] = part;
        return true;
    }

    private static boolean scanRest(String h, int from, int to, Page page, List<String> shape) {
        StringBuilder rest = new StringBuilder();
        boolean read = scan(h, from, to, page, rest);
        shape.add(rest.toString());
        return read;
    }

    /**
     * Reads {@code html[from, to)}: tags, attributes and text, with comments dropped and the raw text of
     * scripts and styles kept. Returns false for anything it cannot read with certainty (a tag or comment
     * left open, markup it does not know), and the page is then parsed instead.
     */
    static boolean scan(String h, int from, int to, Page page, StringBuilder shape) {
        int i = from;
        while (i < to) {
            int lt = h.indexOf('<', i);
            if (lt < 0 || lt >= to) {
                page.text(h, i, to, shape);
                return true;
            }
            if (lt > i) page.text(h, i, lt, shape);
            if (h.startsWith("<!--", lt)) {
                int end = h.indexOf("-->", lt + 4);
                if (end < 0 || end + 3 > to) return false;
                i = end + 3;
                continue;
            }
            char c = lt + 1 < to ? h.charAt(lt + 1) : ' ';
            if (c == '!' || c == '?') {
                int end = h.indexOf('>', lt);
                if (end < 0 || end >= to) return false;
                shape.append(h, lt, end + 1);
                i = end + 1;
                continue;
            }
            if (c == '/') {
                int start = lt + 2;
                int nameEnd = name(h, start, to);
                if (nameEnd == start) return false;
                int end = h.indexOf('>', nameEnd);
                if (end < 0 || end >= to) return false;
                String name = h.substring(start, nameEnd).toLowerCase(Locale.ROOT);
                shape.append("</").append(name).append('>');
                page.end(name);
                i = end + 1;
                continue;
            }
            if (!isLetter(c)) {
                page.text(h, lt, lt + 1, shape);
                i = lt + 1;
                continue;
            }
            int nameEnd = name(h, lt + 1, to);
            String name = h.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
            List<String[]> attributes = new ArrayList<>(4);
            int j = nameEnd;
            while (true) {
                while (j < to && Character.isWhitespace(h.charAt(j))) j++;
                if (j >= to) return false;
                char d = h.charAt(j);
                if (d == '>') break;
                if (d == '/' && j + 1 < to && h.charAt(j + 1) == '>') {
                    j++;
                    break;
                }
                int keyStart = j;
                while (j < to && !Character.isWhitespace(h.charAt(j)) && "=>/\"'<".indexOf(h.charAt(j)) < 0) j++;
                if (j == keyStart) return false;
                String key = h.substring(keyStart, j).toLowerCase(Locale.ROOT);
                String value = "";
                int k = j;
                while (k < to && Character.isWhitespace(h.charAt(k))) k++;
                if (k < to && h.charAt(k) == '=') {
                    k++;
                    while (k < to && Character.isWhitespace(h.charAt(k))) k++;
                    if (k >= to) return false;
                    char q = h.charAt(k);
                    if (q == '"' || q == '\'') {
                        int close = h.indexOf(q, k + 1);
                        if (close < 0 || close >= to) return false;
                        value = h.substring(k + 1, close);
                        j = close + 1;
                    } else {
                        int v = k;
                        while (v < to && !Character.isWhitespace(h.charAt(v)) && h.charAt(v) != '>') v++;
                        value = h.substring(k, v);
                        j = v;
                    }
                }
                if (value.indexOf('&') >= 0) value = Parser.unescapeEntities(value, true);
                attributes.add(new String[] {key, value});
            }
            shape.append('<').append(name);
            for (String[] a : attributes) shape.append(' ').append(a[0]).append('=').append(shapeOf(a[0], a[1]));
            shape.append('>');
            page.start(name, attributes);
            i = j + 1;
            if (RAW_TEXT.contains(name)) {
                int close = h.indexOf("</" + name, i);
                if (close < 0 || close >= to) return false;
                if (name.equals("script") || name.equals("style")) shape.append(h, i, close);
                else shape.append(h.substring(i, close).isBlank() ? "" : "T");
                int end = h.indexOf('>', close);
                if (end < 0 || end >= to) return false;
                shape.append("</").append(name).append('>');
                page.end(name);
                i = end + 1;
            }
        }
        return true;
    }

    private static int name(String h, int from, int to) {
        int j = from;
        while (j < to) {
            char c = h.charAt(j);
            if (!(isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':')) break;
            j++;
        }
        return j;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** An attribute as the frame rules see it: addresses by their kind, texts by whether there are any. */
    private static String shapeOf(String key, String value) {
        if (URL_ATTRIBUTES.contains(key)) return kindOf(value);
        if (key.equals("srcset")) {
            StringBuilder s = new StringBuilder();
            for (String candidate : value.split(",")) s.append(kindOf(candidate.trim().split("\\s+")[0])).append(',');
            return s.toString();
        }
        if (TEXT_ATTRIBUTES.contains(key)) return value.isBlank() ? "\"\"" : "T";
        if (key.equals("content") && !value.toLowerCase(Locale.ROOT).contains("url=")) return value.isBlank() ? "\"\"" : "T";
        return '"' + value + '"';
    }

    private static String kindOf(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.isEmpty()) return "empty";
        if (u.startsWith("#")) return "#";
        if (u.startsWith("//") || u.startsWith("http:") || u.startsWith("https:")) return HtmlCheck.origin(url);
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) return u.substring(0, colon + 1);
        return "path";
    }

    /** What the scan keeps of one page's frame. */
    static final class Page {
        final List<String> ids = new ArrayList<>();
        final List<String[]> refs = new ArrayList<>();
        final List<FrameLink> links = new ArrayList<>();
        final List<FrameHeading> headings = new ArrayList<>();
        final Map<String, LinkRef> byHref = new HashMap<>();
        int contentAt;
        String lang = "";
        String description = "";
        FrameLink link;
        int headingLevel;
        StringBuilder headingText;

        Page(List<LinkRef> written) {
            for (LinkRef l : written) byHref.putIfAbsent(l.href(), l);
        }

        boolean open() {
            return link != null || headingText != null;
        }

        void text(String h, int from, int to, StringBuilder shape) {
            boolean blank = true;
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(h.charAt(i))) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                if (link != null) link.text.append(' ');
                if (headingText != null) headingText.append(' ');
                return;
            }
            shape.append('T');
            if (link == null && headingText == null) return;
            String t = h.substring(from, to);
            if (t.indexOf('&') >= 0) t = Parser.unescapeEntities(t, false);
            if (link != null) link.text.append(t);
            if (headingText != null) headingText.append(t);
        }

        void start(String name, List<String[]> attributes) {
            String href = null;
            String rel = "";
            String ariaLabel = "";
            String labelledBy = "";
            String title = "";
            String alt = null;
            String nameAttribute = null;
            String content = null;
            for (String[] a : attributes) {
                switch (a[0]) {
                    case "id" -> {
                        if (!a[1].isEmpty()) ids.add(a[1]);
                    }
                    case "href", "src" -> {
                        refs.add(new String[] {a[1], a[0]});
                        if (a[0].equals("href")) href = a[1];
                    }
                    case "srcset" -> {
                        for (String candidate : a[1].split(",")) {
                            String url = candidate.trim().split("\\s+")[0];
                            if (!url.isEmpty()) refs.add(new String[] {url, "srcset"});
                        }
                    }
                    case "rel" -> rel = a[1];
                    case "aria-label" -> ariaLabel = a[1];
                    case "aria-labelledby" -> labelledBy = a[1];
                    case "title" -> title = a[1];
                    case "alt" -> alt = a[1];
                    case "name" -> nameAttribute = a[1];
                    case "content" -> content = a[1];
                    case "lang" -> {
                        if (name.equals("html")) lang = a[1];
                    }
                    default -> { }
                }
            }
            switch (name) {
                case "a" -> {
                    if (nameAttribute != null) ids.add(nameAttribute);
                    if (link != null) end("a");
                    if (href != null) link = new FrameLink(href, rel, ariaLabel, labelledBy, title);
                }
                case "img" -> {
                    if (link != null && alt != null) link.alts.append(alt);
                }
                case "svg" -> {
                    if (link != null && !ariaLabel.isEmpty()) link.alts.append(ariaLabel);
                }
                case "br" -> {
                    if (link != null) link.text.append(' ');
                }
                case "meta" -> {
                    if ("description".equals(nameAttribute) && content != null && description.isEmpty()) description = content;
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    if (headingText != null) end("h" + headingLevel);
                    headingLevel = name.charAt(1) - '0';
                    headingText = new StringBuilder();
                }
                default -> { }
            }
        }

        void end(String name) {
            if (name.equals("a") && link != null) {
                links.add(link);
                link = null;
            } else if (headingText != null && name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) - '0' == headingLevel) {
                headings.add(new FrameHeading(headingLevel, Whitespace.collapse(headingText), 0));
                headingText = null;
            }
        }
    }

    /** A link in a frame and what a screen reader would say for it. */
    static final class FrameLink {
        final String href;
        final String rel;
        final String ariaLabel;
        final String labelledBy;
        final String title;
        final StringBuilder text = new StringBuilder();
        final StringBuilder alts = new StringBuilder();

        FrameLink(String href, String rel, String ariaLabel, String labelledBy, String title) {
            this.href = href;
            this.rel = rel;
            this.ariaLabel = ariaLabel;
            this.labelledBy = labelledBy;
            this.title = title;
        }

        /** Whether the link rules found nothing wrong with this link (with its tel: number checked too). */
        volatile boolean clean;
        private volatile String name;

        String name() {
            String n = name;
            if (n == null) name = n = readName();
            return n;
        }

        private String readName() {
            if (!ariaLabel.isBlank()) return ariaLabel;
            if (!labelledBy.isBlank()) return "labelled";
            String t = Whitespace.collapse(text);
            if (!title.isBlank() && t.isBlank()) return title;
            return (t + alts).trim();
        }
    }

    record FrameHeading(int level, String text, int line) {}
}
