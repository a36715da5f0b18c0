package org.waymark.markdown;

import static org.waymark.html.Html.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.Where;
import org.waymark.model.GlossaryTerm;
import org.waymark.phone.PhoneNumber;
import org.waymark.phone.PhoneRules;

/**
 * The site's Markdown renderer: CommonMark with GFM tables, heading anchors, footnotes and autolinks.
 * Built once per build and shared between threads. While rendering it rewrites links to other pages'
 * source files ({@code foreword.md}) into their addresses, checks {@code tel:} links, marks the first
 * use of each glossary term with {@code <abbr>}, and records links and headings for the checks.
 */
public final class Markdown {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-z][a-z0-9+.-]*:.*", java.util.regex.Pattern.DOTALL);
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
    /** The autolink extension's own post-processor, run only on the texts that could hold an address. */
    static final PostProcessor AUTOLINKS = new Autolinks(autolinker());

    private final Parser parser;
    /** The same parser with the place of every inline node too, for finding a link again when it is reported. */
    private final Parser locating;
    private final HtmlRenderer renderer;
    /** The page each thread is rendering, for the renderer's attribute provider. */
    private static final ThreadLocal<Page> RENDERING = new ThreadLocal<>();
    private final Map<String, String> pathsBySource;
    private final Function<String, String> link;
    private final Pattern terms;
    private final Map<String, GlossaryTerm> glossary;
    private final PhoneRules phones;

    /**
     * @param pathsBySource site path of each page by its source file ("content/a/b.md" → "/a/b/")
     * @param link turns a site path into a link (adds the base path)
     * @param phones the site's rules for phone numbers, which every {@code tel:} link is judged by
     */
    public Markdown(Map<String, String> pathsBySource, Function<String, String> link, List<GlossaryTerm> glossary,
            PhoneRules phones) {
        this.phones = phones;
        // the places of blocks (a heading's line) on every render; of links and images only when one is reported
        this.parser = Parser.builder().extensions(EXTENSIONS).postProcessor(AUTOLINKS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        this.locating = Parser.builder().extensions(EXTENSIONS).postProcessor(AUTOLINKS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS).attributeProviderFactory(context -> RENDERING.get()).build();
        this.pathsBySource = Map.copyOf(pathsBySource);
        this.link = link;
        this.glossary = glossary.stream().collect(Collectors.toMap(GlossaryTerm::term, t -> t, (a, b) -> a));
        this.terms = glossary.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}-])("
                + glossary.stream().map(GlossaryTerm::term).sorted((a, b) -> b.length() - a.length())
                        .map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}-])");
    }

    /**
     * Renders {@code markdown} written in {@code file} from line {@code firstLine}. Problems (a link to
     * a page that does not exist, a {@code tel:} link that is not a UK number) go to {@code diags}.
     */
    public Rendered render(String markdown, String file, int firstLine, Diagnostics diags) {
        Node document = parser.parse(markdown);
        Page page = new Page(file, firstLine - 1, diags, new Places(markdown, firstLine - 1));
        document.accept(page);
        if (terms != null) page.markGlossaryTerms();
        String html;
        RENDERING.set(page);
        try {
            html = renderer.render(document);
        } finally {
            RENDERING.remove();
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

    /** The state of one page's render: a visitor over its tree, then the attribute provider for it. */
    private final class Page extends AbstractVisitor implements AttributeProvider {
        final String file;
        final int lineShift;
        final Diagnostics diags;
        final IdGenerator ids = IdGenerator.builder().build();
        final Map<Node, String> headingIds = new IdentityHashMap<>();
        final List<org.waymark.markdown.Heading> headings = new ArrayList<>();
        final List<LinkRef> links = new ArrayList<>();
        final List<String> tables = new ArrayList<>();
        final List<Text> texts = new ArrayList<>();
        final Whitespace plain = Whitespace.collapsing(Rendered.TEXT_LIMIT + 2);
        /** Whether the Markdown holds raw HTML or footnotes, which only a parse of the output can check. */
        boolean raw;
        String lastHeading = "";

        final Places places;
        /** How many links and images were met so far: the next one's number. */
        int inline;

        Page(String file, int lineShift, Diagnostics diags, Places places) {
            this.file = file;
            this.lineShift = lineShift;
            this.diags = diags;
            this.places = places;
        }

        /** The place of a block. */
        Pos pos(Node node) {
            return place(node, lineShift);
        }

        @Override
        public void visit(Heading heading) {
            // as a reader hears it: the words of its links and code, not their addresses or quotes
            String title = altText(heading).trim();
            String id = ids.generateId(title);
            headingIds.put(heading, id);
            headings.add(new org.waymark.markdown.Heading(heading.getLevel(), id, title, pos(heading).line()));
            lastHeading = title;
            plain.space();
            visitChildren(heading);
        }

        @Override
        public void visit(org.commonmark.node.Paragraph paragraph) {
            plain.space();
            visitChildren(paragraph);
        }

        @Override
        public void visit(Code code) {
            text(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            plain.space();
        }

        @Override
        public void visit(HardLineBreak node) {
            plain.space();
        }

        @Override
        public void visit(HtmlBlock node) {
            raw = true;
        }

        @Override
        public void visit(HtmlInline node) {
            raw = true;
        }

        @Override
        public void visit(org.commonmark.node.CustomNode node) {
            if (!(node instanceof TableHead || node instanceof TableBody || node instanceof TableRow || node instanceof TableCell)) raw = true;
            if (node instanceof TableCell) plain.space();
            visitChildren(node);
        }

        /** Adds to the page's text, whitespace collapsed, up to a little more than what the search keeps. */
        private void text(String literal) {
            plain.add(literal, Rendered.TEXT_LIMIT);
        }

        /** The page's text, whitespace collapsed, cut at a word near {@link Rendered#TEXT_LIMIT} characters. */
        String plainText() {
            String text = plain.toString();
            if (text.length() <= Rendered.TEXT_LIMIT) return text;
            int cut = text.lastIndexOf(' ', Rendered.TEXT_LIMIT);
            return text.substring(0, cut > 0 ? cut : Rendered.TEXT_LIMIT);
        }

        @Override
        public void visit(Link node) {
            Where at = places.of(inline++);
            node.setDestination(resolve(node.getDestination(), false, at, altText(node)));
            visitChildren(node);
        }

        @Override
        public void visit(Image node) {
            Where at = places.of(inline++);
            String alt = altText(node);
            node.setDestination(resolve(node.getDestination(), true, at, alt));
            if (alt.isBlank()) {
                diags.error(file, at.pos(), "wcag-1.1.1",
                        "This image has no alternative text, so people who cannot see it do not know what it shows.",
                        "write what the image shows between the brackets: ![A map of the two areas](map.png)");
            }
            visitChildren(node);
        }

        @Override
        public void visit(Text node) {
            text(node.getLiteral());
            if (terms != null && !inside(node, Heading.class) && !inside(node, Code.class)) texts.add(node);
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock) tables.add(lastHeading.isEmpty() ? "Table " + (tables.size() + 1) : lastHeading);
            else raw = true;
            visitChildren(block);
        }

        /** The text of a node's children as a reader hears it: text, code, and the alt text of images. */
        private String altText(Node node) {
            StringBuilder alt = new StringBuilder();
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) alt.append(t.getLiteral());
                else if (c instanceof Code code) alt.append(code.getLiteral());
                else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) alt.append(' ');
                else alt.append(altText(c));
            }
            return alt.toString();
        }

        private boolean inside(Node node, Class<?> type) {
            for (Node p = node.getParent(); p != null; p = p.getParent()) if (type.isInstance(p)) return true;
            return false;
        }

        private String resolve(String href, boolean image, Where at, String name) {
            String h = href.trim();
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tel:")) {
                PhoneRules.Judged judged = phones.readTel(h);
                for (PhoneRules.Problem p : judged.problems()) {
                    String message = judged.number().isEmpty() ? "The phone link `" + h + "` is not a valid UK number: " + p.message()
                            : "The phone link `" + h + "`: " + p.message();
                    if (p.error()) diags.error(file, at.pos(), "phone", message, p.hint());
                    else diags.warning(file, at.pos(), "phone", message, p.hint());
                }
                String tel = judged.number().map(PhoneNumber::tel).orElse(h);
                links.add(new LinkRef(tel, image, file, at, name));
                return tel;
            }
            if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")
                    || lower.startsWith("//") || SCHEME.matcher(lower).matches()) {
                links.add(new LinkRef(h, image, file, at, name));
                return h;
            }
            String out = h;
            int hash = h.indexOf('#');
            String target = hash < 0 ? h : h.substring(0, hash);
            String fragment = hash < 0 ? "" : h.substring(hash);
            if (target.endsWith(".md")) {
                String source = target.startsWith("/") ? "content" + target : normalise(dir(file) + target);
                String path = pathsBySource.get(source);
                if (path == null) {
                    diags.error(file, at.pos(), "link", "The link to `" + target + "` points to a page that does not exist.",
                            "check the file name; links to other pages are written as the page's file, such as `foreword.md` or `../get-help/emergency.md`");
                    out = h;
                } else {
                    out = link.apply(path) + fragment;
                }
            } else if (target.startsWith("/")) {
                out = link.apply(target) + fragment;
            }
            links.add(new LinkRef(out, image, file, at, name));
            return out;
        }

        void markGlossaryTerms() {
            Set<String> used = new HashSet<>();
            for (Text node : texts) {
                String literal = node.getLiteral();
                Matcher m = terms.matcher(literal);
                List<Node> parts = new ArrayList<>();
                int from = 0;
                while (m.find()) {
                    String term = m.group(1);
                    if (!used.add(term)) continue;
                    GlossaryTerm t = glossary.get(term);
                    if (m.start() > from) parts.add(new Text(literal.substring(from, m.start())));
                    HtmlInline abbr = new HtmlInline();
                    abbr.setLiteral("<abbr title=\"" + escape(t.expansion()) + "\">" + escape(term) + "</abbr>");
                    parts.add(abbr);
                    from = m.end();
                }
                if (parts.isEmpty()) continue;
                if (from < literal.length()) parts.add(new Text(literal.substring(from)));
                for (Node part : parts) node.insertBefore(part);
                node.unlink();
            }
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading) {
                String id = headingIds.get(node);
                if (id != null) attributes.put("id", id);
            } else if (node instanceof TableCell cell && cell.isHeader()) {
                attributes.put("scope", "col");
            } else if (node instanceof Link link) {
                String d = link.getDestination().toLowerCase(Locale.ROOT);
                if (d.startsWith("http:") || d.startsWith("https:") || d.startsWith("//")) attributes.put("rel", "noreferrer");
            }
        }
    }

    /**
     * The places of a page's links and images, by their number in the order the page's visitor meets them: found
     * by parsing the page again with the place of every inline node, the first time one is asked for. Most pages
     * never are (only a link or image with a problem is reported), and those places cost a tenth of CommonMark's
     * parse on every page.
     */
    private final class Places {
        private final String markdown;
        private final int lineShift;
        private volatile Pos[] found;

        Places(String markdown, int lineShift) {
            this.markdown = markdown;
            this.lineShift = lineShift;
        }

        Where of(int k) {
            return () -> {
                Pos[] all = found();
                return k < all.length ? all[k] : Pos.NONE;
            };
        }

        private Pos[] found() {
            Pos[] all = found;
            if (all != null) return all;
            synchronized (this) {
                if (found != null) return found;
                List<Pos> places = new ArrayList<>();
                // the same walk as the page's visitor: every link and image in document order, then its children
                locating.parse(markdown).accept(new AbstractVisitor() {
                    @Override
                    public void visit(Link link) {
                        places.add(place(link, lineShift));
                        visitChildren(link);
                    }

                    @Override
                    public void visit(Image image) {
                        places.add(place(image, lineShift));
                        visitChildren(image);
                    }
                });
                return found = places.toArray(Pos[]::new);
            }
        }
    }

    /** Where a node starts in the file, for Markdown that starts {@code lineShift} lines into it. */
    private static Pos place(Node node, int lineShift) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return Pos.NONE;
        SourceSpan s = spans.get(0);
        return new Pos(s.getLineIndex() + 1 + lineShift, s.getColumnIndex() + 1);
    }

    /** The post-processor of CommonMark's autolink extension, as the extension adds it to a parser. */
    private static PostProcessor autolinker() {
        List<PostProcessor> added = new ArrayList<>(1);
        ((Parser.ParserExtension) AutolinkExtension.create()).extend(new Parser.Builder() {
            @Override
            public Parser.Builder postProcessor(PostProcessor p) {
                added.add(p);
                return this;
            }
        });
        if (added.size() != 1) throw new IllegalStateException("the autolink extension added " + added.size() + " post-processors");
        return added.get(0);
    }

    /**
     * Links the addresses written as text (https://…, www.…, name@example.org) with the autolink extension,
     * which reads every character of every text for them: here only the texts that hold a ':', an '@' or a
     * "www." are given to it, which is all it would link (its scanners start at those), and far fewer.
     */
    private static final class Autolinks implements PostProcessor {
        private final PostProcessor linker;

        Autolinks(PostProcessor linker) {
            this.linker = linker;
        }

        @Override
        public Node process(Node document) {
            List<Text> texts = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    // the text of a link is not linked again
                }

                @Override
                public void visit(Text text) {
                    if (mayHoldAddress(text.getLiteral())) texts.add(text);
                }
            });
            for (Text text : texts) linker.process(text);
            return document;
        }
    }

    /** Whether the autolink extension could find an address in {@code s}: its scanners start at ':', '@' and "www.". */
    static boolean mayHoldAddress(String s) {
        // one pass: a "www." is found at its dot, which is rarer than a 'w'
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '@') return true;
            if (c == '.' && i >= 3 && s.charAt(i - 3) == 'w' && (s.charAt(i - 2) | 0x20) == 'w' && (s.charAt(i - 1) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static String dir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    /** Resolves "." and ".." in a relative path ("content/a/../b.md" → "content/b.md"). */
    static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!out.isEmpty()) out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }

}
