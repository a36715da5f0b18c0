package org.waymark.render;

import static org.waymark.html.Html.escape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.waymark.check.FrameCheck;
import org.waymark.check.HtmlCheck;
import org.waymark.check.PageFacts;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.markdown.Heading;
import org.waymark.markdown.Markdown;
import org.waymark.markdown.Rendered;
import org.waymark.model.Page;
import org.waymark.write.Output;

/**
 * Renders the whole site into an {@link Output}: every Markdown page, the pages Waymark generates, the
 * sitemap, robots.txt and the assets. Each page is checked as soon as it is rendered, in the same pass,
 * so the site's HTML is parsed once; the ids and links kept are returned for the link check.
 */
public final class SiteRenderer {
    /** A page with fewer headings than this gets no table of contents. */
    static final int TOC_MIN_HEADINGS = 3;

    private final Path root;
    /** The site's content; replaced when the preview server takes an edit of a page's front matter. */
    private Content content;
    private final Theme theme;
    private final Markdown markdown;
    private final HtmlCheck check;
    private final FrameCheck frames;
    private final SiteConfig config;
    private final Map<String, Page> byPath = new HashMap<>();
    private final List<Generated> generated;
    private final Map<String, List<Page>> translationsByKey = new HashMap<>();
    private final List<String> sitemapExtras = new ArrayList<>();
    /** The language versions of each generated page, by its site path, for the sitemap's alternates. */
    private final Map<String, List<Views.Translation>> sitemapAlternates = new HashMap<>();
    private Context lastContext;
    private List<NavEntry> lastNav;
    private final java.util.Set<String> paths = new java.util.HashSet<>();
    /** Site paths (without language prefix) that generated modules publish in every language. */
    private final java.util.Set<String> generatedInAllLanguages = java.util.Set.of("/helplines/", "/search/", "/directory/");

    /**
     * @param generated the parts of the site Waymark makes from data (directory, helplines, plans …)
     */
    public SiteRenderer(Path root, Content content, Theme theme, Markdown markdown, HtmlCheck check, List<Generated> generated) {
        this(root, content, theme, markdown, check, generated, true);
    }

    /**
     * @param readMarkdownPages whether pages from Markdown are checked from what their rendering recorded
     *     ({@link FrameCheck}) rather than parsed: always, but for the tests that compare the two
     */
    public SiteRenderer(Path root, Content content, Theme theme, Markdown markdown, HtmlCheck check, List<Generated> generated,
            boolean readMarkdownPages) {
        this.root = root;
        this.content = content;
        this.theme = theme;
        this.markdown = markdown;
        this.check = check;
        this.frames = readMarkdownPages ? new FrameCheck(check) : null;
        this.config = content.config();
        this.generated = List.copyOf(generated);
        for (SiteConfig.Language l : config.languages()) {
            if (l.code().equals(config.defaultLanguage().code())) continue;
            for (String g : generatedInAllLanguages) paths.add("/" + l.code() + g);
        }
        for (Page p : content.pages()) {
            paths.add(p.path());
            byPath.put(p.path(), p);
            translationsByKey.computeIfAbsent(p.translationKey(config.defaultLanguage().code()), k -> new ArrayList<>()).add(p);
        }
    }

    /** Something that adds pages and files to the site from data: the directory, the plans, the helplines. */
    public interface Generated {
        /** Links for the main navigation, with their order. */
        List<NavEntry> nav();

        /** The pages to render. */
        List<Job> jobs(Context context);

        /** Files that are not pages (exports, feeds), written as they are. */
        default Map<String, String> files() {
            return Map.of();
        }

        /**
         * The same module over changed content, when its pages list the site's pages (the site map), so
         * that they are rendered again when a page's title changes; empty when they do not.
         */
        default Optional<Generated> listing(Content content) {
            return Optional.empty();
        }
    }

    /** A link in the main navigation and its place in the order. */
    public record NavEntry(String label, String path, int order) {}

    /** What a generated page needs to build its template context. */
    public interface Context {
        Map<String, Object> base(String title, String description, String path, String layout, String lang,
                List<Views.Link> breadcrumbs, String contentHtml);

