package org.waymark.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * Links the addresses written as text (https://…, www.…, name@example.org) with the autolink extension,
 * which reads every character of every text for them: here only the texts that hold a ':', an '@' or a
 * "www." are given to it, which is all it would link (its scanners start at those), and far fewer.
 */
final class Autolinks implements PostProcessor {
    /** The autolink extension's own post-processor, run only on the texts that could hold an address. */
    static PostProcessor create() {
        return new Autolinks(autolinker());
    }

    private final PostProcessor linker;

    private Autolinks(PostProcessor linker) {
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
}
