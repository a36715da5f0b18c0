package org.waymark.search;

import java.util.List;
import org.waymark.export.JsonWriter;

/** The fragment files of an index: title, address and excerpt of {@value #DOCS} documents each. */
final class Fragments {
    /** The documents in one fragment file. */
    static final int DOCS = 8;
    /** Characters of a fragment file's hash, as written in the manifest. */
    static final int HASH = 5;

    private Fragments() {}

    /**
     * Makes the fragment files of {@code docs} ({@code fragment-<n>.<hash>.json}).
     *
     * @return their hashes, one after the other, as the manifest lists them
     */
    static String make(String dir, List<Doc> docs, IndexFiles files) {
        StringBuilder hashes = new StringBuilder();
        for (int from = 0; from < docs.size(); from += DOCS) {
            List<Doc> group = docs.subList(from, Math.min(docs.size(), from + DOCS));
            byte[] bytes = JsonWriter.bytes(json -> {
                json.startArray();
                for (Doc d : group) json.startArray().string(d.title()).string(d.url()).string(d.excerpt()).endArray();
                json.endArray();
            });
            String hash = IndexFiles.base64(bytes, HASH);
            hashes.append(hash);
            files.put(dir + "fragment-" + (from / DOCS) + "." + hash + ".json", bytes);
        }
        return hashes.toString();
    }
}
