package org.waymark.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds UK postcodes, written in capitals or not, with or without the space. The shape is the general one
 * (one or two letters, a digit, an optional letter or digit, then a digit and two letters), not the Royal
 * Mail's finer rules about which letters are used where: a refuge's text is better refused for something
 * that only looks like a postcode than published with one the rules did not expect.
 *
 * <p>Text in another language is read the same way: a postcode is found right next to a letter of another
 * script ("MK41 7QXپر"), and its digits may be written in any script (Urdu's ۴۱, Punjabi's ੪੧).
 */
final class Postcodes {
    /** The shape of a UK postcode: the outward code, an optional space, the inward code. */
    private static final String SHAPE = "(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})";
    private static final Pattern IN_TEXT =
            Pattern.compile("(?<![\\p{IsLatin}\\p{N}])" + SHAPE + "(?![\\p{IsLatin}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE = Pattern.compile(SHAPE, Pattern.CASE_INSENSITIVE);

    private Postcodes() {}

    /** The first postcode written in {@code text}, if any, as it is written there. */
    static Optional<String> find(String text) {
        Matcher m = IN_TEXT.matcher(asciiDigits(text));
        return m.find() ? Optional.of(text.substring(m.start(), m.end())) : Optional.empty();
    }

    /** {@code text} with every decimal digit of any script as its ASCII digit; the same length, so places hold. */
    static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (out == null) out = new StringBuilder(text);
                out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isPostcode(String text) {
        return WHOLE.matcher(text.trim()).matches();
    }
}
