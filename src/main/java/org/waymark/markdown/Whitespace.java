package org.waymark.markdown;

/** Text as a reader hears it. */
public final class Whitespace {
    private final StringBuilder out;
    /** Whether a space is due before the next word. */
    private boolean space;

    private Whitespace(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** {@code s} with every run of whitespace made one space, and none at either end. */
    public static String collapse(CharSequence s) {
        Whitespace w = new Whitespace(s.length());
        w.add(s, Integer.MAX_VALUE);
        return w.toString();
    }

    /** A text made up piece by piece, collapsed as it is added. */
    static Whitespace collapsing(int capacity) {
        return new Whitespace(capacity);
    }

    /** Adds {@code s} collapsed, while the text is at most {@code limit} characters long. */
    void add(CharSequence s, int limit) {
        for (int i = 0, n = s.length(); i < n && out.length() <= limit; i++) {
            char c = s.charAt(i);
            // most characters are ASCII letters: Character.isWhitespace only for the rest
            if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
    }

    /** Ends a word: a space comes before the next one, if any. */
    void space() {
        space = out.length() > 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
