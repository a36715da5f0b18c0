package org.waymark.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.waymark.export.JsonWriter;

/**
 * The manifest of an index ({@code meta.<hash>.json}) and the filter files it names ({@code filter-<kind>.<hash>.json}:
 * the documents of each category, area and group of services).
 */
final class Manifest {
    /** The filters' names, as the search page's form and the manifest call them. */
    static final List<String> FILTERS = List.of("category", "area", "for");

    private Manifest() {}

    /**
     * Makes the filter files and the manifest.
     *
     * @param chunks the word chunks, each as its first word, last word and file name
     * @param fragments the fragment files' hashes, one after the other
     * @return the manifest's path in the output
     */
    static String make(String dir, List<Doc> docs, List<String[]> chunks, String fragments, IndexFiles files) {
        Map<String, String> filters = filters(dir, docs, files);
        byte[] meta = JsonWriter.bytes(json -> {
            json.startObject()
                    .field("docs", docs.size())
                    .field("k1", WordChunks.K1)
                    .field("b", WordChunks.B)
                    .field("titleWeight", Doc.TITLE_WEIGHT)
                    .field("length", WordChunks.REFERENCE_LENGTH)
                    .name("chunks").startArray();
            for (String[] c : chunks) {
                json.startArray();
                for (String s : c) json.string(s);
                json.endArray();
            }
            json.endArray()
                    .field("fragmentDocs", Fragments.DOCS)
                    .field("fragments", fragments)
                    .name("filters").startObject();
            filters.forEach(json::field);
            json.endObject().endObject();
        });
        String name = dir + "meta." + IndexFiles.hex(meta) + ".json";
        files.put(name, meta);
        return name;
    }

    /** Makes the filter files of the kinds some document has; returns their names by kind. */
    private static Map<String, String> filters(String dir, List<Doc> docs, IndexFiles files) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String kind : FILTERS) {
            TreeMap<String, List<Integer>> byValue = new TreeMap<>();
            for (int id = 0; id < docs.size(); id++) {
                SearchIndexes.Facets f = docs.get(id).facets();
                if (f == null) continue;
                for (String value : f.of(kind)) byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(id);
            }
            if (byValue.isEmpty()) continue;
            byte[] filter = JsonWriter.bytes(json -> {
                json.startObject();
                for (Map.Entry<String, List<Integer>> v : byValue.entrySet()) {
                    json.name(v.getKey()).startArray();
                    for (int id : v.getValue()) json.number(id);
                    json.endArray();
                }
                json.endObject();
            });
            String name = "filter-" + kind + "." + IndexFiles.hex(filter) + ".json";
            files.put(dir + name, filter);
            names.put(kind, name);
        }
        return names;
    }
}
