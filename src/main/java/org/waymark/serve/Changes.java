package org.waymark.serve;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes that one rebuild answers: every file that changed between the first event and a short
 * quiet spell (the watcher's debounce), each file once, in the order they were first seen.
 */
public record Changes(List<Change> changes) {
    public Changes {
        changes = List.copyOf(changes);
    }

    /** The kinds of change in this batch, for a builder that does only what they need. */
    public Set<Change.Kind> kinds() {
        Set<Change.Kind> kinds = EnumSet.noneOf(Change.Kind.class);
        for (Change c : changes) kinds.add(c.kind());
        return kinds;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * For the log: "content/about.md changed (page)", or "3 files changed (2 pages, 1 template):
     * content/a.md, content/b.md, themes/default/templates/page.peb".
     */
    public String describe() {
        if (changes.size() == 1) return changes.get(0).describe();
        Map<Change.Kind, Long> counts = new EnumMap<>(Change.Kind.class);
        for (Change c : changes) counts.merge(c.kind(), 1L, Long::sum);
        String kinds = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
        String files = changes.stream().limit(3).map(Change::path).collect(Collectors.joining(", "));
        if (changes.size() > 3) files += ", …";
        return changes.size() + " files changed (" + kinds + "): " + files;
    }
}
