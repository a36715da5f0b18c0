package org.waymark.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as the search index holds them and as the browser looks them up: Unicode NFKC, lower case,
 * diacritics taken off Latin letters ("café" is "cafe"), the letters of the Arabic script and of Gurmukhi that are
 * written in more than one way made one, apostrophes dropped ("women's" is "womens"), and split at anything
 * that is not a letter, a mark or a digit. A word is kept to its first {@value #LONGEST} characters.
 *
 * <p>{@code themes/default/assets/js/search.js} does the same to a query, step by step; a change here must be
 * made there too (SearchTest searches with accents and Urdu letters).
 */
final class Words {
    /** The longest word kept, in UTF-16 units: a longer one is cut (a 100,000-letter "word" is noise). */
    static final int LONGEST = 40;

    private Words() {}

    /** The words of {@code text}, in order, repeated as often as they occur. */
    static List<String> of(String text) {
        String s = normalise(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            boolean inWord = i < s.length() && isWordPart(cp);
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                out.add(cut(s.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        return out;
    }

    /** The text with the normalisation above, before it is split into words. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = foldLatin(Normalizer.normalize(s, Normalizer.Form.NFD));
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = letter(c);
            if (m != 0) out.append(m);
        }
        return out.toString();
    }

    /** Drops the combining diacritics (U+0300–U+036F) that follow a Latin letter. */
    private static String foldLatin(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean afterLatin = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean diacritic = cp >= 0x300 && cp <= 0x36f;
            if (!(diacritic && afterLatin)) {
                out.appendCodePoint(cp);
                if (!diacritic) afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** One UTF-16 unit made one with the others written for the same letter, or 0 for one that is dropped. */
    private static char letter(char c) {
        return switch (c) {
            // apostrophes inside words, Arabic short vowels and other marks, tatweel, joiners, Gurmukhi nukta and addak
            case '\'', '\u2019', '\u02bc', '\u0640', '\u0670', '\u200c', '\u200d', '\u0a3c', '\u0a71' -> 0;
            // alef with hamza or madda, alef wasla: alef
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
            // Arabic yeh and alef maksura: Farsi/Urdu yeh
            case '\u064a', '\u0649' -> '\u06cc';
            // Arabic kaf: keheh
            case '\u0643' -> '\u06a9';
            // teh marbuta, heh goal (with hamza), heh with yeh, ae: heh
            case '\u0629', '\u06c1', '\u06c2', '\u06c0', '\u06c3', '\u06d5' -> '\u0647';
            // waw with hamza: waw
            case '\u0624' -> '\u0648';
            // Gurmukhi tippi: bindi
            case '\u0a70' -> '\u0a02';
            default -> {
                if (c >= '\u064b' && c <= '\u065f') yield 0;
                if (c >= '\u0660' && c <= '\u0669') yield (char) ('0' + c - '\u0660');
                if (c >= '\u06f0' && c <= '\u06f9') yield (char) ('0' + c - '\u06f0');
                if (c >= '\u0a66' && c <= '\u0a6f') yield (char) ('0' + c - '\u0a66');
                yield c;
            }
        };
    }

    private static boolean isWordPart(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static String cut(String word) {
        if (word.length() <= LONGEST) return word;
        int end = Character.isHighSurrogate(word.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
        return word.substring(0, end);
    }
}
