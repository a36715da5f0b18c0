package org.waymark.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.Where;

/** The state of one page's render: a visitor over its tree, then the attribute provider for it. */
final class PageVisitor extends AbstractVisitor implements AttributeProvider {
    private final String file;
    private final int lineShift;
    private final Diagnostics diags;
    private final IdGenerator ids = IdGenerator.builder().build();
    private final Map<Node, String> headingIds = new IdentityHashMap<>();
    final List<org.waymark.markdown.Heading> headings = new ArrayList<>();
    final List<LinkRef> links = new ArrayList<>();
    final List<String> tables = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final Whitespace plain = Whitespace.collapsing(Rendered.TEXT_LIMIT + 2);
    /** Whether the Markdown holds raw HTML or footnotes, which only a parse of the output can check. */
    boolean raw;
    private String lastHeading = "";

    private final InlinePlaces places;
    private final LinkTargets targets;
    private final GlossaryTerms glossary;
    /** How many links and images were met so far: the next one's number. */
    private int inline;

    PageVisitor(String file, int lineShift, Diagnostics diags, InlinePlaces places, LinkTargets targets, GlossaryTerms glossary) {
        this.file = file;
        this.lineShift = lineShift;
        this.diags = diags;
        this.places = places;
        this.targets = targets;
        this.glossary = glossary;
    }

    /** The place of a block. */
    Pos pos(Node node) {
        return InlinePlaces.start(node, lineShift);
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
    public void visit(Paragraph paragraph) {
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
    public void visit(CustomNode node) {
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
        if (!glossary.isEmpty() && !inside(node, Heading.class) && !inside(node, Code.class)) texts.add(node);
    }

    @Override
    public void visit(CustomBlock block) {
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

    /** The address a link or image leads to in the output, recorded with its place and name. */
    private String resolve(String href, boolean image, Where at, String name) {
        LinkRef ref = targets.resolve(href, image, at, name, file, diags);
        links.add(ref);
        return ref.href();
    }

    /** Marks the first use of each glossary term on the page with {@code <abbr>}. */
    void markGlossaryTerms() {
        glossary.mark(texts);
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
