package org.waymark.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.model.Page;

/**
 * The links that lead around the site: the main navigation, breadcrumbs, the links between a page's
 * translations, a section's list of its pages and the footer's links. Made from the site's pages and the
 * navigation entries of the generated modules; shared between the threads that render pages.
 */
final class Navigation {
    /** Site paths (without language prefix) that generated modules publish in every language. */
    private static final Set<String> GENERATED_IN_ALL_LANGUAGES = Set.of("/helplines/", "/search/", "/directory/");

    private final SiteConfig config;
    private final Theme theme;
    /** The site's content; replaced when the preview server takes an edit of a page's front matter. */
    private Content content;
    private final Map<String, Page> byPath = new HashMap<>();
    private final Map<String, List<Page>> translationsByKey = new HashMap<>();
    /** Every site path that is published, to link to a page's translation when it has one. */
    private final Set<String> paths = new HashSet<>();
    private final List<SiteRenderer.NavEntry> entries;
    /** The main navigation of each language and set of current items. */
    private final Map<String, List<Views.Link>> navs = new ConcurrentHashMap<>();
    /** The pages of the current content by the path of their section ("/a/" for "/a/b/"), made when first needed. */
    private Map<String, List<Page>> pagesBySection;

    Navigation(SiteConfig config, Theme theme, Content content, List<SiteRenderer.Generated> generated) {
        this.config = config;
        this.theme = theme;
        this.content = content;
        for (SiteConfig.Language l : config.languages()) {
            if (l.code().equals(config.defaultLanguage().code())) continue;
            for (String g : GENERATED_IN_ALL_LANGUAGES) paths.add("/" + l.code() + g);
        }
        for (Page p : content.pages()) {
            paths.add(p.path());
            byPath.put(p.path(), p);
            translationsByKey.computeIfAbsent(p.translationKey(config.defaultLanguage().code()), k -> new ArrayList<>()).add(p);
        }
        this.entries = entries(generated);
    }

    /**
     * Takes {@code after} in place of the page it was, with the same path and language, for the preview server;
     * {@code updated} is the site's content with it.
     */
    synchronized void update(Page after, Content updated) {
        content = updated;
        pagesBySection = null;
        byPath.put(after.path(), after);
        translationsByKey.computeIfPresent(after.translationKey(config.defaultLanguage().code()),
                (k, pages) -> pages.stream().map(q -> q.source().equals(after.source()) ? after : q).toList());
    }

    /** Whether the main navigation leads to the page with translation key {@code key}. */
    boolean inMain(String key) {
        return entries.stream().anyMatch(n -> n.path().equals(key));
    }

    /** The language of {@code code}, or the default language for null. */
    SiteConfig.Language language(String code) {
        if (code == null) return config.defaultLanguage();
        return config.languages().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElse(new SiteConfig.Language(code, code, "ltr"));
    }

    /** Links from a page in {@code lang}. */
    Views.Here here(String lang) {
        return new Views.Here(lang, config.defaultLanguage().code(), paths, config::link);
    }

    /** The page at a site path, or null. */
    Page page(String path) {
        return byPath.get(path);
    }

    /** Every version of {@code p} in the languages of the site, {@code p} among them. */
    List<Page> versions(Page p) {
        return translationsByKey.getOrDefault(p.translationKey(config.defaultLanguage().code()), List.of());
    }

    private List<SiteRenderer.NavEntry> entries(List<SiteRenderer.Generated> generated) {
        List<SiteRenderer.NavEntry> nav = new ArrayList<>();
        for (Page p : content.pages()) {
            if (p.path().equals("/") || !p.lang().equals(config.defaultLanguage().code())) continue;
            boolean topSection = p.isSectionIndex() && p.path().chars().filter(c -> c == '/').count() == 2;
            boolean shown = p.menu() == Page.Menu.DEFAULT ? topSection : p.menu().shown();
            if (shown) nav.add(new SiteRenderer.NavEntry(p.menu().label().isEmpty() ? p.title() : p.menu().label(), p.path(), p.order()));
        }
        for (SiteRenderer.Generated g : generated) nav.addAll(g.nav());
        nav.sort(Comparator.comparingInt(SiteRenderer.NavEntry::order).thenComparing(SiteRenderer.NavEntry::label));
        List<SiteRenderer.NavEntry> withHome = new ArrayList<>();
        withHome.add(new SiteRenderer.NavEntry("Home", "/", Integer.MIN_VALUE));
        withHome.addAll(nav);
        return List.copyOf(withHome);
    }

    /** The main navigation of the page at {@code path} in {@code lang}, with the items that lead to it marked. */
    List<Views.Link> main(String path, String lang) {
        boolean translated = !lang.equals(config.defaultLanguage().code());
        String prefix = "/" + lang + "/";
        String key = translated && path.startsWith(prefix) ? path.substring(prefix.length() - 1) : path;
        boolean[] current = new boolean[entries.size()];
        StringBuilder state = new StringBuilder(lang).append(':');
        for (int i = 0; i < entries.size(); i++) {
            String to = entries.get(i).path();
            current[i] = to.equals("/") ? key.equals("/") : key.startsWith(to);
            state.append(current[i] ? '1' : '0');
        }
        // the same for every page of a language with the same items current: made once for each
        return navs.computeIfAbsent(state.toString(), k -> main(lang, translated, prefix, current));
    }

    private List<Views.Link> main(String lang, boolean translated, String prefix, boolean[] current) {
        List<Views.Link> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            SiteRenderer.NavEntry n = entries.get(i);
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
    List<Views.Translation> translations(Page p) {
        List<Page> all = versions(p);
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
    List<Views.Translation> generatedTranslations(String path, String lang) {
        String key = keyOf(path, lang);
        if (config.languages().size() < 2 || !GENERATED_IN_ALL_LANGUAGES.contains(key)) return List.of();
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

    /** The site as the templates of pages in {@code lang} see it, with the footer's links. */
    Views.Site site(SiteConfig.Language lang) {
        Views.Here here = here(lang.code());
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

    /** The links from the home page of {@code p}'s language down to the section {@code p} is in. */
    List<Views.Link> breadcrumbs(Page p) {
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

    /** The pages a section index lists: its section's pages in its language, in their order. */
    List<Views.Link> children(Page p) {
        if (!p.isSectionIndex()) return List.of();
        return pagesBySection().getOrDefault(p.path(), List.of()).stream()
                .filter(c -> c != p && c.lang().equals(p.lang()))
                .sorted(Comparator.comparingInt(Page::order).thenComparing(Page::title))
                .map(c -> new Views.Link(c.title(), config.link(c.path()), false, c.description()))
                .toList();
    }

    private synchronized Map<String, List<Page>> pagesBySection() {
        if (pagesBySection == null) {
            Map<String, List<Page>> m = new HashMap<>();
            for (Page c : content.pages()) m.computeIfAbsent(c.parentPath(), k -> new ArrayList<>()).add(c);
            pagesBySection = m;
        }
        return pagesBySection;
    }
}
