package org.waymark.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.check.PageFacts;
import org.waymark.config.SiteConfig;
import org.waymark.model.Helpline;
import org.waymark.model.Phone;
import org.waymark.write.Output;

/**
 * The search index of each language, in files the browser fetches only as a query needs them (the design of
 * Pagefind, written here in Java and read by plain JavaScript). Under {@code /search/<lang>/}:
 * <ul>
 * <li>{@code meta.<hash>.json}, the manifest: the number of documents, the scoring constants, the word chunks by
 * the range of words each holds, the hashes of the fragment files and the filter files. The language's search
 * page names it ({@code data-wm-search-meta}), so a new index is a new page and every file can be cached for ever.
 * <li>{@code c.<hash>.json}, the word chunks: the index's words in order, cut into files of at most
 * {@value #CHUNK_BYTES} bytes, never across a change of a word's first two letters (so an edit changes few chunks).
 * Each word has the number of documents it is in and its first {@value #FIRST_PART} documents, the best first,
 * as (document, times in the title, times in the text, weighted length); the rest are in {@code t.<hash>.json}
 * files of {@value #TAIL_PART} that only a query of several words fetches.
 * <li>{@code fragment-<n>.<hash>.json}, the fragments: title, address and excerpt of {@value #FRAGMENT_DOCS} documents.
 * <li>{@code filter-<kind>.<hash>.json}: the services of each category, area and group ("for").
 * </ul>
 * A document is a page (its title, description and the start of its text, from what the checks read of it) or
 * a helpline, which points at its place on the helplines page so that its name finds it however long that page is.
 *
 * <p>The preview server keeps this object: after an edit it puts in the pages rendered again and writes the
 * files whose content changed (a file's name is its content's hash, so the others are left as they are); the
 * files are the same bytes as a full build's.
 */
public final class SearchIndexes {
    /** The largest word chunk, in bytes. */
    static final int CHUNK_BYTES = 50_000;
    /** The documents of a word kept with it in its chunk: enough for the best results of a one-word query. */
    static final int FIRST_PART = 800;
    /** The documents of a word in each file of the rest. */
    static final int TAIL_PART = 3_000;
    /** The documents in one fragment file. */
    static final int FRAGMENT_DOCS = 8;
    /** Characters of a fragment file's hash, as written in the manifest. */
    static final int FRAGMENT_HASH = 5;
    /** The longest excerpt, in characters. */
    static final int EXCERPT = 200;
    /** How many times a word in a title counts. */
    static final int TITLE_WEIGHT = 3;
    /** BM25's constants, and the weighted length of a document of usual length (a title and the start of a text). */
    static final double K1 = 1.2;
    static final double B = 0.5;
    static final int REFERENCE_LENGTH = 100;
    /** The attribute of the search page that names its language's manifest. */
    static final String META_ATTRIBUTE = "data-wm-search-meta";
    private static final Pattern META = Pattern.compile(META_ATTRIBUTE + "=\"[^\"]*\"");
    /** Pages that are not worth finding. */
    private static final Set<String> SKIP = Set.of("404.html");
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What the directory's filters know of a service: the ids of its categories, areas and groups.
     */
    public record Facets(List<String> categories, List<String> areas, List<String> groups) {
        public Facets {
            categories = List.copyOf(categories);
            areas = List.copyOf(areas);
            groups = List.copyOf(groups);
        }

        List<String> of(String kind) {
            return switch (kind) {
                case "category" -> categories;
                case "area" -> areas;
                default -> groups;
            };
        }
    }

    /** The filters' names, as the search page's form and the manifest call them. */
    static final List<String> FILTERS = List.of("category", "area", "for");

    /**
     * A document of an index: what its fragment shows, and its words with the times each is in the title and
     * in the text (kept as arrays: a 100,000-page site has millions of them).
     */
    private record Doc(String title, String url, String excerpt, String[] words, short[] inTitle, short[] inText, int length,
            Facets facets) {}

