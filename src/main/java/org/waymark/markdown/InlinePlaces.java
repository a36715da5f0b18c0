package org.waymark.markdown;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;
import org.waymark.diag.Pos;
import org.waymark.diag.Where;

/**
 * The places of a page's links and images, by their number in the order the page's visitor meets them: found
 * by parsing the page again with the place of every inline node, the first time one is asked for. Most pages
 * never are (only a link or image with a problem is reported), and those places cost a tenth of CommonMark's
 * parse on every page.
 */
final class InlinePlaces {
    /** The parser that records the place of every inline node. */
    private final Parser locating;
    /**
     * The page's Markdown, read again when a place is asked for: a page's text is not kept to the end of the build
     * (the link check, which asks, comes after every page is rendered).
     */
    private final Supplier<String> markdown;
    /** The hash of the Markdown that was rendered: places are found only in that text. */
    private final int rendered;
    private final int lineShift;
    private volatile Pos[] found;

    InlinePlaces(Parser locating, String markdown, Supplier<String> again, int lineShift) {
        this.locating = locating;
        this.markdown = again;
        this.rendered = markdown.hashCode();
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
            String text;
            try {
                text = markdown.get();
            } catch (UncheckedIOException e) {
                text = null;
            }
            // a file changed or gone since it was rendered: its places are no longer known
            if (text == null || text.hashCode() != rendered) return found = new Pos[0];
            // the same walk as the page's visitor: every link and image in document order, then its children
            locating.parse(text).accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    places.add(start(link, lineShift));
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    places.add(start(image, lineShift));
                    visitChildren(image);
                }
            });
            return found = places.toArray(Pos[]::new);
        }
    }

    /** Where a node starts in the file, for Markdown that starts {@code lineShift} lines into it. */
    static Pos start(Node node, int lineShift) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return Pos.NONE;
        SourceSpan s = spans.get(0);
        return new Pos(s.getLineIndex() + 1 + lineShift, s.getColumnIndex() + 1);
    }
}
