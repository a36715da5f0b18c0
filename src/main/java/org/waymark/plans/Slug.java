package org.waymark.plans;

import java.text.Normalizer;
import java.util.Locale;

/** Web-address parts made from refs, ids and names: "1.1" → "1-1", "Stakeholders" → "stakeholders". */
final class Slug {
    private Slug() {}

    static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    /** Whether {@code text} is written like an id (lower-case words joined by hyphens) rather than a name. */
    static boolean looksLikeId(String text) {
        return text.matches("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    }
}
