package org.waymark.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A language's documents by key (address, then output file), and the files last made of them. */
final class Index {
    final TreeMap<String, Doc> docs = new TreeMap<>();
    /** One string per word, so that a word in many documents is held once. */
    final Map<String, String> words = new HashMap<>();
    Set<String> files = Set.of();
    String meta = "";
    /** Each word's entry as last made, kept for the words whose documents did not change since (the preview server's edits). */
    final TreeMap<String, WordChunks.Entry> entries = new TreeMap<>();
    /** The words of the documents changed since the entries were made. */
    final Set<String> dirty = new HashSet<>();
    /** Whether documents were added or removed since: their numbers moved, and every entry is made again. */
    boolean moved;

    void changed(Doc a, Doc b) {
        dirty.addAll(Arrays.asList(a.words()));
        dirty.addAll(Arrays.asList(b.words()));
    }
}
