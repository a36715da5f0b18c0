package org.waymark.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds UK postcodes, written in capitals or not, with or without the space. The shape is the general one
 * (one or two letters, a digit, an optional letter or digit, then a digit and two letters), not the Royal
 * Mail's finer rules about which letters are used where: a refuge's text is better refused for something
 * that only looks like a postcode than published with one the rules did not expect.
 */
final class Postcodes {
    /** The shape of a UK postcode: the outward code, an optional space, the inward code. */
    private static final String SHAPE = "(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})";
    private static final Pattern IN_TEXT =
            Pattern.compile("(?<![\\p{L}\\p{N}])" + SHAPE + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE = Pattern.compile(SHAPE, Pattern.CASE_INSENSITIVE);

    private Postcodes() {}

    /** The first postcode written in {@code text}, if any. */
    static Optional<String> find(String text) {
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    static boolean isPostcode(String text) {
        return WHOLE.matcher(text.trim()).matches();
    }
}