    /** A language's documents by key (address, then output file), and the files last made of them. */
    private static final class Index {
        final TreeMap<String, Doc> docs = new TreeMap<>();
        /** One string per word, so that a word in many documents is held once. */
        final Map<String, String> words = new HashMap<>();
        Set<String> files = Set.of();
        String meta = "";
        /** Each word's entry as last made, kept for the words whose documents did not change since (the preview server's edits). */
        final TreeMap<String, Entry> entries = new TreeMap<>();
        /** The words of the documents changed since the entries were made. */
        final Set<String> dirty = new HashSet<>();
        /** Whether documents were added or removed since: their numbers moved, and every entry is made again. */
        boolean moved;

        void changed(Doc a, Doc b) {
            dirty.addAll(Arrays.asList(a.words()));
            dirty.addAll(Arrays.asList(b.words()));
        }
    }

    /** A word's entry in its chunk, and the files of the rest of its documents. */
    private record Entry(byte[] bytes, List<String> tails) {}

    /**
     * The files of an index as they are made: each is written at once unless the last index had it (its name is
     * its content's hash), so that a large site's index is never all in memory.
     */
    private static final class Made {
        final Set<String> names = new HashSet<>();
        private final Output out;
        private final Set<String> before;

        Made(Output out, Set<String> before) {
            this.out = out;
            this.before = before;
        }

        void put(String name, byte[] bytes) {
            if (names.add(name) && !before.contains(name)) out.write(name, bytes);
        }

        /** Keeps a file the last index wrote. */
        void keep(String name) {
            names.add(name);
        }
    }

    private final SiteConfig config;
    private final Map<String, Facets> facets;
    private final Map<String, Index> indexes = new LinkedHashMap<>();
    /** Where each page's document is: its index's language and its key there, by the page's output file. */
    private final Map<String, Place> placed = new HashMap<>();

    private record Place(String lang, String key) {}

    /**
     * @param facets the filters of each service, by its page's path in the default language ("/directory/x/")
     */
    public SearchIndexes(SiteConfig config, Collection<PageFacts> facts, List<Helpline> helplines, Map<String, Facets> facets) {
        this.config = config;
        this.facets = Map.copyOf(facets);
        for (SiteConfig.Language lang : config.languages()) indexes.put(lang.code(), new Index());
        for (PageFacts f : facts) put(f);
        for (SiteConfig.Language lang : config.languages()) {
            Index index = indexes.get(lang.code());
            for (int i = 0; i < helplines.size(); i++) {
                Helpline h = helplines.get(i);
                String url = config.link(prefix(lang.code()) + "helplines/") + "#helpline-" + h.id();
                StringBuilder d = new StringBuilder(h.forWhom());
                for (Phone p : h.phones()) d.append(d.length() > 0 ? " " : "").append(p.written());
                if (!h.hours().isEmpty()) d.append(" (").append(h.hours()).append(')');
                // after the pages' documents of the same address, if there were any (helplines' ids are unique: there are not)
                index.docs.put(url + '\0' + "\uffff" + i, doc(index, h.name(), url, d.toString(), d + " " + h.runBy(), null));
            }
        }
    }

    /**
     * Puts in a page's document, in place of the one it had, if it is worth finding.
     *
     * @return the languages whose index changed
     */
    public Set<String> put(PageFacts f) {
        Set<String> changed = new HashSet<>(2);
        Place was = placed.remove(f.output());
        Doc old = was == null ? null : indexes.get(was.lang()).docs.remove(was.key());
        if (old != null) changed.add(was.lang());
        PageFacts.Summary s = f.summary();
        Index index = indexes.get(s.lang());
        if (index == null || SKIP.contains(f.output()) || f.output().contains("search/") || f.output().endsWith("/print/index.html")
                || s.title().isEmpty()) {
            if (old != null) indexes.get(was.lang()).moved = true;
            return changed;
        }
        String path = "/" + (f.output().endsWith("index.html") ? f.output().substring(0, f.output().length() - "index.html".length()) : f.output());
        String url = config.link(path);
        String inDefault = path.startsWith(prefix(s.lang())) ? "/" + path.substring(prefix(s.lang()).length()) : path;
        String key = url + '\0' + f.output();
        Doc doc = doc(index, s.title(), url, s.description().isEmpty() ? s.text() : s.description(),
                s.description() + " " + s.text(), facets.get(inDefault));
        index.docs.put(key, doc);
        if (old != null && was.lang().equals(s.lang()) && was.key().equals(key)) {
            index.changed(old, doc);
        } else {
            index.moved = true;
            if (old != null) indexes.get(was.lang()).moved = true;
        }
        placed.put(f.output(), new Place(s.lang(), key));
        changed.add(s.lang());
        return changed;
    }

