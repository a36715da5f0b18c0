package org.waymark.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.model.Page;
import org.waymark.render.Job;
import org.waymark.render.PageContext;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;

/**
 * The site search. Adds a search page per language, with the directory's filters, and a site map page; after
 * rendering, {@link SearchIndexes} writes each language's index (under {@code /search/en/}) from what the checks
 * read of each page, so no page is parsed again, and names it in the search page. The browser's search.js
 * fetches only the files a query needs, from the site itself: nothing leaves the site.
 */
public final class Search implements SiteRenderer.Generated {
    private final Content content;

    public Search(Content content) {
        this.content = content;
    }

    @Override
    public List<SiteRenderer.NavEntry> nav() {
        return List.of();
    }

    @Override
    public List<Job> jobs(SiteRenderer.Context ctx) {
        SiteConfig config = ctx.config();
        List<Job> jobs = new ArrayList<>();
        for (SiteConfig.Language lang : config.languages()) {
            boolean isDefault = lang.code().equals(config.defaultLanguage().code());
            String prefix = isDefault ? "/" : "/" + lang.code() + "/";
            PageContext page = ctx.base(ctx.word(lang.code(), "search.title", "Search"),
                    ctx.word(lang.code(), "search.description", "Search the pages, services and helplines of this site."),
                    prefix + "search/", "search", lang.code(),
                    List.of(new Views.Link(ctx.word(lang.code(), "nav.home", "Home"), config.link(prefix))), "");
            Map<String, Object> c = new HashMap<>();
            // the manifest's name is known once the index is made: SearchIndexes writes it into this attribute then
            c.put("metaAttribute", SearchIndexes.META_ATTRIBUTE);
            c.put("script", config.link("/assets/js/search.js"));
            c.put("categories", config.directory().categories());
            c.put("areas", config.areas());
            c.put("groups", config.directory().groups());
            // the choices' labels are written in the site's first language
            c.put("choicesLang", isDefault ? "" : config.defaultLanguage().code());
            c.put("choicesDir", config.defaultLanguage().dir());
            jobs.add(new Job(prefix.substring(1) + "search/index.html", "search", page, c, "search", List.of()));
        }
        PageContext siteMap = ctx.base("Site map", "Every page of this site.", "/site-map/", "site-map", null,
                List.of(new Views.Link("Home", config.link("/"))), "");
        jobs.add(new Job("site-map/index.html", "site-map", siteMap, Map.of("sections", siteMap(config)), "site-map", List.of()));
        return jobs;
    }

    /** The search pages and the site map over changed content: the site map lists every page by its title. */
    @Override
    public Optional<SiteRenderer.Generated> listing(Content content) {
        return Optional.of(new Search(content));
    }

    /** A section of the site map: its title and link, and its pages. */
    public record Section(Views.Link link, List<Views.Link> pages) {}

    private List<Section> siteMap(SiteConfig config) {
        Map<String, List<Page>> bySection = new LinkedHashMap<>();
        String def = config.defaultLanguage().code();
        content.pages().stream().filter(p -> p.lang().equals(def))
                .sorted(Comparator.comparing(Page::section).thenComparingInt(Page::order).thenComparing(Page::title))
                .forEach(p -> bySection.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p));
        List<Section> out = new ArrayList<>();
        bySection.forEach((section, pages) -> {
            Page index = pages.stream().filter(p -> p.isSectionIndex() && p.path().equals("/" + section + "/")).findFirst()
                    .orElse(pages.stream().filter(p -> p.path().equals("/")).findFirst().orElse(pages.get(0)));
            out.add(new Section(new Views.Link(index.title(), config.link(index.path())),
                    pages.stream().filter(p -> p != index).map(p -> new Views.Link(p.title(), config.link(p.path()))).toList()));
        });
        return out;
    }
}
