package org.waymark.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.markdown.Markdown;
import org.waymark.markdown.Rendered;

/** The page contexts of one render, and what the generated modules need to make their pages. */
final class PageContexts implements SiteRenderer.Context {
    private final SiteConfig config;
    private final Theme theme;
    private final Markdown markdown;
    private final Navigation navigation;
    private final Diagnostics diags;
    /** The site as the templates see it, by language. */
    private final Map<String, Views.Site> sites = new HashMap<>();

    PageContexts(SiteConfig config, Theme theme, Markdown markdown, Navigation navigation, Diagnostics diags) {
        this.config = config;
        this.theme = theme;
        this.markdown = markdown;
        this.navigation = navigation;
        this.diags = diags;
        for (SiteConfig.Language l : config.languages()) sites.put(l.code(), navigation.site(l));
    }

    /** The context of {@code page} in {@code lang}, a language of the site. */
    PageContext of(String lang, Views.Page page) {
        Views.Site site = sites.get(lang);
        return new PageContext(site != null ? site : sites.get(config.defaultLanguage().code()), navigation.here(lang), page);
    }

    @Override
    public PageContext base(String title, String description, String path, String layout, String lang,
            List<Views.Link> breadcrumbs, String html) {
        SiteConfig.Language l = navigation.language(lang);
        return of(l.code(), new Views.Page(title, description, l.code(), l.dir(), path, html, List.of(), breadcrumbs,
                navigation.main(path, l.code()), List.of(), layout, navigation.generatedTranslations(path, l.code()), true,
                config::link));
    }

    @Override
    public SiteConfig config() {
        return config;
    }

    @Override
    public Rendered markdown(String text, String file, int line) {
        return markdown.render(text, file, line, diags);
    }

    @Override
    public String word(String lang, String key, String fallback) {
        return theme.word(lang, key, fallback);
    }

    @Override
    public String text(String lang, String key, String fallback, String usedBy) {
        return theme.text(lang, key, fallback, usedBy);
    }
}
