package org.waymark.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.diag.Pos;

/** A YAML mapping whose keys keep their order and their place. */
public record YMap(Pos pos, Map<String, Entry> entries) implements YNode {
    /** One key with where it was written, and its value. */
    public record Entry(String key, Pos keyPos, YNode value) {}

    public YMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public YNode get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    @Override
    public String describe() {
        return "a set of fields";
    }
}
