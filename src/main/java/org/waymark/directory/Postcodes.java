package org.waymark.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds UK postcodes, written in capitals or not, with or without the space. */
final class Postcodes {
    /** The shape of a UK postcode (outward code, then inward code), after the Royal Mail's rules. */
    private static final String SHAPE =
            "(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})";
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
