package org.waymark.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document of an index: what its fragment shows, and its words with the times each is in the title and in the
 * text (kept as arrays: a 100,000-page site has millions of them).
 *
 * @param length the weighted length: a word of the title counts {@value #TITLE_WEIGHT} times
 * @param facets the filters of the service the document is the page of, or null
 */
record Doc(String title, String url, String excerpt, String[] words, short[] inTitle, short[] inText, int length,
        SearchIndexes.Facets facets) {
    /** The longest excerpt, in characters. */
    static final int EXCERPT = 200;
    /** How many times a word in a title counts. */
    static final int TITLE_WEIGHT = 3;

    /**
     * The document of a title, an excerpt and a text.
     *
     * @param strings one string per word of the index, so that a word in many documents is held once
     */
    static Doc of(Map<String, String> strings, String title, String url, String excerpt, String text,
            SearchIndexes.Facets facets) {
        Map<String, short[]> counts = new LinkedHashMap<>();
        List<String> titleWords = Words.of(title);
        List<String> textWords = Words.of(text);
        for (String w : titleWords) counts.computeIfAbsent(strings.computeIfAbsent(w, k -> k), k -> new short[2])[0]++;
        for (String w : textWords) counts.computeIfAbsent(strings.computeIfAbsent(w, k -> k), k -> new short[2])[1]++;
        String[] words = new String[counts.size()];
        short[] inTitle = new short[words.length];
        short[] inText = new short[words.length];
        int i = 0;
        for (Map.Entry<String, short[]> c : counts.entrySet()) {
            words[i] = c.getKey();
            inTitle[i] = c.getValue()[0];
            inText[i++] = c.getValue()[1];
        }
        int length = Math.min(999, TITLE_WEIGHT * titleWords.size() + textWords.size());
        String shown = excerpt.strip();
        if (shown.length() > EXCERPT) {
            int cut = shown.lastIndexOf(' ', EXCERPT);
            shown = shown.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
        }
        return new Doc(title, url, shown, words, inTitle, inText, length, facets);
    }
}
