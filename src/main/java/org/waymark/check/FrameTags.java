package org.waymark.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The quick scan of a frame's tags: it hands each start tag, end tag and text to a {@link FramePage} and writes
 * the frame's shape (tags and attributes, texts reduced to "there is some", addresses to their kind).
 */
final class FrameTags {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "poster", "data", "cite", "formaction");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder", "value");

    private FrameTags() {}

    /**
     * Reads {@code html[from, to)}: tags, attributes and text, with comments dropped and the raw text of
     * scripts and styles kept. Returns false for anything it cannot read with certainty (a tag or comment
     * left open, markup it does not know), and the page is then parsed instead.
     */
    static boolean scan(String h, int from, int to, FramePage page, StringBuilder shape) {
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
        if (u.startsWith("//") || u.startsWith("http:") || u.startsWith("https:")) return Urls.origin(url);
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) return u.substring(0, colon + 1);
        return "path";
    }
}
