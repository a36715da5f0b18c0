package org.waymark.render;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.waymark.markdown.Heading;
import org.waymark.model.Helpline;

/** The values templates see. Plain records: templates read them, never change them. */
public final class Views {
    private Views() {}

    /** A link in the navigation, breadcrumbs, footer or a listing. */
    public record Link(String label, String href, boolean current, String summary) {
        public Link(String label, String href) {
            this(label, href, false, "");
        }
    }

    /**
     * What every page shows about the site: its name, the exit control, the navigation. The {@code *Lang}
     * fields say which language the title, tagline and notice are in, so that a page in another language can
     * mark them (a screen reader then reads them in the right voice).
     */
    public record Site(String title, String tagline, String home, String exitUrl, String notice, String css, String js,
            List<Link> footer, String searchHref, List<Helpline> featured,
            String titleLang, String taglineLang, String noticeLang, String defaultDir) {
        public Site {
            footer = List.copyOf(footer);
            featured = List.copyOf(featured);
        }
    }

    /**
     * One page as its template sees it.
     *
     * @param content the page's HTML from Markdown, or ""
     * @param toc the headings for a table of contents (empty for short pages)
     * @param children the pages a section lists
     */
    public record Page(String title, String description, String lang, String dir, String path, String content,
            List<Heading> toc, List<Link> breadcrumbs, List<Link> nav, List<Link> children, String layout,
            List<Translation> translations, boolean reviewed, String navKey) {
        public Page {
            toc = List.copyOf(toc);
            breadcrumbs = List.copyOf(breadcrumbs);
            nav = List.copyOf(nav);
            children = List.copyOf(children);
            translations = List.copyOf(translations);
        }

        /**
         * @param link the site's link for a site path ({@code config::link}), to tell which item of the main
         *     navigation is this page itself
         */
        public Page(String title, String description, String lang, String dir, String path, String content,
                List<Heading> toc, List<Link> breadcrumbs, List<Link> nav, List<Link> children, String layout,
                List<Translation> translations, boolean reviewed, Function<String, String> link) {
            this(title, description, lang, dir, path, content, toc, breadcrumbs, nav, children, layout, translations, reviewed,
                    navKey(lang, nav, path, link));
        }

        /**
         * What the page's main navigation shows, in a few characters: its language, which items are marked as
         * leading to the page, and whether each of those is the page itself or above it. Two pages with the
         * same key have the same navigation, so a theme may render it once for them all: {@code {% cache 'nav:'
         * ~ page.navKey %}}.
         */
        static String navKey(String lang, List<Link> nav, String path, Function<String, String> link) {
            StringBuilder key = new StringBuilder(lang);
            String here = null;
            for (int i = 0; i < nav.size(); i++) {
                if (!nav.get(i).current()) continue;
                if (here == null) here = link.apply(path);
                key.append(path.equals("/") || nav.get(i).href().equals(here) ? '=' : '<').append(i);
            }
            return key.toString();
        }

        /** This page with the links to its translations. */
        public Page withTranslations(List<Translation> links) {
            return new Page(title, description, lang, dir, path, content, toc, breadcrumbs, nav, children, layout, links, reviewed,
                    navKey);
        }
    }

    /**
     * A link to this page in another language, for the language switcher.
     *
     * @param name the language's name in that language ("اردو")
     * @param dir the language's direction, for the link text
     */
    public record Translation(String code, String name, String dir, String href, boolean current) {}

    /**
     * Links from a page in one language: {@code here.link('/get-help/emergency/')} goes to the page's
     * translation in that language when there is one, else to the page itself.
     */
    public record Here(String lang, String defaultLang, Set<String> paths,
            Function<String, String> linker) {
        public String link(String path) {
            if (!lang.equals(defaultLang)) {
                String translated = "/" + lang + path;
                if (paths.contains(translated)) return linker.apply(translated);
            }
            return linker.apply(path);
        }
    }
}
