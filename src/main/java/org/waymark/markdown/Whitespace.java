package org.waymark.markdown;

/** Text as a reader hears it. */
public final class Whitespace {
    private Whitespace() {}

    /** {@code s} with every run of whitespace made one space, and none at either end. */
    public static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