        /** The site as the templates see it, in {@code lang}. */
        Views.Site site(String lang);

        SiteConfig config();

        Markdown markdown();

        Diagnostics diags();

        /** The theme's word for {@code key} in {@code lang}, or {@code fallback}. */
        String word(String lang, String key, String fallback);

        /**
         * As {@link #word}, but a word the theme lacks in {@code lang} is a warning naming {@code usedBy}, as for
         * {@code t()} in a template; it then comes from the default language, or is {@code fallback}.
         */
        default String text(String lang, String key, String fallback, String usedBy) {
            return word(lang, key, fallback);
        }
    }

    /** Renders everything; returns what the link check needs of every page. */
    public List<PageFacts> render(Output out, Diagnostics diags) {
        List<NavEntry> nav = navigation();
        this.lastNav = nav;
        navs.clear();
        Map<String, Views.Site> sites = new HashMap<>();
        for (SiteConfig.Language l : config.languages()) sites.put(l.code(), siteView(l));
        Context ctx = new Context() {
            @Override
            public Map<String, Object> base(String title, String description, String path, String layout, String lang,
                    List<Views.Link> breadcrumbs, String html) {
                SiteConfig.Language l = language(lang);
                Map<String, Object> c = new HashMap<>();
                c.put("site", site(l.code()));
                c.put("here", new Views.Here(l.code(), config.defaultLanguage().code(), paths, config::link));
                c.put("page", new Views.Page(title, description, l.code(), l.dir(), path, html, List.of(),
                        breadcrumbs, navFor(nav, path, l.code()), List.of(), layout, generatedTranslations(path, l.code()), true,
                        config::link));
                return c;
            }

            @Override
            public Views.Site site(String lang) {
                return sites.get(lang) != null ? sites.get(lang) : sites.get(config.defaultLanguage().code());
            }

            @Override
            public SiteConfig config() {
                return config;
            }

            @Override
            public Markdown markdown() {
                return markdown;
            }

            @Override
            public Diagnostics diags() {
                return diags;
            }

            @Override
            public String word(String lang, String key, String fallback) {
                return theme.word(lang, key, fallback);
            }

            @Override
            public String text(String lang, String key, String fallback, String usedBy) {
                return theme.text(lang, key, fallback, usedBy);
            }
        };
        this.lastContext = ctx;
        List<Job> jobs = new ArrayList<>();
        jobs.add(glossaryJob(ctx));
        jobs.add(new Job("404.html", "404", ctx.base("Page not found", "", "/404.html", "404", null,
                List.of(new Views.Link("Home", config.link("/"))), ""), "404", List.of()));
        // rendered even when the content has errors (the build writes nothing then), so that one run reports them all
        for (Generated g : generated) jobs.addAll(g.jobs(ctx));

        for (Job j : jobs) {
            if (!j.output().endsWith("index.html")) continue;
            String path = "/" + j.output().substring(0, j.output().length() - "index.html".length());
            sitemapExtras.add(path);
            if (j.context().get("page") instanceof Views.Page page) sitemapAlternates.put(path, page.translations());
        }
        sitemapExtras.sort(null);
        // the files that are not pages (exports, the site map, the theme's assets) are made and written while the pages
        // are rendered: on a thread of the common pool, or on a thread of their own where the pool has one thread (two cores)
        CompletableFuture<Void> files = CompletableFuture.runAsync(() -> {
            for (Generated g : generated) g.files().forEach(out::write);
            out.write("sitemap.xml", sitemap());
            out.write("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute("/sitemap.xml") + "\n");
            out.write("_headers", Headers.file(config));
            copyAssets(out, diags);
        });
        List<PageFacts> facts;
        try {
            facts = Stream.concat(
                            content.pages().parallelStream().map(p -> renderPage(p, ctx, nav, out, diags)),
                            jobs.parallelStream().map(j -> renderJob(j, null, out, diags)))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (RuntimeException | Error e) {
            // the staging folder is removed after this: nothing may still be writing into it (when one page fails, the
            // stream returns while others may still be rendered)
            Futures.waitOut(files);
            ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES);
            throw e;
        }
        Futures.join(files);
        return facts;
    }

    /** A page rendered and checked but not written: its HTML and what the checks keep of it. */
    public record Rendition(String output, String html, PageFacts facts) {}

    /**
     * Renders and checks one Markdown page again after its text changed, without writing it, for the
     * preview server. Only for a page whose front matter is as it was: {@link #render} must have run.
     */
    public Optional<Rendition> renderAgain(Page p, Diagnostics diags) {
        if (lastContext == null) throw new IllegalStateException("render() has not run");
        Rendered r = markdown.render(p.body(), p.source(), p.bodyLine(), diags);
        Job job = pageJob(p, r, lastContext, lastNav);
        return theme.render(job.template(), job.context(), r.html(), diags)
                .map(w -> new Rendition(job.output(), w.html(), check(job, w, r, diags)));
    }

    /**
     * Renders again, without writing them, a page whose front matter changed (its title, description,
     * order, date …) and every page that shows it: the index of its section, which lists it; the pages
     * under it, whose breadcrumbs name it; and the pages made from the list of all pages (the site map).
     * Empty when the change shows on every page (the page is in the main navigation) or moves the page
     * (its address, language, layout or menu changed): then the whole site must be built.
     *
     * @param updated the site's content with {@code after} in place of {@code before}
     */
    public Optional<List<Rendition>> renderAgainWithListers(Page before, Page after, Content updated, Diagnostics diags) {
        if (lastContext == null) throw new IllegalStateException("render() has not run");
        String def = config.defaultLanguage().code();
        String key = after.translationKey(def);
        boolean moved = !before.path().equals(after.path()) || !before.lang().equals(after.lang())
                || before.isSectionIndex() != after.isSectionIndex() || before.draft() != after.draft()
                || !before.layout().equals(after.layout()) || !before.menu().equals(after.menu());
        if (moved || lastNav.stream().anyMatch(n -> n.path().equals(key))) return Optional.empty();

        content = updated;
        pagesBySection = null;
        byPath.put(after.path(), after);
        translationsByKey.computeIfPresent(key, (k, pages) -> pages.stream().map(q -> q.source().equals(after.source()) ? after : q).toList());
        List<Page> shown = new ArrayList<>();
        shown.add(after);
        Page parent = byPath.get(after.parentPath());
        if (parent != null && parent != after) shown.add(parent);
        if (after.isSectionIndex()) {
            for (Page q : updated.pages()) {
                if (q != after && q.lang().equals(after.lang()) && q.path().startsWith(after.path())) shown.add(q);
            }
        }
        List<Supplier<Optional<Rendition>>> work = new ArrayList<>();
        for (Page q : shown) work.add(() -> renderAgain(q, diags));
        for (Generated g : generated) {
            g.listing(updated).ifPresent(listing -> {
                for (Job job : listing.jobs(lastContext)) {
                    work.add(() -> theme.render(job.template(), job.context(), diags)
                            .map(html -> new Rendition(job.output(), html, check(job, new Theme.Written(html, -1), null, diags))));
                }
            });
        }
        // side by side: the site map of a large site takes as long as the rest together
        return Optional.of(work.parallelStream().map(Supplier::get).flatMap(Optional::stream).toList());
    }

    /** Checks a rendered page: from what its rendering recorded when it can, else by parsing it. */
    private PageFacts check(Job job, Theme.Written page, Rendered content, Diagnostics diags) {
        if (content != null && frames != null) {
            Optional<PageFacts> read = frames.check(job.output(), page.html(), page.markerAt(), page.blocks(), job.template(), job.source(), content, diags);
            if (read.isPresent()) return read.get();
        }
        return check.check(job.output(), page.html(), job.template(), job.source(), job.links(), job.headings(), diags);
    }

    private Optional<PageFacts> renderPage(Page p, Context ctx, List<NavEntry> nav, Output out, Diagnostics diags) {
        Rendered r = markdown.render(p.body(), p.source(), p.bodyLine(), diags);
        return renderJob(pageJob(p, r, ctx, nav), r, out, diags);
    }

    private Job pageJob(Page p, Rendered r, Context ctx, List<NavEntry> nav) {
        List<Heading> toc = r.contents().size() >= TOC_MIN_HEADINGS && !p.path().equals("/") ? r.contents() : List.of();
        SiteConfig.Language lang = language(p.lang());
        Map<String, Object> context = new HashMap<>();
        context.put("site", ctx.site(lang.code()));
        Views.Page view = new Views.Page(p.title(), p.description(), lang.code(), lang.dir(), p.path(), r.html(), toc,
                breadcrumbs(p), navFor(nav, p.path(), p.lang()), children(p), p.layout(), translations(p), p.reviewed(),
                config::link);
        context.put("page", view);
        context.put("here", new Views.Here(lang.code(), config.defaultLanguage().code(), paths, config::link));
        return new Job(output(p.path()), p.layout(), context, p.source(), r.links(), r.headings());
    }

    /**
     * Renders a job, writes it and checks it: a page from Markdown ({@code content} not null) without
     * parsing it when {@link FrameCheck} can, any other page by parsing it.
     */
    private Optional<PageFacts> renderJob(Job job, Rendered content, Output out, Diagnostics diags) {
        if (!theme.has(job.template())) {
            diags.error("themes/" + config.theme() + "/templates", Pos.NONE, "template", "The theme has no template `"
                    + job.template() + ".peb`, which " + job.source() + " needs: looked for " + theme.lookedFor(job.template()) + ".",
                    "add the template to the theme");
            return Optional.empty();
        }
        return theme.render(job.template(), job.context(), content == null ? null : content.html(), diags).map(page -> {
            out.write(job.output(), page.html());
            if (!job.output().endsWith(".html")) return null;
            return check(job, page, content, diags);
        });
    }

    /** The output file of a site path: "/a/b/" → "a/b/index.html"; "/404.html" → "404.html". */
    public static String output(String path) {
        if (path.endsWith("/")) return path.substring(1) + "index.html";
        return path.substring(1);
    }

    private SiteConfig.Language language(String code) {
        if (code == null) return config.defaultLanguage();
        return config.languages().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElse(new SiteConfig.Language(code, code, "ltr"));
    }

    private Job glossaryJob(Context ctx) {
        Map<String, Object> c = ctx.base("Glossary", "The acronyms and terms used on this site, and what they mean.",
                "/glossary/", "glossary", null, List.of(new Views.Link("Home", config.link("/"))), "");
        c.put("terms", content.glossary().stream().sorted(Comparator.comparing(t -> t.term().toLowerCase())).toList());
        return new Job("glossary/index.html", "glossary", c, "content/glossary.yml", List.of());
    }

    private List<NavEntry> navigation() {
        List<NavEntry> nav = new ArrayList<>();
        for (Page p : content.pages()) {
            if (p.path().equals("/") || !p.lang().equals(config.defaultLanguage().code())) continue;
            boolean topSection = p.isSectionIndex() && p.path().chars().filter(c -> c == '/').count() == 2;
            boolean shown = p.menu() == Page.Menu.DEFAULT ? topSection : p.menu().shown();
            if (shown) nav.add(new NavEntry(p.menu().label().isEmpty() ? p.title() : p.menu().label(), p.path(), p.order()));
        }
        for (Generated g : generated) nav.addAll(g.nav());
        nav.sort(Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::label));
        List<NavEntry> withHome = new ArrayList<>();
        withHome.add(new NavEntry("Home", "/", Integer.MIN_VALUE));
        withHome.addAll(nav);
        return withHome;
    }

