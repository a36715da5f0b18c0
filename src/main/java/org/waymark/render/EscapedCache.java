package org.waymark.render;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.CacheNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

/**
 * Pebble's {@code {% cache %}} tag, with its body escaped like the rest of the template. Pebble's own cache node
 * does not show its body to the node visitors, so the escaper never saw the values printed inside it: a title
 * with markup in it came out as markup in the header, the navigation and the footer of every page.
 * This tag parses the same syntax and renders the same way; only its body is visited.
 */
final class EscapedCache implements TokenParser {
    @Override
    public String getTag() {
        return "cache";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        TokenStream stream = parser.getStream();
        int line = token.getLineNumber();
        stream.next();
        Expression<?> name = parser.getExpressionParser().parseExpression();
        stream.next();
        BodyNode body = parser.subparse(t -> t.test(Token.Type.NAME, "endcache"));
        stream.next();
        stream.expect(Token.Type.EXECUTE_END);
        return new Node(line, name, body);
    }

    /** A cache node whose body the visitors (the escaper among them) see. */
    private static final class Node extends CacheNode {
        private final BodyNode body;

        Node(int line, Expression<?> name, BodyNode body) {
            super(line, name, body);
            this.body = body;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
            body.accept(visitor);
        }
    }
}
