package org.waymark.html;

/**
 * The one escaper for text that Waymark writes into HTML or XML itself. It escapes what the templates'
 * escaper (Pebble's) escapes, the same way, so a value reads the same whoever wrote it: whatever the text
 * holds, it comes out as text, in an element's content and in an attribute value in either kind of quotes.
 */
public final class Html {
    private Html() {}

    /** {@code s} with {@code & < > " '} written as entities. */
    public static String escape(String s) {
        int first = firstSpecial(s);
        if (first < 0) return s;
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '&', '<', '>', '"', '\'' -> {
                    return i;
                }
                default -> { }
            }
        }
        return -1;
    }
}
