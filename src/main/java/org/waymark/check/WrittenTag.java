package org.waymark.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.waymark.diag.Pos;

/** An element's start tag as the HTML parser read it: its name and its attributes, names in lower case, values decoded. */
record WrittenTag(String name, Map<String, String> attributes) {
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

    WrittenTag {
        attributes = Map.copyOf(attributes);
    }

    static WrittenTag of(Element e) {
        Map<String, String> attributes = new HashMap<>();
        for (Attribute a : e.attributes()) attributes.put(a.getKey().toLowerCase(Locale.ROOT), a.getValue());
        return new WrittenTag(e.normalName(), attributes);
    }

    /** The line and column of the first start tag in {@code text} that reads as this one, or {@link Pos#NONE}. */
    Pos find(String text) {
        Matcher open = Pattern.compile("<" + Pattern.quote(name) + "(?=[\\s/>])", Pattern.CASE_INSENSITIVE).matcher(text);
        while (open.find()) {
            int end = end(text, open.end());
            if (end < 0) break;
            if (matches(text.substring(open.end(), end))) {
                int lineStart = text.lastIndexOf('\n', open.start()) + 1;
                int line = 1;
                for (int i = 0; i < lineStart; i++) if (text.charAt(i) == '\n') line++;
                return new Pos(line, open.start() - lineStart + 1);
            }
        }
        return Pos.NONE;
    }

    /** Where the tag that starts before {@code from} ends: its '>' outside quotes, or -1. */
    private static int end(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(String written) {
        Map<String, String> found = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(written);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
            found.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), Parser.unescapeEntities(value, true));
        }
        return found.equals(attributes);
    }
}
