package org.waymark.directory;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
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
    /**
     * A postcode in text already {@link #normalise normalised}, where a hyphen, dot or underscore may stand between its
     * two halves too, as in an address written into a web address or an email address ("mk40-1aa@").
     */
    private static final Pattern IN_NORMALISED = Pattern.compile("(?<![\\p{IsLatin}\\p{N}])"
            + "(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ ._-]?[0-9][A-Z]{2})(?![\\p{IsLatin}\\p{N}])", Pattern.CASE_INSENSITIVE);
    /** A house number and a street: "12 Hidden Lane", "4a, Mill Road". */
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\p{N}])[0-9]{1,4}[A-Za-z]?,? (?:\\p{Lu}[\\p{L}'’-]* ){1,3}"
            + "(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Crescent|Place|Terrace|Gardens|Court|Grove|Row|Walk|Square|Mews"
            + "|Rise|Way|Hill)(?![\\p{L}\\p{N}])");
    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");
    /** The named entities that write a space, a hyphen, nothing, or the characters markup is made of. */
    private static final Map<String, String> NAMED = named();

    private static Map<String, String> named() {
        Map<String, String> m = new HashMap<>();
        for (String n : ("nbsp NonBreakingSpace ensp emsp emsp13 emsp14 numsp puncsp thinsp ThinSpace hairsp VeryThinSpace "
                + "MediumSpace ThickSpace Tab NewLine").split(" ")) {
            m.put(n, " ");
        }
        for (String n : "shy zwsp ZeroWidthSpace zwj zwnj NoBreak wj".split(" ")) m.put(n, "");
        String[] chars = {"amp &", "lt <", "gt >", "quot \"", "apos '", "hyphen -", "dash -", "ndash -", "minus -", "period .",
            "lowbar _", "ast *", "midast *", "grave `", "percnt %", "commat @"};
        for (String c : chars) m.put(c.substring(0, c.indexOf(' ')), c.substring(c.indexOf(' ') + 1));
        return Map.copyOf(m);
    }

    private Postcodes() {}

    /** The first postcode written in {@code text}, if any, as it is written there. */
    static Optional<String> find(String text) {
        Matcher m = IN_TEXT.matcher(asciiDigits(text));
        return m.find() ? Optional.of(text.substring(m.start(), m.end())) : Optional.empty();
    }

    /**
     * The first postcode, or house number and street, that {@code text} gives however it is written: with a
     * non-breaking or other Unicode space, an HTML entity, a soft hyphen or zero-width character inside it, in
     * Markdown emphasis or HTML tags, percent-encoded in a web address. Found in the {@link #normalise normalised}
     * text, and given as it reads there.
     */
    static Optional<Found> findAnyhow(String text) {
        String plain = normalise(text);
        Matcher m = IN_NORMALISED.matcher(plain);
        if (m.find()) return Optional.of(new Found(m.group(), false));
        Matcher street = STREET.matcher(plain);
        return street.find() ? Optional.of(new Found(street.group(), true)) : Optional.empty();
    }

    /** A postcode, or a house number and street ({@code street}), as it reads in normalised text. */
    record Found(String text, boolean street) {}

    /**
     * {@code text} as a reader sees it: web addresses percent-decoded, HTML entities decoded, Unicode compatibility
     * forms folded (NFKC: full-width letters, the non-breaking space), invisible characters (soft hyphens,
     * zero-width spaces and joiners, direction marks) removed, HTML tags and Markdown's emphasis and code marks
     * removed, digits of any script as ASCII digits, and every run of spaces of any kind one space.
     */
    static String normalise(String text) {
        String s = text;
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = entities(percentDecoded(s));
            if (s.equals(before)) break;
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = s.replaceAll("\\p{Cf}", "");
        s = s.replaceAll("<[^<>]*>", "");
        s = s.replaceAll("[*_`~\\\\]", "");
        s = s.replaceAll("[\\p{Z}\\s]+", " ");
        return asciiDigits(s);
    }

    /** Every run of %XX in {@code s} decoded as UTF-8, and a '+' next to one as a space (a query string's space). */
    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
        Matcher m = PERCENT.matcher(s.replace('+', ' '));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            byte[] bytes = new byte[run.length() / 3];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) Integer.parseInt(run.substring(3 * i + 1, 3 * i + 3), 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** HTML entities decoded: every numeric one, and the named ones that write spaces, hyphens or markup. */
    private static String entities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String with;
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                with = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            } else {
                with = NAMED.getOrDefault(name, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
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
