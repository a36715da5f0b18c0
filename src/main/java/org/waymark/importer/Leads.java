package org.waymark.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.model.Partner;

/**
 * Who leads an action, as plans write it: names split at line breaks, commas, semicolons, " and " and "&"
 * where every part is a name, each matched to partners.yml by id, name, short name or initials ("LC").
 * Package-private.
 */
final class Leads {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\s&\\s|\\sand\\s)\\s*");
    private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "&", "in", "on", "to");

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byInitials = new HashMap<>();

    Leads(List<Partner> partners) {
        for (Partner p : partners) byName.put(p.id().toLowerCase(Locale.ROOT), p.id());
        for (Partner p : partners) byName.putIfAbsent(norm(p.name()), p.id());
        for (Partner p : partners) if (!p.shortName().isBlank()) byName.putIfAbsent(norm(p.shortName()), p.id());
        for (Partner p : partners) byName.putIfAbsent(slug(p.name()), p.id());
        for (Partner p : partners) {
            String initials = initials(p.name());
            if (initials.length() >= 2) byInitials.merge(initials, p.id(), (a, b) -> a.equals(b) ? a : "");
        }
    }

    /** The names in the lines of a lead cell, in order, each once. */
    static List<String> split(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) continue;
            List<String> parts = List.of(SEPARATORS.split(text));
            boolean names = parts.size() > 1 && parts.stream().allMatch(Leads::isName);
            for (String p : names ? parts : List.of(text)) {
                String name = p.strip().replaceAll("\\s+", " ");
                if (!name.isEmpty() && !out.contains(name)) out.add(name);
            }
        }
        return out;
    }

    /** A part that starts with a capital or a digit and is not a whole sentence. */
    private static boolean isName(String part) {
        String p = part.strip();
        return !p.isEmpty() && (Character.isUpperCase(p.codePointAt(0)) || Character.isDigit(p.codePointAt(0)))
                && p.split("\\s+").length <= 8;
    }

    /** The partners.yml id of {@code name}, if it names a partner. */
    Optional<String> match(String name) {
        String id = byName.get(norm(name));
        if (id == null) id = byName.get(slug(name));
        if (id == null && name.matches("[A-Z]{2,6}")) {
            id = byInitials.get(name);
            if (id != null && id.isEmpty()) id = null;
        }
        return Optional.ofNullable(id);
    }

    /** "Lancashire County Council" → "LCC"; small words are left out. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[^\\p{L}\\p{N}&]+")) {
            if (w.isEmpty() || SMALL.contains(w.toLowerCase(Locale.ROOT))) continue;
            b.append(Character.toUpperCase(w.charAt(0)));
        }
        return b.toString();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
