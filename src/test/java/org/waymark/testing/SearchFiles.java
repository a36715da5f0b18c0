package org.waymark.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A built site's search index read as the browser reads it, starting from the manifest its search page names:
 * the documents (title, address, excerpt) and the documents of a word.
 */
public final class SearchFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path output;
    private final String base;
    private final JsonNode meta;

    private SearchFiles(Path output, String metaUrl) {
        this.output = output;
        this.base = metaUrl.substring(0, metaUrl.lastIndexOf('/') + 1);
        this.meta = read(metaUrl);
    }

    /** The index of the language whose search page is at {@code searchPage} ("/search/", "/ur/search/"). */
    public static SearchFiles of(TestSite site, String searchPage) {
        return of(site.output(), searchPage);
    }

    /** The index of the site in {@code output} whose search page is at {@code searchPage}. */
    public static SearchFiles of(Path output, String searchPage) {
        Element box;
        try {
            box = Jsoup.parse(Files.readString(output.resolve(searchPage.substring(1) + "index.html"))).selectFirst("[data-wm-search]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (box == null || box.attr("data-wm-search-meta").isEmpty()) throw new AssertionError(searchPage + " names no search index");
        return new SearchFiles(output, box.attr("data-wm-search-meta"));
    }

    /** Every document, as [title, address, excerpt], in the order of the index. */
    public List<JsonNode> documents() {
        List<JsonNode> docs = new ArrayList<>();
        int size = meta.get("fragmentDocs").asInt();
        String hashes = meta.get("fragments").asText();
        for (int group = 0; group * 5 < hashes.length(); group++) {
            for (JsonNode d : read(base + "fragment-" + group + "." + hashes.substring(group * 5, group * 5 + 5) + ".json")) docs.add(d);
        }
        if (docs.size() != meta.get("docs").asInt()) throw new AssertionError("the fragments hold " + docs.size() + " documents of " + meta.get("docs"));
        return docs;
    }

    /** The title of each document by its address. */
    public Map<String, String> titles() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode d : documents()) out.put(d.get(1).asText(), d.get(0).asText());
        return out;
    }

    /** Everything a visitor could be shown: every fragment's text. */
    public String text() {
        return documents().toString();
    }

    /** The addresses of the documents a word (as the index holds it) is in, every one of them. */
    public List<String> find(String word) {
        List<JsonNode> docs = documents();
        List<String> out = new ArrayList<>();
        for (JsonNode chunk : meta.get("chunks")) {
            if (chunk.get(0).asText().compareTo(word) > 0 || chunk.get(1).asText().compareTo(word) < 0) continue;
            JsonNode entry = read(base + chunk.get(2).asText()).get(word);
            if (entry == null) continue;
            List<JsonNode> parts = new ArrayList<>(List.of(entry.get(1)));
            for (JsonNode tail : entry.get(2)) parts.add(read(base + tail.asText()));
            for (JsonNode part : parts) {
                for (int i = 0; i < part.size(); i += 4) out.add(docs.get(part.get(i).asInt()).get(1).asText());
            }
            if (out.size() != entry.get(0).asInt()) throw new AssertionError(word + " is in " + entry.get(0) + " documents, its lists hold " + out.size());
        }
        return out;
    }

    public JsonNode meta() {
        return meta;
    }

    private JsonNode read(String url) {
        try {
            return JSON.readTree(Files.readString(output.resolve(url.substring(1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
