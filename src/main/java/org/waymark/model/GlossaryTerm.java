package org.waymark.model;

import java.util.Locale;
import org.waymark.diag.Pos;

/** An acronym or term, its expansion and an optional plain explanation. */
public record GlossaryTerm(String term, String expansion, String explanation, String source, Pos pos) {
    /** The id of the term's entry on the glossary page. */
    public String anchor() {
        return "term-" + term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
