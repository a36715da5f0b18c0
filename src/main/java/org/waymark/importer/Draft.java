package org.waymark.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan as the mapping stage builds it, before it is written: themes with their actions, each action with
 * the place of the row it came from, its progress and its extra fields; and what the summary reports.
 * Mutable while one import runs, and owned by it. Package-private.
 */
final class Draft {
    /** A ref the import made, and the row of the action. */
    record Made(String ref, String place, String why) {}

    /** A cell or row the import could not read, with its place. */
    record Unread(String place, String message) {}

    /** A column of a table and the field it went to. */
    record Mapped(String header, String field) {}

    static final class ThemeDraft {
        final String id;
        final String title;
        final List<String> objectives = new ArrayList<>();
        final List<ActionDraft> actions = new ArrayList<>();

        ThemeDraft(String id, String title) {
            this.id = id;
            this.title = title;
        }

        void objective(String line) {
            String l = line.strip();
            if (!l.isEmpty() && !objectives.contains(l)) objectives.add(l);
        }
    }

    static final class ActionDraft {
        final String place;
        final int line;
        final ThemeDraft theme;
        String ref;
        /** the number as the document wrote it, when the ref differs */
        String number = "";
        String title;
        final Map<String, List<String>> lists = new LinkedHashMap<>();
        final List<Map<String, String>> milestones = new ArrayList<>();
        final Map<String, List<String>> extra = new LinkedHashMap<>();
        final List<String> progress = new ArrayList<>();
        Optional<String> status = Optional.empty();

        ActionDraft(String place, int line, ThemeDraft theme, String ref, String title) {
            this.place = place;
            this.line = line;
            this.theme = theme;
            this.ref = ref;
            this.title = title;
        }

        void add(String field, List<String> items) {
            List<String> to = lists.computeIfAbsent(field, k -> new ArrayList<>());
            for (String i : items) if (!to.contains(i)) to.add(i);
        }

        void extra(String label, List<String> items) {
            List<String> to = extra.computeIfAbsent(label, k -> new ArrayList<>());
            for (String i : items) if (!to.contains(i)) to.add(i);
        }

        void milestone(Map<String, String> m) {
            if (!milestones.contains(m)) milestones.add(m);
        }

        void progress(String text) {
            String t = text.strip();
            if (!t.isEmpty() && !progress.contains(t)) progress.add(t);
        }
    }

    String title = "";
    final List<String> description = new ArrayList<>();
    final List<ThemeDraft> themes = new ArrayList<>();
    final List<Mapped> columns = new ArrayList<>();
    final List<String> extras = new ArrayList<>();
    final List<Made> made = new ArrayList<>();
    final List<Unread> unread = new ArrayList<>();
    /** lead names that matched no partner, with the place of their first cell */
    final Map<String, String> unmatched = new LinkedHashMap<>();

    List<ActionDraft> actions() {
        return themes.stream().flatMap(t -> t.actions.stream()).toList();
    }

    boolean hasProgress() {
        return actions().stream().anyMatch(a -> a.status.isPresent() || !a.progress.isEmpty());
    }
}
