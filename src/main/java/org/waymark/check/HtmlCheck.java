package org.waymark.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.markdown.LinkRef;
import org.waymark.phone.PhoneParse;
import org.waymark.phone.UkPhoneNumbers;

/**
 * Checks one rendered HTML page: nothing loads from another origin, no inline script, every {@code tel:}
 * link is a UK number, and the accessibility rules that can be read from the HTML, each named with the
 * WCAG 2.2 success criterion it serves. Problems are reported against the Markdown or data file and line
 * where the element came from, or else against the template. Stateless; shared between threads.
 */
public final class HtmlCheck {
    private static final Set<String> VAGUE = Set.of("click here", "here", "read more", "more", "click", "link",
            "this link", "find out more", "more info", "more information", "this page", "go");
    private static final Pattern CSS_URL = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");

    private final SiteConfig config;
    private final String siteOrigin;

    public HtmlCheck(SiteConfig config) {
        this.config = config;
        this.siteOrigin = origin(config.baseUrl());
    }

    /**
     * Checks {@code html} and returns its ids and links for the link check.
     *
     * @param template the template that rendered the page ("page"), for problems no content file explains
     * @param links the links recorded while rendering the page's Markdown and data
     */
    public PageFacts check(String output, String html, String template, String source, List<LinkRef> links, Diagnostics diags) {
        return check(output, html, template, source, links, List.of(), diags);
    }

