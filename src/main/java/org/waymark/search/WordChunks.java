package org.waymark.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.waymark.export.JsonWriter;

/**
 * The word chunks of an index ({@code c.<hash>.json}): its words in order, cut into files of at most
 * {@value #CHUNK_BYTES} bytes, never across a change of a word's first two letters. Each word has the number of
 * documents it is in and its first {@value #FIRST_PART} documents, the best first, as (document, times in the title,
 * times in the text, weighted length); the rest are in {@code t.<hash>.json} files of {@value #TAIL_PART}.
 */
final class WordChunks {
    /** The largest word chunk, in bytes. */
    static final int CHUNK_BYTES = 50_000;
    /** The documents of a word kept with it in its chunk: enough for the best results of a one-word query. */
    static final int FIRST_PART = 800;
    /** The documents of a word in each file of the rest. */
    static final int TAIL_PART = 3_000;
    /** BM25's constants, and the weighted length of a document of usual length (a title and the start of a text). */
    static final double K1 = 1.2;
    static final double B = 0.5;
    static final int REFERENCE_LENGTH = 100;

    /** A word's entry in its chunk, and the files of the rest of its documents. */
    record Entry(byte[] bytes, List<String> tails) {}

    private WordChunks() {}

    /** How much a word says about a document, before its rarity: BM25's saturation of the weighted count. */
    static double weight(int inTitle, int inText, int length) {
        double tf = Doc.TITLE_WEIGHT * inTitle + inText;
        return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / (double) REFERENCE_LENGTH));
    }

    /**
     * Makes the entries of the words whose documents changed (of every word, after documents were added or removed)
     * and the chunks of all the index's entries.
     *
     * @return the chunks, each as its first word, last word and file name, as the manifest lists them
     */
    static List<String[]> make(String dir, Index index, List<Doc> docs, IndexFiles files) {
        // the words' documents, each as (document, in title << 22 | in text << 10 | length): of every word, or after an edit that
        // moved no document, of the words of the documents it changed (the other words' entries are as they were)
        Set<String> wanted = index.moved ? null : index.entries.isEmpty() ? null : index.dirty;
        if (wanted == null) index.entries.clear();
        else index.entries.keySet().removeAll(wanted);
        TreeMap<String, int[]> postings = new TreeMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            Doc d = docs.get(id);
            for (int i = 0; i < d.words().length; i++) {
                String w = d.words()[i];
                if (wanted != null && !wanted.contains(w)) continue;
                int n = sizes.getOrDefault(w, 0);
                int[] p = postings.get(w);
                if (p == null || p.length < (n + 1) * 2) postings.put(w, p = Arrays.copyOf(p == null ? new int[0] : p, Math.max(4, (n + 1) * 3)));
                p[n * 2] = id;
                p[n * 2 + 1] = Math.min(255, d.inTitle()[i]) << 22 | Math.min(4095, d.inText()[i]) << 10 | d.length();
                sizes.put(w, n + 1);
            }
        }

        // chunks: whole words, at most CHUNK_BYTES, a new chunk where the first two letters change
        List<String[]> chunks = new ArrayList<>();
        List<byte[]> entries = new ArrayList<>();
        List<String> chunkWords = new ArrayList<>();
        int bytes = 0;
        String group = null;
        for (Map.Entry<String, int[]> e : postings.entrySet()) index.entries.put(e.getKey(), entry(dir, e.getKey(), e.getValue(), sizes.get(e.getKey()), files));
        index.dirty.clear();
        index.moved = false;
        for (Map.Entry<String, Entry> e : index.entries.entrySet()) {
            String w = e.getKey();
            byte[] entry = e.getValue().bytes();
            for (String t : e.getValue().tails()) files.keep(dir + t);
            String g = w.substring(0, w.offsetByCodePoints(0, Math.min(2, w.codePointCount(0, w.length()))));
            if (!chunkWords.isEmpty() && (!g.equals(group) || bytes + entry.length + 2 > CHUNK_BYTES)) {
                chunks.add(chunk(dir, chunkWords, entries, files));
                chunkWords.clear();
                entries.clear();
                bytes = 0;
            }
            group = g;
            chunkWords.add(w);
            entries.add(entry);
            bytes += entry.length + 1;
        }
        if (!chunkWords.isEmpty()) chunks.add(chunk(dir, chunkWords, entries, files));
        return chunks;
    }

    /** A word's entry in its chunk: {@code "word":[documents, [first part], ["t.<hash>.json", ...]]}. */
    private static Entry entry(String dir, String word, int[] p, int n, IndexFiles files) {
        Integer[] order = new Integer[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            weights[i] = weight(p[i * 2 + 1] >>> 22, p[i * 2 + 1] >>> 10 & 4095, p[i * 2 + 1] & 1023);
        }
        // the best first; of two as good, the first document first
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(p[a * 2], p[b * 2]));
        List<String> tails = new ArrayList<>();
        for (int from = FIRST_PART; from < n; from += TAIL_PART) {
            int start = from;
            byte[] tail = JsonWriter.bytes(json -> postings(json.startArray(), p, order, start, Math.min(n, start + TAIL_PART)).endArray());
            String name = "t." + IndexFiles.hex(tail) + ".json";
            files.put(dir + name, tail);
            tails.add(name);
        }
        byte[] name = JsonWriter.bytes(json -> json.string(word));
        byte[] value = JsonWriter.bytes(json -> {
            postings(json.startArray().number(n).startArray(), p, order, 0, Math.min(n, FIRST_PART)).endArray().startArray();
            for (String t : tails) json.string(t);
            json.endArray().endArray();
        });
        byte[] entry = Arrays.copyOf(name, name.length + 1 + value.length);
        entry[name.length] = ':';
        System.arraycopy(value, 0, entry, name.length + 1, value.length);
        return new Entry(entry, tails);
    }

    private static JsonWriter postings(JsonWriter json, int[] p, Integer[] order, int from, int to) {
        for (int i = from; i < to; i++) {
            int at = order[i] * 2;
            json.number(p[at]).number(p[at + 1] >>> 22).number(p[at + 1] >>> 10 & 4095).number(p[at + 1] & 1023);
        }
        return json;
    }

    /** Writes a chunk of entries and returns its first word, last word and file name, as the manifest lists it. */
    private static String[] chunk(String dir, List<String> words, List<byte[]> entries, IndexFiles files) {
        int length = 1 + entries.size();
        for (byte[] e : entries) length += e.length;
        byte[] chunk = new byte[length];
        int at = 0;
        chunk[at++] = '{';
        for (byte[] e : entries) {
            if (at > 1) chunk[at++] = ',';
            System.arraycopy(e, 0, chunk, at, e.length);
            at += e.length;
        }
        chunk[at] = '}';
        String name = "c." + IndexFiles.hex(chunk) + ".json";
        files.put(dir + name, chunk);
        return new String[] {words.get(0), words.get(words.size() - 1), name};
    }
}
