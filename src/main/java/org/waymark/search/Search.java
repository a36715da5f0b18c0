package org.waymark.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.check.PageFacts;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.model.Page;
import org.waymark.render.Job;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;
import org.waymark.write.Output;

/**
 * The site search. Adds a search page per language and a site map page, and after rendering writes one
 * index per language ({@code /search/index-en.json}) from what the checks read of each page, so no page
 * is parsed again. The browser searches the index with Fuse.js (from its WebJar), served from the site
 * itself: nothing leaves the site.
 */
public final class Search implements SiteRenderer.Generated {
    static final String FUSE = "META-INF/resources/webjars/fuse.js/7.1.0/dist/fuse.basic.min.js";
    static final String FUSE_LICENSE = "META-INF/resources/webjars/fuse.js/7.1.0/LICENSE";
    /** Pages that are not worth finding. */
    private static final Set<String> SKIP = Set.of("404.html");

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
            Map<String, Object> c = ctx.base(ctx.word(lang.code(), "search.title", "Search"),
                    ctx.word(lang.code(), "search.description", "Search the pages, services and helplines of this site."),
                    prefix + "search/", "search", lang.code(),
                    List.of(new Views.Link(ctx.word(lang.code(), "nav.home", "Home"), config.link(prefix))), "");
            c.put("index", config.link("/" + indexFile(lang.code())));
            c.put("fuse", config.link("/" + FUSE_FILE));
            c.put("script", config.link("/assets/js/search.js"));
            jobs.add(new Job(prefix.substring(1) + "search/index.html", "search", c, "search", List.of()));
        }
        Map<String, Object> map = ctx.base("Site map", "Every page of this site.", "/site-map/", "site-map", null,
                List.of(new Views.Link("Home", config.link("/"))), "");
        map.put("sections", siteMap(config));
        jobs.add(new Job("site-map/index.html", "site-map", map, "site-map", List.of()));
        return jobs;
    }

    /** The search pages and the site map over changed content: the site map lists every page by its title. */
    @Override
    public java.util.Optional<SiteRenderer.Generated> listing(Content content) {
        return java.util.Optional.of(new Search(content));
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

    /** Writes the search indexes and the search library, from what the checks read of every page. */
    public static void writeIndexes(SiteConfig config, List<PageFacts> facts, Output out) {
        writeIndexes(config, facts, List.of(), out);
    }

    /**
     * Writes the search indexes and the search library. Each helpline is an entry of its own, pointing at
     * its place on the helplines page, so that a search for its name finds it however long that page is.
     */
    public static void writeIndexes(SiteConfig config, List<PageFacts> facts, List<org.waymark.model.Helpline> helplines, Output out) {
        ObjectMapper json = new ObjectMapper();
        for (SiteConfig.Language lang : config.languages()) {
            List<Map<String, String>> entries = new ArrayList<>();
            for (PageFacts f : facts) {
                PageFacts.Summary s = f.summary();
                if (SKIP.contains(f.output()) || f.output().contains("search/") || f.output().endsWith("/print/index.html")
                        || !s.lang().equals(lang.code()) || s.title().isEmpty()) {
                    continue;
                }
                Map<String, String> e = new LinkedHashMap<>();
                e.put("t", s.title());
                e.put("u", config.link("/" + (f.output().endsWith("index.html") ? f.output().substring(0, f.output().length() - "index.html".length()) : f.output())));
                if (!s.description().isEmpty()) e.put("d", s.description());
                e.put("x", s.text());
                entries.add(e);
            }
            String prefix = lang.code().equals(config.defaultLanguage().code()) ? "/" : "/" + lang.code() + "/";
            for (org.waymark.model.Helpline h : helplines) {
                Map<String, String> e = new LinkedHashMap<>();
                e.put("t", h.name());
                e.put("u", config.link(prefix + "helplines/") + "#helpline-" + h.id());
                StringBuilder d = new StringBuilder(h.forWhom());
                for (org.waymark.model.Phone p : h.phones()) d.append(d.length() > 0 ? " " : "").append(p.written());
                if (!h.hours().isEmpty()) d.append(" (").append(h.hours()).append(')');
                e.put("d", d.toString());
                e.put("x", h.runBy());
                entries.add(e);
            }
            entries.sort(Comparator.comparing(e -> e.get("u")));
            try {
                out.write(indexFile(lang.code()), json.writeValueAsBytes(entries));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.write(FUSE_FILE, resource(FUSE));
        out.write(FUSE_LICENSE_FILE, resource(FUSE_LICENSE));
    }

    private static final String FUSE_FILE = "assets/js/fuse.basic.min.js";
    private static final String FUSE_LICENSE_FILE = "assets/js/fuse-LICENSE.txt";

    /** The search index of the pages in {@code lang}, in the output. */
    private static String indexFile(String lang) {
        return "search/index-" + lang + ".json";
    }

    /** The files {@link #writeIndexes} writes, known before it runs. */
    public static List<String> indexFiles(SiteConfig config) {
        List<String> files = new ArrayList<>();
        for (SiteConfig.Language lang : config.languages()) files.add(indexFile(lang.code()));
        files.add(FUSE_FILE);
        files.add(FUSE_LICENSE_FILE);
        return files;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Search.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the Fuse.js WebJar is missing from the class path: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