    /** Writes every language's index, and names each manifest in its search page. */
    public void write(Output out) {
        write(out, indexes.keySet());
    }

    /**
     * Makes the indexes of {@code languages} again and writes the files that are new; deletes those no longer
     * named (in a staging folder there are none); then names every language's manifest in its search page.
     */
    public void write(Output out, Set<String> languages) {
        for (Map.Entry<String, Index> e : indexes.entrySet()) {
            if (!languages.contains(e.getKey())) continue;
            Index index = e.getValue();
            Made files = new Made(out, index.files);
            make(e.getKey(), index, files);
            for (String old : index.files) {
                if (!files.names.contains(old)) delete(out.staging().resolve(old));
            }
            index.files = files.names;
        }
        for (Map.Entry<String, Index> e : indexes.entrySet()) nameManifest(out, e.getKey(), e.getValue().meta);
    }

    /** The files of the last {@link #write}, by their path in the output ("search/en/meta.0123456789.json"). */
    public Set<String> files() {
        Set<String> all = new HashSet<>();
        for (Index index : indexes.values()) all.addAll(index.files);
        return all;
    }

    private void nameManifest(Output out, String lang, String meta) {
        String page = prefix(lang).substring(1) + "search/index.html";
        Path file = out.staging().resolve(page);
        try {
            if (!Files.isRegularFile(file)) return;
            String html = Files.readString(file);
            String named = META.matcher(html).replaceFirst(Matcher.quoteReplacement(META_ATTRIBUTE + "=\"" + config.link("/" + meta) + "\""));
            if (!named.equals(html)) out.write(page, named);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the search index in " + file, e);
        }
    }

    private String prefix(String lang) {
        return lang.equals(config.defaultLanguage().code()) ? "/" : "/" + lang + "/";
    }