    private List<Views.Link> navFor(List<NavEntry> nav, String path, String lang) {
        boolean translated = !lang.equals(config.defaultLanguage().code());
        String prefix = "/" + lang + "/";
        String key = translated && path.startsWith(prefix) ? path.substring(prefix.length() - 1) : path;
        boolean[] current = new boolean[nav.size()];
        StringBuilder state = new StringBuilder(lang).append(':');
        for (int i = 0; i < nav.size(); i++) {
            String to = nav.get(i).path();
            current[i] = to.equals("/") ? key.equals("/") : key.startsWith(to);
            state.append(current[i] ? '1' : '0');
        }
        // the same for every page of a language with the same items current: made once for each
        return navs.computeIfAbsent(state.toString(), k -> navFor(nav, lang, translated, prefix, current));
    }

    /** The main navigation of each language and set of current items, in one build. */
    private final Map<String, List<Views.Link>> navs = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Views.Link> navFor(List<NavEntry> nav, String lang, boolean translated, String prefix, boolean[] current) {
        List<Views.Link> out = new ArrayList<>(nav.size());
        for (int i = 0; i < nav.size(); i++) {
            NavEntry n = nav.get(i);
            Page own = translated ? byPath.get(prefix + n.path().substring(1)) : null;
            String slug = n.path().equals("/") ? "home" : n.path().substring(1, n.path().length() - 1).replace('/', '.');
            String label;
            if (own != null && !n.path().equals("/")) label = own.menu().label().isEmpty() ? own.title() : own.menu().label();
            else if (translated || n.path().equals("/")) label = theme.word(lang, "nav.links." + slug, n.label());
            else label = n.label();
            String generated = prefix + n.path().substring(1);
            String href = own != null ? own.path() : translated && paths.contains(generated) ? generated : n.path();
            out.add(new Views.Link(label, config.link(href), current[i], ""));
        }
        return List.copyOf(out);
    }

