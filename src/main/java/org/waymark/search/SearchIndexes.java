package org.waymark.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.waymark.check.PageFacts;
import org.waymark.config.SiteConfig;
import org.waymark.model.Helpline;
import org.waymark.model.Phone;
import org.waymark.write.Output;

/**
 * The search indexes of a site, one per language ({@code /search/index-en.json}), made from what the checks read
 * of every page, and the search library. Each helpline is an entry of its own, pointing at its place on the
 * helplines page, so that a search for its name finds it however long that page is.
 *
 * <p>Each entry is turned into JSON once: the preview server keeps the indexes and, after an edit, puts in the
 * entries of the pages it rendered again and writes the indexes out again from the entries it has (at 10,000
 * pages, turning every entry into JSON again took 60 ms of an edit's 70). An index is its entries by address, as
 * one JSON array, the same bytes whichever way it was made.
 */
public final class SearchIndexes {
    static final String FUSE = "META-INF/resources/webjars/fuse.js/7.1.0/dist/fuse.basic.min.js";
    static final String FUSE_LICENSE = "META-INF/resources/webjars/fuse.js/7.1.0/LICENSE";
    static final String FUSE_FILE = "assets/js/fuse.basic.min.js";
    private static final String FUSE_LICENSE_FILE = "assets/js/fuse-LICENSE.txt";
    /** Pages that are not worth finding. */
    private static final Set<String> SKIP = Set.of("404.html");
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private final SiteConfig config;
    /**
     * Each language's entries in the order of its index: by address, then (for two with one address, which a
     * site should not have) by the page's output file or the helpline's place in the list.
     */
    private final Map<String, TreeMap<String, byte[]>> entries = new LinkedHashMap<>();
    /** Where each page's entry is: its index's language and its key there, by the page's output file. */
    private final Map<String, Place> placed = new HashMap<>();

    private record Place(String lang, String key) {}

    public SearchIndexes(SiteConfig config, Collection<PageFacts> facts, List<Helpline> helplines) {
        this.config = config;
        for (SiteConfig.Language lang : config.languages()) entries.put(lang.code(), new TreeMap<>());
        for (PageFacts f : facts) put(f);
        for (SiteConfig.Language lang : config.languages()) {
            String prefix = lang.code().equals(config.defaultLanguage().code()) ? "/" : "/" + lang.code() + "/";
            for (int i = 0; i < helplines.size(); i++) {
                Helpline h = helplines.get(i);
                Map<String, String> e = new LinkedHashMap<>();
                e.put("t", h.name());
                e.put("u", config.link(prefix + "helplines/") + "#helpline-" + h.id());
                StringBuilder d = new StringBuilder(h.forWhom());
                for (Phone p : h.phones()) d.append(d.length() > 0 ? " " : "").append(p.written());
                if (!h.hours().isEmpty()) d.append(" (").append(h.hours()).append(')');
                e.put("d", d.toString());
                e.put("x", h.runBy());
                // after the pages' entries of the same address, if there were any (helplines' ids are unique: there are not)
                entries.get(lang.code()).put(e.get("u") + '\0' + "\uffff" + i, json(e));
            }
        }
    }

    /** The files {@link #write} writes, known before it runs (the link check is told them while they are written). */
    public static List<String> files(SiteConfig config) {
        List<String> files = new ArrayList<>();
        for (SiteConfig.Language lang : config.languages()) files.add(indexFile(lang.code()));
        files.add(FUSE_FILE);
        files.add(FUSE_LICENSE_FILE);
        return files;
    }

    /**
     * Puts in a page's entry, in place of the one it had, if it is worth finding.
     *
     * @return the languages whose index changed
     */
    public Set<String> put(PageFacts f) {
        Set<String> changed = new HashSet<>(2);
        Place was = placed.remove(f.output());
        if (was != null && entries.get(was.lang()).remove(was.key()) != null) changed.add(was.lang());
        PageFacts.Summary s = f.summary();
        TreeMap<String, byte[]> index = entries.get(s.lang());
        if (index == null || SKIP.contains(f.output()) || f.output().contains("search/") || f.output().endsWith("/print/index.html")
                || s.title().isEmpty()) {
            return changed;
        }
        Map<String, String> e = new LinkedHashMap<>();
        e.put("t", s.title());
        e.put("u", config.link("/" + (f.output().endsWith("index.html") ? f.output().substring(0, f.output().length() - "index.html".length()) : f.output())));
        if (!s.description().isEmpty()) e.put("d", s.description());
        e.put("x", s.text());
        String key = e.get("u") + '\0' + f.output();
        index.put(key, json(e));
        placed.put(f.output(), new Place(s.lang(), key));
        changed.add(s.lang());
        return changed;
    }

    /** Writes every index and the search library. */
    public void write(Output out) {
        write(out, entries.keySet());
        out.write(FUSE_FILE, resource(FUSE));
        out.write(FUSE_LICENSE_FILE, resource(FUSE_LICENSE));
    }

    /** Writes the indexes of {@code languages}. */
    public void write(Output out, Set<String> languages) {
        for (Map.Entry<String, TreeMap<String, byte[]>> index : entries.entrySet()) {
            if (!languages.contains(index.getKey())) continue;
            int length = 2 + Math.max(0, index.getValue().size() - 1);
            for (byte[] e : index.getValue().values()) length += e.length;
            byte[] json = new byte[length];
            int at = 0;
            json[at++] = '[';
            for (byte[] e : index.getValue().values()) {
                if (at > 1) json[at++] = ',';
                System.arraycopy(e, 0, json, at, e.length);
                at += e.length;
            }
            json[at] = ']';
            out.write(indexFile(index.getKey()), json);
        }
    }

    /** The search index of the pages in {@code lang}, in the output. */
    static String indexFile(String lang) {
        return "search/index-" + lang + ".json";
    }

    private static byte[] json(Map<String, String> entry) {
        try {
            return JSON.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SearchIndexes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the Fuse.js WebJar is missing from the class path: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
