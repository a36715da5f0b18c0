package org.waymark.markdown;

import static org.waymark.html.Html.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.waymark.model.GlossaryTerm;

/** The glossary's terms, found in a page's texts: the first use of each is marked with {@code <abbr>}. Shared between threads. */
final class GlossaryTerms {
    private final Pattern terms;
    private final Map<String, GlossaryTerm> glossary;

    GlossaryTerms(List<GlossaryTerm> glossary) {
        this.glossary = glossary.stream().collect(Collectors.toMap(GlossaryTerm::term, t -> t, (a, b) -> a));
        this.terms = glossary.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}-])("
                + glossary.stream().map(GlossaryTerm::term).sorted((a, b) -> b.length() - a.length())
                        .map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}-])");
    }

    /** Whether there are no terms, so no text need be kept for {@link #mark}. */
    boolean isEmpty() {
        return terms == null;
    }

    /** Marks the first use of each term in {@code texts} (a page's texts in order) with {@code <abbr>}. */
    void mark(List<Text> texts) {
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
}