    /** Links to the translations of a Markdown page, the page itself included, when it has any. */
    private List<Views.Translation> translations(Page p) {
        String def = config.defaultLanguage().code();
        List<Page> all = translationsByKey.getOrDefault(p.translationKey(def), List.of());
        if (all.size() < 2) return List.of();
        List<Views.Translation> out = new ArrayList<>();
        for (SiteConfig.Language l : config.languages()) {
            for (Page t : all) {
                if (t.lang().equals(l.code())) out.add(new Views.Translation(l.code(), l.name(), l.dir(), config.link(t.path()), t == p));
            }
        }
        return out;
    }

    /** Links between the language versions of a page Waymark generates in every language ("/helplines/", "/ur/helplines/"). */
    private List<Views.Translation> generatedTranslations(String path, String lang) {
        if (config.languages().size() < 2 || !generatedInAllLanguages.contains(keyOf(path, lang))) return List.of();
        String key = keyOf(path, lang);
        List<Views.Translation> out = new ArrayList<>();
        for (SiteConfig.Language l : config.languages()) {
            String p = l.code().equals(config.defaultLanguage().code()) ? key : "/" + l.code() + key;
            out.add(new Views.Translation(l.code(), l.name(), l.dir(), config.link(p), l.code().equals(lang)));
        }
        return out;
    }

