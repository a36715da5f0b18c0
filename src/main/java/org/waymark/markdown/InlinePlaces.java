package org.waymark.markdown;

import java.util.ArrayList;
import java.util.List;
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
    private final String markdown;
    private final int lineShift;
    private volatile Pos[] found;

    InlinePlaces(Parser locating, String markdown, int lineShift) {
        this.locating = locating;
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