    private static Doc doc(Index index, String title, String url, String excerpt, String text, Facets facets) {
        Map<String, short[]> counts = new LinkedHashMap<>();
        List<String> titleWords = Words.of(title);
        List<String> textWords = Words.of(text);
        for (String w : titleWords) counts.computeIfAbsent(index.words.computeIfAbsent(w, k -> k), k -> new short[2])[0]++;
        for (String w : textWords) counts.computeIfAbsent(index.words.computeIfAbsent(w, k -> k), k -> new short[2])[1]++;
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

    /** How much a word says about a document, before its rarity: BM25's saturation of the weighted count. */
    static double weight(int inTitle, int inText, int length) {
        double tf = TITLE_WEIGHT * inTitle + inText;
        return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / (double) REFERENCE_LENGTH));
    }

    /** Makes the files of one language's index, named by their path in the output; sets the index's manifest. */
    private void make(String lang, Index index, Made files) {
        String dir = "search/" + lang + "/";
        List<Doc> docs = List.copyOf(index.docs.values());

        // fragments
        StringBuilder fragmentHashes = new StringBuilder();
        for (int from = 0; from < docs.size(); from += FRAGMENT_DOCS) {
            List<Doc> group = docs.subList(from, Math.min(docs.size(), from + FRAGMENT_DOCS));
            byte[] bytes = json(g -> {
                g.writeStartArray();
                for (Doc d : group) {
                    g.writeStartArray();
                    g.writeString(d.title());
                    g.writeString(d.url());
                    g.writeString(d.excerpt());
                    g.writeEndArray();
                }
                g.writeEndArray();
            });
            String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes)).substring(0, FRAGMENT_HASH);
            fragmentHashes.append(hash);
            files.put(dir + "fragment-" + (from / FRAGMENT_DOCS) + "." + hash + ".json", bytes);
        }

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

        // filters
        Map<String, String> filterFiles = new LinkedHashMap<>();
        for (String kind : FILTERS) {
            TreeMap<String, List<Integer>> byValue = new TreeMap<>();
            for (int id = 0; id < docs.size(); id++) {
                Facets f = docs.get(id).facets();
                if (f == null) continue;
                for (String value : f.of(kind)) byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(id);
            }
            if (byValue.isEmpty()) continue;
            byte[] filter = json(g -> {
                g.writeStartObject();
                for (Map.Entry<String, List<Integer>> v : byValue.entrySet()) {
                    g.writeArrayFieldStart(v.getKey());
                    for (int id : v.getValue()) g.writeNumber(id);
                    g.writeEndArray();
                }
                g.writeEndObject();
            });
            String name = "filter-" + kind + "." + hex(filter) + ".json";
            files.put(dir + name, filter);
            filterFiles.put(kind, name);
        }

        byte[] meta = json(g -> {
            g.writeStartObject();
            g.writeNumberField("docs", docs.size());
            g.writeNumberField("k1", K1);
            g.writeNumberField("b", B);
            g.writeNumberField("titleWeight", TITLE_WEIGHT);
            g.writeNumberField("length", REFERENCE_LENGTH);
            g.writeArrayFieldStart("chunks");
            for (String[] c : chunks) {
                g.writeStartArray();
                for (String s : c) g.writeString(s);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeNumberField("fragmentDocs", FRAGMENT_DOCS);
            g.writeStringField("fragments", fragmentHashes.toString());
            g.writeObjectFieldStart("filters");
            for (Map.Entry<String, String> f : filterFiles.entrySet()) g.writeStringField(f.getKey(), f.getValue());
            g.writeEndObject();
            g.writeEndObject();
        });
        index.meta = dir + "meta." + hex(meta) + ".json";
        files.put(index.meta, meta);
    }

    /** A word's entry in its chunk: {@code "word":[documents, [first part], ["t.<hash>.json", ...]]}. */
    private static Entry entry(String dir, String word, int[] p, int n, Made files) {
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
            byte[] tail = json(g -> {
                g.writeStartArray();
                postings(g, p, order, start, Math.min(n, start + TAIL_PART));
                g.writeEndArray();
            });
            String name = "t." + hex(tail) + ".json";
            files.put(dir + name, tail);
            tails.add(name);
        }
        byte[] name = json(g -> g.writeString(word));
        byte[] value = json(g -> {
            g.writeStartArray();
            g.writeNumber(n);
            g.writeStartArray();
            postings(g, p, order, 0, Math.min(n, FIRST_PART));
            g.writeEndArray();
            g.writeStartArray();
            for (String t : tails) g.writeString(t);
            g.writeEndArray();
            g.writeEndArray();
        });
        byte[] entry = Arrays.copyOf(name, name.length + 1 + value.length);
        entry[name.length] = ':';
        System.arraycopy(value, 0, entry, name.length + 1, value.length);
        return new Entry(entry, tails);
    }

    private static void postings(JsonGenerator g, int[] p, Integer[] order, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            int at = order[i] * 2;
            g.writeNumber(p[at]);
            g.writeNumber(p[at + 1] >>> 22);
            g.writeNumber(p[at + 1] >>> 10 & 4095);
            g.writeNumber(p[at + 1] & 1023);
        }
    }

    /** Writes a chunk of entries and returns its first word, last word and file name, as the manifest lists it. */
    private static String[] chunk(String dir, List<String> words, List<byte[]> entries, Made files) {
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
        String name = "c." + hex(chunk) + ".json";
        files.put(dir + name, chunk);
        return new String[] {words.get(0), words.get(words.size() - 1), name};
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes), 0, 5);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