    private String keyOf(String path, String lang) {
        String prefix = "/" + lang + "/";
        return !lang.equals(config.defaultLanguage().code()) && path.startsWith(prefix) ? path.substring(prefix.length() - 1) : path;
    }

    private Views.Site siteView(SiteConfig.Language lang) {
        Views.Here here = new Views.Here(lang.code(), config.defaultLanguage().code(), paths, config::link);
        List<Views.Link> footer = new ArrayList<>();
        String l = lang.code();
        footer.add(new Views.Link(theme.word(l, "footer.helplines", "Helplines"), here.link("/helplines/")));
        footer.add(new Views.Link(theme.word(l, "footer.safe_online", "Staying safe online"), here.link("/get-help/staying-safe-online/")));
        footer.add(new Views.Link(theme.word(l, "footer.accessibility", "Accessibility statement"), config.link("/accessibility/")));
        footer.add(new Views.Link(theme.word(l, "footer.glossary", "Glossary"), config.link("/glossary/")));
        footer.add(new Views.Link(theme.word(l, "footer.site_map", "Site map"), config.link("/site-map/")));
        String def = config.defaultLanguage().code();
        return new Views.Site(lang.title().isEmpty() ? config.title() : lang.title(),
                lang.tagline().isEmpty() ? config.tagline() : lang.tagline(), here.link("/"), config.safety().exitUrl(),
                lang.exampleNotice().isEmpty() ? config.exampleNotice() : lang.exampleNotice(),
                config.link("/assets/css/waymark.css"), config.link("/assets/js/waymark.js"),
                footer, here.link("/search/"), content.featuredHelplines(),
                lang.title().isEmpty() ? def : l, lang.tagline().isEmpty() ? def : l, lang.exampleNotice().isEmpty() ? def : l,
                config.defaultLanguage().dir());
    }

