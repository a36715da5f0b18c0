package org.waymark.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.diag.Diagnostics;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YList;
import org.waymark.yaml.YNode;
import org.waymark.model.GlossaryTerm;

/** Reads content/glossary.yml: a list of terms with their expansion and an optional explanation. */
final class GlossaryReader {
    private GlossaryReader() {}

    static List<GlossaryTerm> read(YNode root, String file, Diagnostics diags) {
        List<GlossaryTerm> terms = new ArrayList<>();
        if (!(root instanceof YList list)) {
            diags.error(file, root.pos(), "type", "glossary.yml should be a list of terms.",
                    "start each term with `- term: MARAC` and give its `expansion:` on the next line");
            return terms;
        }
        Map<String, GlossaryTerm> seen = new HashMap<>();
        for (YNode item : list.items()) {
            Fields.of(item, file, diags, "a glossary term", item.pos()).ifPresent(f -> {
                f.allow("term", "expansion", "explanation");
                String term = f.required("term").orElse("");
                String expansion = f.required("expansion").orElse("");
                if (term.isEmpty() || expansion.isEmpty()) return;
                GlossaryTerm t = new GlossaryTerm(term.trim(), expansion.trim(), f.string("explanation", "").trim(), file, f.pos("term"));
                GlossaryTerm before = seen.putIfAbsent(t.term(), t);
                if (before != null) {
                    f.error("term", "The term `" + term + "` is defined twice (first on line " + before.pos().line() + ").",
                            "keep one definition");
                } else {
                    terms.add(t);
                }
            });
        }
        return terms;
    }
}
