package org.waymark.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.waymark.content.Content;

/** The glossary page: the site's acronyms and terms ({@code content/glossary.yml}) in alphabetical order. */
final class GlossaryPage implements SiteRenderer.Generated {
    private final Content content;

    GlossaryPage(Content content) {
        this.content = content;
    }

    @Override
    public List<Job> jobs(SiteRenderer.Context ctx) {
        PageContext page = ctx.base("Glossary", "The acronyms and terms used on this site, and what they mean.",
                "/glossary/", "glossary", null, List.of(new Views.Link("Home", ctx.config().link("/"))), "");
        Map<String, Object> more = Map.of("terms",
                content.glossary().stream().sorted(Comparator.comparing(t -> t.term().toLowerCase())).toList());
        return List.of(new Job("glossary/index.html", "glossary", page, more, "content/glossary.yml", List.of()));
    }
}