    private List<Views.Link> breadcrumbs(Page p) {
        List<Views.Link> crumbs = new ArrayList<>();
        if (p.path().equals("/")) return crumbs;
        String prefix = p.path().startsWith("/" + p.lang() + "/") && !p.lang().equals(config.defaultLanguage().code())
                ? "/" + p.lang() + "/" : "/";
        crumbs.add(new Views.Link(theme.word(p.lang(), "nav.home", "Home"), config.link(prefix)));
        String[] parts = p.path().substring(prefix.length()).split("/");
        StringBuilder at = new StringBuilder(prefix);
        for (int i = 0; i < parts.length - 1; i++) {
            at.append(parts[i]).append('/');
            Page parent = byPath.get(at.toString());
            if (parent != null) crumbs.add(new Views.Link(parent.title(), config.link(at.toString())));
        }
        return crumbs;
    }

    /** The pages of the current content by the path of their section ("/a/" for "/a/b/"), made when first needed. */
    private Map<String, List<Page>> pagesBySection;

    private synchronized Map<String, List<Page>> pagesBySection() {
        if (pagesBySection == null) {
            Map<String, List<Page>> m = new HashMap<>();
            for (Page c : content.pages()) m.computeIfAbsent(c.parentPath(), k -> new ArrayList<>()).add(c);
            pagesBySection = m;
        }
        return pagesBySection;
    }

    private List<Views.Link> children(Page p) {
        if (!p.isSectionIndex()) return List.of();
        return pagesBySection().getOrDefault(p.path(), List.of()).stream()
                .filter(c -> c != p && c.lang().equals(p.lang()))
                .sorted(Comparator.comparingInt(Page::order).thenComparing(Page::title))
                .map(c -> new Views.Link(c.title(), config.link(c.path()), false, c.description()))
                .toList();
    }

    private String sitemap() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        String def = config.defaultLanguage().code();
        List<Page> pages = content.pages().stream().sorted(Comparator.comparing(Page::path)).toList();
        for (Page p : pages) {
            s.append("  <url><loc>").append(escape(config.absolute(p.path()))).append("</loc>");
            List<Page> versions = translationsByKey.getOrDefault(p.translationKey(def), List.of());
            if (versions.size() > 1) {
                for (Page v : versions) {
                    s.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"").append(v.lang()).append("\" href=\"")
                            .append(escape(config.absolute(v.path()))).append("\"/>");
                }
                s.append('\n');
            }
            s.append("</url>\n");
        }
        for (String extra : sitemapExtras) {
            s.append("  <url><loc>").append(escape(config.absolute(extra))).append("</loc>");
            List<Views.Translation> versions = sitemapAlternates.getOrDefault(extra, List.of());
            if (versions.size() > 1) {
                for (Views.Translation v : versions) {
                    s.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"").append(v.code()).append("\" href=\"")
                            .append(escape(config.baseUrl() + v.href().substring(config.basePath().length()))).append("\"/>");
                }
                s.append('\n');
            }
            s.append("</url>\n");
        }
        return s.append("</urlset>\n").toString();
    }

    private void copyAssets(Output out, Diagnostics diags) {
        theme.assets().forEach((rel, file) -> out.copy(file, "assets/" + rel));
        for (String asset : content.assets()) {
            out.copy(root.resolve(asset), asset.substring("content/".length()));
        }
    }
}
