package org.waymark.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@value WordChunks#CHUNK_BYTES} bytes, never across a change of a word's first two letters (so an edit changes few chunks).
 * Each word has the number of documents it is in and its first {@value WordChunks#FIRST_PART} documents, the best first,
 * as (document, times in the title, times in the text, weighted length); the rest are in {@code t.<hash>.json}
 * files of {@value WordChunks#TAIL_PART} that only a query of several words fetches.
 * <li>{@code fragment-<n>.<hash>.json}, the fragments: title, address and excerpt of {@value Fragments#DOCS} documents.
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
    /** The attribute of the search page that names its language's manifest. */
    static final String META_ATTRIBUTE = "data-wm-search-meta";
    private static final Pattern META = Pattern.compile(META_ATTRIBUTE + "=\"[^\"]*\"");
    /** Pages that are not worth finding. */
    private static final Set<String> SKIP = Set.of("404.html");

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

    private final SiteConfig config;
    private final Map<String, Facets> facets;
    private final Map<String, Index> indexes = new LinkedHashMap<>();
    /** The search pages' output files, one per language: not worth finding (a page whose address only ends in "search/", as "research/" does, is). */
    private final Set<String> searchPages = new HashSet<>();
    /** Where each page's document is: its index's language and its key there, by the page's output file. */
    private final Map<String, Place> placed = new HashMap<>();

    private record Place(String lang, String key) {}

    /**
     * @param facets the filters of each service, by its page's path in the default language ("/directory/x/")
     */
    public SearchIndexes(SiteConfig config, Collection<PageFacts> facts, List<Helpline> helplines, Map<String, Facets> facets) {
        this.config = config;
        this.facets = Map.copyOf(facets);
        for (SiteConfig.Language lang : config.languages()) {
            indexes.put(lang.code(), new Index());
            searchPages.add(searchPage(lang.code()));
        }
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
                index.docs.put(url + '\0' + "\uffff" + i, Doc.of(index.words, h.name(), url, d.toString(), d + " " + h.runBy(), null));
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
        if (index == null || SKIP.contains(f.output()) || searchPages.contains(f.output()) || f.output().endsWith("/print/index.html")
                || s.title().isEmpty()) {
            if (old != null) indexes.get(was.lang()).moved = true;
            return changed;
        }
        String path = "/" + (f.output().endsWith("index.html") ? f.output().substring(0, f.output().length() - "index.html".length()) : f.output());
        String url = config.link(path);
        String inDefault = path.startsWith(prefix(s.lang())) ? "/" + path.substring(prefix(s.lang()).length()) : path;
        String key = url + '\0' + f.output();
        Doc doc = Doc.of(index.words, s.title(), url, s.description().isEmpty() ? s.text() : s.description(),
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
            IndexFiles files = new IndexFiles(out, index.files);
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
        String page = searchPage(lang);
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

    /** The output file of a language's search page ("search/index.html", "ur/search/index.html"). */
    private String searchPage(String lang) {
        return prefix(lang).substring(1) + "search/index.html";
    }

    private String prefix(String lang) {
        return lang.equals(config.defaultLanguage().code()) ? "/" : "/" + lang + "/";
    }

    /** Makes the files of one language's index, named by their path in the output; sets the index's manifest. */
    private static void make(String lang, Index index, IndexFiles files) {
        String dir = "search/" + lang + "/";
        List<Doc> docs = List.copyOf(index.docs.values());
        String fragments = Fragments.make(dir, docs, files);
        List<String[]> chunks = WordChunks.make(dir, index, docs, files);
        index.meta = Manifest.make(dir, docs, chunks, fragments, files);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