    /** As {@link #check(String, String, String, String, List, Diagnostics)}, naming the source line of Markdown headings. */
    public PageFacts check(String output, String html, String template, String source, List<LinkRef> links,
            List<org.waymark.markdown.Heading> headings, Diagnostics diags) {
        Document doc = Jsoup.parse(html);
        Place place = new Place(template, source, links, headings);
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            String id = e.id();
            if (!ids.add(id)) {
                place.error(diags, e, "wcag-4.1.2", "Two elements on " + output + " have the id `" + id + "`.",
                        "give each heading and element its own id; two headings with the same text get -1 added");
            }
        }
        for (Element e : doc.select("a[name]")) ids.add(e.attr("name"));
        List<PageFacts.Ref> refs = new ArrayList<>();
        privacy(doc, output, place, diags);
        collectRefs(doc, place, refs);
        accessibility(doc, output, place, diags);
        phones(doc, place, diags);
        return new PageFacts(output, ids, refs, summary(doc));
    }

    private void privacy(Document doc, String output, Place place, Diagnostics diags) {
        String[][] resources = {
            {"script[src]", "src"}, {"img[src]", "src"}, {"iframe[src]", "src"}, {"frame[src]", "src"},
            {"video[src]", "src"}, {"audio[src]", "src"}, {"source[src]", "src"}, {"track[src]", "src"},
            {"embed[src]", "src"}, {"object[data]", "data"}, {"input[type=image][src]", "src"},
            {"video[poster]", "poster"}, {"form[action]", "action"}, {"link[href]", "href"},
        };
        for (String[] r : resources) {
            for (Element e : doc.select(r[0])) {
                if (e.tagName().equals("link") && !isResourceLink(e)) continue;
                thirdParty(e.attr(r[1]), e, output, place, diags);
            }
        }
        for (Element e : doc.select("img[srcset], source[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                String url = candidate.trim().split("\\s+")[0];
                if (!url.isEmpty()) thirdParty(url, e, output, place, diags);
            }
        }
        for (Element e : doc.select("style, [style]")) {
            String css = e.tagName().equals("style") ? e.data() : e.attr("style");
            Matcher m = CSS_URL.matcher(css);
            while (m.find()) thirdParty(m.group(1), e, output, place, diags);
        }
        for (Element e : doc.select("meta[http-equiv=refresh]")) {
            String content = e.attr("content");
            int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
            if (at >= 0) thirdParty(content.substring(at + 4).trim(), e, output, place, diags);
        }
        for (Element e : doc.select("script:not([src])")) {
            String type = e.attr("type").toLowerCase(Locale.ROOT);
            if (type.equals("application/ld+json") || type.equals("application/json")) continue;
            place.error(diags, e, "privacy", "A script is written inside the page; the Content-Security-Policy blocks it.",
                    "put the script in a file under the theme's assets and load it with <script src=…>");
        }
        for (Element e : doc.select("[onclick], [onload], [onsubmit], [onchange], [onkeydown], [onmouseover]")) {
            place.error(diags, e, "privacy", "An inline event handler (" + e.attributes().asList().get(0).getKey()
                    + ") is blocked by the Content-Security-Policy.", "attach the handler from a script file");
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (isOtherOrigin(href) && !a.attr("rel").toLowerCase(Locale.ROOT).contains("noreferrer")) {
                place.error(diags, a, "privacy", "The link to " + href + " does not have rel=\"noreferrer\", so that site could learn the visitor came from here.",
                        "add rel=\"noreferrer\" to the link in the template");
            }
        }
    }

    private static boolean isResourceLink(Element link) {
        String rel = " " + link.attr("rel").toLowerCase(Locale.ROOT) + " ";
        for (String r : List.of("stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch", "modulepreload",
                "manifest", "apple-touch-icon", "prerender", "mask-icon")) {
            if (rel.contains(" " + r + " ")) return true;
        }
        return false;
    }

    private void thirdParty(String url, Element e, String output, Place place, Diagnostics diags) {
        if (!isOtherOrigin(url)) return;
        String origin = origin(url);
        if (config.safety().allowedOrigins().contains(origin)) return;
        place.error(diags, e, "privacy", "The page " + output + " loads <" + e.tagName() + "> from " + origin
                        + ", so that site would learn who visits this one.",
                "serve the file from the site itself (put it in the theme's or content's assets folder)");
    }

    private boolean isOtherOrigin(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.startsWith("//")) return true;
        if (!(u.startsWith("http:") || u.startsWith("https:"))) return false;
        return !origin(url).equals(siteOrigin);
    }

    static String origin(String url) {
        try {
            URI uri = new URI(url.trim().startsWith("//") ? "https:" + url.trim() : url.trim());
            String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + (port > 0 ? ":" + port : "");
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static void collectRefs(Document doc, Place place, List<PageFacts.Ref> refs) {
        for (Element e : doc.select("[href], [src], [srcset]")) {
            for (String attr : List.of("href", "src", "srcset")) {
                if (!e.hasAttr(attr)) continue;
                if (attr.equals("srcset")) {
                    for (String candidate : e.attr(attr).split(",")) {
                        String url = candidate.trim().split("\\s+")[0];
                        if (!url.isEmpty()) refs.add(place.ref(url, attr));
                    }
                } else {
                    refs.add(place.ref(e.attr(attr), attr));
                }
            }
        }
    }

    private void accessibility(Document doc, String output, Place place, Diagnostics diags) {
        Element html = doc.selectFirst("html");
        if (html == null || html.attr("lang").isBlank()) {
            place.templateError(diags, "wcag-3.1.1", output + " has no lang on <html>, so screen readers may read it in the wrong language.",
                    "add lang=\"{{ page.lang }}\" to the <html> element of the template");
        }
        Element title = doc.selectFirst("head > title");
        if (title == null || title.text().isBlank()) {
            place.templateError(diags, "wcag-2.4.2", output + " has no <title>.", "give the template a <title> with the page's title");
        }
        Elements h1 = doc.select("h1");
        if (h1.size() != 1) {
            place.templateError(diags, "wcag-1.3.1", output + " has " + h1.size() + " <h1> headings; a page has exactly one.",
                    h1.isEmpty() ? "the template should print the page title as the <h1>" : "use ## for headings in Markdown; the title is the only # heading");
        }
        int last = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (last > 0 && level > last + 1) {
                place.error(diags, h, "wcag-1.3.1", "The heading \"" + h.text() + "\" is a level " + level
                        + " heading after a level " + last + " heading, so a level is skipped.",
                        "use " + "#".repeat(last + 1) + " for this heading, or add the missing level above it");
            }
            last = level;
        }
        Elements mains = doc.select("main, [role=main]");
        if (mains.size() != 1) {
            place.templateError(diags, "wcag-1.3.1", output + " has " + mains.size() + " main landmarks; a page has exactly one.",
                    "wrap the page's own content in one <main> in the template");
        }
        if (doc.select("header, [role=banner]").isEmpty() || doc.select("footer, [role=contentinfo]").isEmpty()
                || doc.select("nav, [role=navigation]").isEmpty()) {
            place.templateError(diags, "wcag-1.3.1", output + " lacks a header, navigation or footer landmark.",
                    "use <header>, <nav> and <footer> in the base template");
        }
        Element first = doc.selectFirst("body a[href], body button, body input, body select, body textarea");
        if (first == null || !first.attr("href").startsWith("#")) {
            place.templateError(diags, "wcag-2.4.1", output + " does not start with a skip link.",
                    "make <a href=\"#main\">Skip to main content</a> the first link in the body");
        }
        for (Element img : doc.select("img")) {
            if (!img.hasAttr("alt")) {
                place.error(diags, img, "wcag-1.1.1", "The image " + img.attr("src") + " has no alternative text.",
                        "describe the image in its alt text; write alt=\"\" only for a decorative image");
            }
        }
        for (Element a : doc.select("a[href], button")) {
            String name = accessibleName(a);
            if (name.isBlank()) {
                place.error(diags, a, "wcag-2.4.4", "A " + (a.tagName().equals("a") ? "link to " + a.attr("href") : "button")
                        + " has no text, so a screen reader cannot say where it goes.", "give it text, or an aria-label");
            } else if (a.tagName().equals("a") && VAGUE.contains(name.toLowerCase(Locale.ROOT).replaceAll("[.!…]+$", "").trim())) {
                place.warning(diags, a, "wcag-2.4.4", "The link text \"" + name + "\" does not say where the link goes.",
                        "use words that make sense out of context, such as \"the helplines page\"");
            }
        }
        for (Element input : doc.select("input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]), select, textarea")) {
            String id = input.id();
            boolean labelled = !input.attr("aria-label").isBlank() || !input.attr("aria-labelledby").isBlank()
                    || input.closest("label") != null
                    || !id.isEmpty() && !doc.select("label[for=" + cssEscape(id) + "]").isEmpty();
            if (!labelled) {
                place.error(diags, input, "wcag-1.3.1", "A form field (" + input.tagName() + (id.isEmpty() ? "" : " #" + id) + ") has no label.",
                        "add <label for=\"…\"> with the field's id");
            }
        }
        for (Element table : doc.select("table")) {
            if (table.select("th").isEmpty()) {
                place.error(diags, table, "wcag-1.3.1", "A table has no header cells, so its columns have no names for screen readers.",
                        "give the table a header row: | Column | Column | then |---|---|");
            }
        }
    }

    /** The search summary: the h1, the description, the language and the start of the main text. */
    private static PageFacts.Summary summary(Document doc) {
        Element h1 = doc.selectFirst("h1");
        Element main = doc.selectFirst("main");
        Element description = doc.selectFirst("meta[name=description]");
        Element html = doc.selectFirst("html");
        String text = "";
        if (main != null) {
            text = main.text();
            if (text.length() > SEARCH_TEXT) {
                int cut = text.lastIndexOf(' ', SEARCH_TEXT);
                text = text.substring(0, cut > 0 ? cut : SEARCH_TEXT);
            }
        }
        return new PageFacts.Summary(h1 == null ? "" : h1.text(), description == null ? "" : description.attr("content"),
                html == null ? "" : html.attr("lang"), text);
    }

    /** How much of a page's text the search index keeps. */
    static final int SEARCH_TEXT = 600;

    private static String cssEscape(String id) {
        return "\"" + id.replace("\"", "\\\"") + "\"";
    }

    private static String accessibleName(Element e) {
        if (!e.attr("aria-label").isBlank()) return e.attr("aria-label");
        if (!e.attr("aria-labelledby").isBlank()) return "labelled";
        if (!e.attr("title").isBlank() && e.text().isBlank()) return e.attr("title");
        StringBuilder name = new StringBuilder(e.text());
        for (Element img : e.select("img[alt]")) name.append(img.attr("alt"));
        for (Element svg : e.select("svg[aria-label]")) name.append(svg.attr("aria-label"));
        return name.toString().trim();
    }

    private static void phones(Document doc, Place place, Diagnostics diags) {
        for (Element a : doc.select("a[href^=tel:]")) {
            PhoneParse p = UkPhoneNumbers.parseTelHref(a.attr("href"));
            if (p instanceof PhoneParse.Invalid bad) {
                place.error(diags, a, "phone", "The phone link " + a.attr("href") + " is not a valid UK number: " + bad.message(), bad.hint());
            }
        }
    }

    /** Finds the place an element was written: its Markdown or data file and line, or the template. */
    private static final class Place {
        private final String template;
        private final String source;
        private final Map<String, LinkRef> byHref = new HashMap<>();

        private final Map<String, Integer> headingLines = new HashMap<>();

        Place(String template, String source, List<LinkRef> links, List<org.waymark.markdown.Heading> headings) {
            this.template = "themes: " + template + ".peb";
            this.source = source;
            for (LinkRef l : links) byHref.putIfAbsent(l.href(), l);
            for (org.waymark.markdown.Heading h : headings) if (h.line() > 0) headingLines.putIfAbsent(h.id(), h.line());
        }

        PageFacts.Ref ref(String url, String attribute) {
            LinkRef l = byHref.get(url);
            return l != null ? new PageFacts.Ref(url, attribute, l.file(), l.line(), l.column())
                    : new PageFacts.Ref(url, attribute, template + " (page from " + source + ")", 0, 0);
        }

        void error(Diagnostics diags, Element e, String rule, String message, String hint) {
            Integer line = e.id().isEmpty() ? null : headingLines.get(e.id());
            if (line != null) {
                diags.error(source, new Pos(line, 1), rule, message, hint);
                return;
            }
            LinkRef l = find(e);
            if (l != null) diags.error(l.file(), new Pos(l.line(), l.column()), rule, message, hint);
            else diags.error(elementSource(e), Pos.NONE, rule, message, hint);
        }

        void warning(Diagnostics diags, Element e, String rule, String message, String hint) {
            LinkRef l = find(e);
            if (l != null) diags.warning(l.file(), new Pos(l.line(), l.column()), rule, message, hint);
            else diags.warning(elementSource(e), Pos.NONE, rule, message, hint);
        }

        void templateError(Diagnostics diags, String rule, String message, String hint) {
            diags.error(template, Pos.NONE, rule, message, hint);
        }

        private String elementSource(Element e) {
            return e.closest(".wm-prose, [data-source]") != null ? source : template + " (page from " + source + ")";
        }

        private LinkRef find(Element e) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (url.isEmpty()) {
                Element a = e.selectFirst("a[href], img[src]");
                if (a != null) url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
            }
            return url.isEmpty() ? null : byHref.get(url);
        }
    }
}
