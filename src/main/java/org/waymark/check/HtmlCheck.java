package org.waymark.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.markdown.LinkRef;
import org.waymark.phone.PhoneRules;

/**
 * Checks one rendered HTML page: nothing loads from another origin, no inline script, every {@code tel:}
 * link is a UK number, and the accessibility rules that can be read from the HTML, each named with the
 * WCAG 2.2 success criterion it serves. Problems are reported against the Markdown or data file and line
 * where the element came from, or else against the template. Stateless; shared between threads.
 */
public final class HtmlCheck {
    private static final Set<String> VAGUE = Set.of("click here", "here", "read more", "more", "click", "link",
            "this link", "find out more", "more info", "more information", "this page", "go");
    private static final Evaluator TH = QueryParser.parse("th");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description]");
    private static final Evaluator IMG_ALT = QueryParser.parse("img[alt]");
    private static final Evaluator SVG_LABEL = QueryParser.parse("svg[aria-label]");
    private static final Evaluator LINK_OR_IMAGE = QueryParser.parse("a[href], img[src]");
    private static final Evaluator PROSE = QueryParser.parse(".wm-prose, [data-source]");
    private static final Pattern CSS_URL = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");

    /** The attributes that hold an address a browser follows or loads. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "xlink:href", "action", "formaction", "data", "poster",
            "background", "cite", "longdesc", "codebase", "archive", "classid", "lowsrc", "dynsrc", "manifest", "ping", "usemap");

    private final SiteConfig config;
    /** The site folder, to find the line of an element written as HTML in a content file; null: not looked for. */
    private final Path root;
    private final String siteOrigin;
    /** The site's own address with a slash, lower case: links that start with it need no parsing. */
    private final String siteRoot;
    /** The site's rules for phone numbers, which a {@code tel:} link of a template is judged by. */
    private final PhoneRules phones;
    /** The {@code tel:} links of the numbers in data files, judged already where they were written. */
    private final Set<String> judgedTels;
    /** The problems of each tel: address seen, so that the emergency line on every page is read once. */
    private final Map<String, List<PhoneRules.Problem>> tels = new ConcurrentHashMap<>();

    /**
     * @param root the site's folder, so that an element written as HTML in a content file is reported at its line
     *     there (null: without a line)
     * @param phones the site's rules for phone numbers
     * @param judgedTels the {@code tel:} links of the numbers in data files (helplines, services, the site's contact
     *     number), which were judged and reported where they were written and are not reported again on every page
     */
    public HtmlCheck(SiteConfig config, Path root, PhoneRules phones, Set<String> judgedTels) {
        this.config = config;
        this.root = root;
        this.phones = phones;
        this.judgedTels = Set.copyOf(judgedTels);
        this.siteOrigin = origin(config.baseUrl());
        this.siteRoot = siteOrigin.toLowerCase(Locale.ROOT) + "/";
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
        Place place = new Place(template, source, links, headings, root);
        Scan scan = new Scan(output, place, diags, false);
        NodeTraversor.traverse(scan, doc);
        scan.finish(doc);
        return new PageFacts(output, scan.ids, scan.refs, summary(doc));
    }

    /** The element that stands for a page's Markdown in the frame {@link FrameCheck} parses. */
    static final String CONTENT_PLACEHOLDER = "wm-content-placeholder";

    /**
     * The first focusable element before the page's Markdown in a frame: a skip link, something else, or
     * nothing (then the Markdown's first link decides).
     */
    enum Focus { SKIP_LINK, OTHER, NONE }

    /**
     * Checks a page's frame: {@code html} with the placeholder element where the Markdown goes. Applies
     * every rule that the frame alone decides and reports its problems; links, headings and ids are left
     * to the caller, which reads them from the page itself. Returns what comes first that can take focus.
     */
    Focus frame(String output, String html, String template, String source, Diagnostics diags) {
        Document doc = Jsoup.parse(html);
        Place place = new Place(template, source, List.of(), List.of(), root);
        Scan scan = new Scan(output, place, diags, true);
        NodeTraversor.traverse(scan, doc);
        scan.finish(doc);
        return scan.focusBeforeContent == null ? Focus.NONE
                : scan.focusBeforeContent.attr("href").startsWith("#") ? Focus.SKIP_LINK : Focus.OTHER;
    }

    /** One walk over a page that applies every rule, so a page is traversed once however many rules there are. */
    private final class Scan implements NodeVisitor {
        final String output;
        final Place place;
        final Diagnostics diags;
        final Set<String> ids = new HashSet<>();
        final List<PageFacts.Ref> refs = new ArrayList<>();
        final Set<String> labelled = new HashSet<>();
        final List<Element> fields = new ArrayList<>();
        int h1;
        int lastHeading;
        int mains;
        boolean header;
        boolean nav;
        boolean footer;
        Element firstFocusable;
        /** Checking a frame: links and headings are the caller's; the Markdown is a placeholder. */
        final boolean frame;
        boolean contentSeen;
        Element focusBeforeContent;

        Scan(String output, Place place, Diagnostics diags, boolean frame) {
            this.output = output;
            this.place = place;
            this.diags = diags;
            this.frame = frame;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (frame && tag.equals(CONTENT_PLACEHOLDER)) {
                contentSeen = true;
                return;
            }
            if (e.attributesSize() > 0) attributes(e, tag);
            switch (tag) {
                case "a" -> {
                    if (frame) {
                        if (e.hasAttr("href")) focusable(e);
                    } else {
                        link(e);
                    }
                }
                case "button" -> {
                    focusable(e);
                    if (accessibleName(e).isBlank()) {
                        place.error(diags, e, "wcag-4.1.2", "A button has no text, so a screen reader cannot say what it does.",
                                "give it text, or an aria-label");
                    }
                }
                case "img" -> {
                    if (!e.hasAttr("alt")) {
                        place.error(diags, e, "wcag-1.1.1", "The image " + e.attr("src") + " has no alternative text.",
                                "describe the image in its alt text; write alt=\"\" only for a decorative image");
                    }
                    resource(e, "src");
                }
                case "script" -> {
                    if (e.hasAttr("src")) {
                        resource(e, "src");
                    } else {
                        String type = e.attr("type").toLowerCase(Locale.ROOT);
                        if (!type.equals("application/ld+json") && !type.equals("application/json")) {
                            place.error(diags, e, "privacy", "A script is written inside the page; the Content-Security-Policy blocks it.",
                                    "put the script in a file under the theme's assets and load it with <script src=…>");
                        }
                    }
                }
                case "link" -> {
                    if (isResourceLink(e)) resource(e, "href");
                }
                case "iframe", "frame", "video", "audio", "source", "track" -> resource(e, "src");
                case "embed", "object", "applet" -> {
                    resource(e, tag.equals("object") ? "data" : "src");
                    place.error(diags, e, "unsafe", "An <" + tag + "> puts a plug-in or another document inside the page; "
                                    + "the Content-Security-Policy blocks it.",
                            "link to the file instead: put it in content/assets/ and write [the leaflet (PDF)](/assets/leaflet.pdf)");
                }
                case "set", "animate", "animatemotion", "animatetransform", "discard" -> {
                    String target = e.attr("attributeName").strip().toLowerCase(Locale.ROOT);
                    if (ADDRESSES.contains(target)) {
                        place.error(diags, e, "unsafe", "An SVG <" + e.tagName() + "> changes the " + target
                                        + " of a link after the page has loaded, so the link leads somewhere the page does not say.",
                                "an animation may not change where a link leads; write the link's address in its href");
                    }
                }
                case "base" -> place.error(diags, e, "unsafe", "A <base> element changes where every link on the page goes.",
                        "remove it; write each link in full, or to a page's file such as `foreword.md`");
                case "form" -> resource(e, "action");
                case "style" -> css(e, e.data());
                case "meta" -> {
                    if (e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        String content = e.attr("content");
                        int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
                        if (at >= 0) thirdParty(content.substring(at + 4).trim(), e, output, place, diags);
                        if (e.closest(PROSE) != null) {
                            place.error(diags, e, "unsafe", "A <meta http-equiv=\"refresh\"> sends the visitor somewhere else by itself.",
                                    "remove it; write a link the visitor can choose to follow");
                        }
                    }
                }
                case "label" -> {
                    if (e.hasAttr("for")) labelled.add(e.attr("for"));
                }
                case "input", "select", "textarea" -> field(e, tag);
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    if (!frame) heading(e, tag.charAt(1) - '0');
                }
                case "main" -> mains++;
                case "header" -> header = true;
                case "nav" -> nav = true;
                case "footer" -> footer = true;
                case "table" -> {
                    if (e.selectFirst(TH) == null) {
                        place.error(diags, e, "wcag-1.3.1", "A table has no header cells, so its columns have no names for screen readers.",
                                "give the table a header row: | Column | Column | then |---|---|");
                    }
                }
                default -> { }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            // every rule is applied on the way down
        }

        private void attributes(Element e, String tag) {
            String id = e.id();
            if (!id.isEmpty() && !ids.add(id)) {
                place.error(diags, e, "wcag-4.1.2", "Two elements on " + output + " have the id `" + id + "`.",
                        "give each heading and element its own id; two headings with the same text get -1 added");
            }
            if (tag.equals("a") && e.hasAttr("name")) ids.add(e.attr("name"));
            String role = e.attr("role");
            if (!role.isEmpty()) {
                if (role.equals("main") && !tag.equals("main")) mains++;
                if (role.equals("banner")) header = true;
                if (role.equals("navigation")) nav = true;
                if (role.equals("contentinfo")) footer = true;
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (key.length() > 2 && key.startsWith("on")) {
                    place.error(diags, e, "privacy", "An inline event handler (" + key + ") is blocked by the Content-Security-Policy.",
                            "attach the handler from a script file");
                } else if (key.equals("href") || key.equals("src")) {
                    if (!frame) refs.add(place.ref(a.getValue(), key, e));
                    addressRule(a.getValue(), key, tag, at(place, e, diags));
                } else if (ADDRESSES.contains(key)) {
                    addressRule(a.getValue(), key, tag, at(place, e, diags));
                } else if (key.equals("srcdoc")) {
                    place.error(diags, e, "unsafe", "A frame with srcdoc writes a whole document, scripts and all, into the page.",
                            "remove the frame; link to a page of the site instead");
                } else if (key.equals("srcset")) {
                    for (String candidate : a.getValue().split(",")) {
                        String url = candidate.trim().split("\\s+")[0];
                        if (url.isEmpty()) continue;
                        if (!frame) refs.add(place.ref(url, key, e));
                        thirdParty(url, e, output, place, diags);
                        addressRule(url, key, tag, at(place, e, diags));
                    }
                } else if (key.equals("style")) {
                    css(e, a.getValue());
                } else if (key.equals("poster")) {
                    thirdParty(a.getValue(), e, output, place, diags);
                }
            }
        }

        private void link(Element a) {
            if (!a.hasAttr("href")) return;
            focusable(a);
            String href = a.attr("href");
            // a tel: link written in Markdown was checked, with its line, when the Markdown was rendered
            linkRules(href, a.attr("rel"), accessibleName(a), !place.fromMarkdown(href), at(place, a, diags));
        }

        private void field(Element e, String tag) {
            if (tag.equals("input")) {
                String type = e.attr("type").toLowerCase(Locale.ROOT);
                if (type.equals("image")) resource(e, "src");
                if (type.equals("hidden")) return;
                focusable(e);
                if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("reset")) return;
            } else {
                focusable(e);
            }
            fields.add(e);
        }

        private void heading(Element h, int level) {
            if (level == 1) h1++;
            if (lastHeading > 0 && level > lastHeading + 1) {
                place.error(diags, h, "wcag-1.3.1", "The heading \"" + h.text() + "\" is a level " + level
                        + " heading after a level " + lastHeading + " heading, so a level is skipped.",
                        "use " + "#".repeat(lastHeading + 1) + " for this heading, or add the missing level above it");
            }
            lastHeading = level;
        }

        private void focusable(Element e) {
            if (firstFocusable == null) firstFocusable = e;
            if (frame && !contentSeen && focusBeforeContent == null) focusBeforeContent = e;
        }

        private void resource(Element e, String attribute) {
            if (e.hasAttr(attribute)) thirdParty(e.attr(attribute), e, output, place, diags);
        }

        private void css(Element e, String css) {
            if (!css.contains("url(") && !css.contains("@import")) return;
            Matcher m = CSS_URL.matcher(css);
            while (m.find()) thirdParty(m.group(1), e, output, place, diags);
        }

        void finish(Document doc) {
            Element html = doc.firstElementChild();
            if (html == null || html.attr("lang").isBlank()) {
                place.templateError(diags, "wcag-3.1.1", output + " has no lang on <html>, so screen readers may read it in the wrong language.",
                        "add lang=\"{{ page.lang }}\" to the <html> element of the template");
            }
            if (doc.title().isBlank()) {
                place.templateError(diags, "wcag-2.4.2", output + " has no <title>.", "give the template a <title> with the page's title");
            }
            if (!frame && h1 != 1) {
                place.templateError(diags, "wcag-1.3.1", output + " has " + h1 + " <h1> headings; a page has exactly one.",
                        h1 == 0 ? "the template should print the page title as the <h1>" : "use ## for headings in Markdown; the title is the only # heading");
            }
            if (mains != 1) {
                place.templateError(diags, "wcag-1.3.1", output + " has " + mains + " main landmarks; a page has exactly one.",
                        "wrap the page's own content in one <main> in the template");
            }
            if (!header || !nav || !footer) {
                place.templateError(diags, "wcag-1.3.1", output + " lacks a header, navigation or footer landmark.",
                        "use <header>, <nav> and <footer> in the base template");
            }
            if (!frame && (firstFocusable == null || !firstFocusable.attr("href").startsWith("#"))) {
                place.templateError(diags, "wcag-2.4.1", output + " does not start with a skip link.",
                        "make <a href=\"#main\">Skip to main content</a> the first link in the body");
            }
            for (Element input : fields) {
                String id = input.id();
                boolean ok = !input.attr("aria-label").isBlank() || !input.attr("aria-labelledby").isBlank()
                        || !id.isEmpty() && labelled.contains(id) || input.closest("label") != null;
                if (!ok) {
                    place.error(diags, input, "wcag-1.3.1", "A form field (" + input.tagName() + (id.isEmpty() ? "" : " #" + id) + ") has no label.",
                            "add <label for=\"…\"> with the field's id");
                }
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

    /** Where one element's problems go: the element's place, found by the caller. */
    interface Report {
        void error(String rule, String message, String hint);

        void warning(String rule, String message, String hint);

        /** A problem the template itself has, the same on every page it renders: reported once, at the template. */
        default void ofTemplate(boolean error, String rule, String message, String hint) {
            if (error) error(rule, message, hint);
            else warning(rule, message, hint);
        }
    }

    /** The rules for one link, read from its address, its rel and what a screen reader says for it. */
    void linkRules(String href, String rel, String name, boolean checkTel, Report report) {
        if (name.isBlank()) {
            report.error("wcag-2.4.4", "A link to " + href + " has no text, so a screen reader cannot say where it goes.",
                    "give it text, or an aria-label");
        } else if (isVague(name)) {
            report.warning("wcag-2.4.4", "The link text \"" + name + "\" does not say where the link goes.",
                    "use words that make sense out of context, such as \"the helplines page\"");
        }
        if (isOtherOrigin(href) && !rel.toLowerCase(Locale.ROOT).contains("noreferrer")) {
            report.error("privacy", "The link to " + href + " does not have rel=\"noreferrer\", so that site could learn the visitor came from here.",
                    "add rel=\"noreferrer\" to the link in the template");
        }
        if (checkTel && href.regionMatches(true, 0, "tel:", 0, 4) && !judgedTels.contains(href)) {
            List<PhoneRules.Problem> problems = tels.computeIfAbsent(href, h -> {
                PhoneRules.Judged judged = phones.readTel(h);
                String what = judged.number().isEmpty() ? " is not a valid UK number: " : ": ";
                return judged.problems().stream()
                        .map(p -> new PhoneRules.Problem(p.error(), "The phone link " + h + what + p.message(), p.hint())).toList();
            });
            // a tel: link of a template (one of Markdown or a data file was judged where it was written)
            for (PhoneRules.Problem p : problems) report.ofTemplate(p.error(), "phone", p.message(), p.hint());
        }
    }

    /**
     * The rule for an address in an attribute ({@code href}, {@code src}, {@code xlink:href}, {@code action} …): no
     * {@code javascript:} or {@code vbscript:} address, which runs a script, and no {@code data:} address, which
     * carries a whole document in itself; only an image may be a {@code data:image/…} address, as the
     * Content-Security-Policy allows (it loads nothing from anywhere).
     */
    void addressRule(String url, String attribute, String tag, Report report) {
        String scheme = scheme(url);
        if (scheme.isEmpty()) return;
        String shown = shown(url);
        switch (scheme) {
            case "javascript", "vbscript" -> report.error("unsafe", "The address `" + shown + "` (" + attribute + " of <" + tag
                            + ">) runs a script when it is followed; a page may not hold one.",
                    "link to a page or a file instead, such as [the helplines](/helplines/) or [the leaflet](/assets/leaflet.pdf)");
            case "data" -> {
                if ((tag.equals("img") && (attribute.equals("src") || attribute.equals("srcset")))
                        && url.strip().regionMatches(true, 5, "image/", 0, 6)) return;
                report.error("unsafe", "The address `" + shown + "` (" + attribute + " of <" + tag
                                + ">) holds a whole document in itself; a page may not link to one.",
                        "put the file in content/assets/ and link to it, such as [the leaflet](/assets/leaflet.pdf)");
            }
            default -> { }
        }
    }

    /**
     * The scheme of an address as a browser reads it, lower case, or "" when it has none: tabs and line breaks
     * anywhere, and control characters and spaces at either end, are ignored ({@code " java\tscript:"} is
     * {@code javascript}). Character references are decoded before this, by the HTML parser or CommonMark.
     */
    static String scheme(String url) {
        StringBuilder s = new StringBuilder(Math.min(url.length(), 16));
        int from = 0;
        while (from < url.length() && url.charAt(from) <= ' ') from++;
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (c == ':') return s.length() > 0 ? s.toString().toLowerCase(Locale.ROOT) : "";
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || s.length() > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.');
            if (!ok) return "";
            s.append(c);
        }
        return "";
    }

    /** An address as a message shows it: on one line, and not too long. */
    private static String shown(String url) {
        String one = url.strip().replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }

    /** Whether a link's text says nothing of where it goes ("click here", "more…"). */
    static boolean isVague(String name) {
        if (name.length() > 20) return false;
        String n = name.toLowerCase(Locale.ROOT).trim();
        int end = n.length();
        while (end > 0 && ".!…".indexOf(n.charAt(end - 1)) >= 0) end--;
        return VAGUE.contains(n.substring(0, end).trim());
    }

    /** The rule for a file a page loads (an image, a script): it must come from the site itself. */
    void resourceRule(String url, String tagName, String output, Report report) {
        if (!isOtherOrigin(url)) return;
        String origin = origin(url);
        if (config.safety().allowedOrigins().contains(origin)) return;
        report.error("privacy", "The page " + output + " loads <" + tagName + "> from " + origin
                        + ", so that site would learn who visits this one.",
                "serve the file from the site itself (put it in the theme's or content's assets folder)");
    }

    private void thirdParty(String url, Element e, String output, Place place, Diagnostics diags) {
        resourceRule(url, e.tagName(), output, at(place, e, diags));
    }

    /** Reports problems of element {@code e} at its place. */
    private static Report at(Place place, Element e, Diagnostics diags) {
        return new Report() {
            @Override
            public void error(String rule, String message, String hint) {
                place.error(diags, e, rule, message, hint);
            }

            @Override
            public void warning(String rule, String message, String hint) {
                place.warning(diags, e, rule, message, hint);
            }

            @Override
            public void ofTemplate(boolean error, String rule, String message, String hint) {
                if (error) diags.error(place.template, Pos.NONE, rule, message, hint);
                else diags.warning(place.template, Pos.NONE, rule, message, hint);
            }
        };
    }

    boolean isOtherOrigin(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.startsWith("//")) return true;
        if (!(u.startsWith("http:") || u.startsWith("https:"))) return false;
        if (u.startsWith(siteRoot)) return false;
        return !origin(url).equals(siteOrigin);
    }

    static String origin(String url) {
        String u = url.trim();
        // the common case without java.net.URI: an address URI reads as scheme://host with a plain host name
        int sep = u.indexOf("://");
        if (sep > 0) {
            int end = sep + 3;
            while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) end++;
            String scheme = u.substring(0, sep);
            String host = u.substring(sep + 3, end);
            if (scheme.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && isHostName(host) && isPlainRest(u, end)) {
                return scheme.toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT);
            }
        }
        try {
            URI uri = new URI(u.startsWith("//") ? "https:" + u : u);
            String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + (port > 0 ? ":" + port : "");
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** A host name as URI reads one: labels of letters, digits and inner hyphens, the last starting with a letter. */
    private static boolean isHostName(String host) {
        if (host.isEmpty()) return false;
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) return false;
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) return false;
            }
        }
        char first = labels[labels.length - 1].charAt(0);
        return first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z';
    }

    /** Whether the path, query and fragment from {@code from} hold only what URI accepts there: else URI is asked. */
    private static boolean isPlainRest(String u, int from) {
        boolean fragment = false;
        for (int i = from; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0) continue;
            if (c == '#' && !fragment) {
                fragment = true;
                continue;
            }
            if (c == '%' && i + 2 < u.length() && isHex(u.charAt(i + 1)) && isHex(u.charAt(i + 2))) {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The search summary: the h1, the description, the language and the start of the main text. */
    private static PageFacts.Summary summary(Document doc) {
        Element h1 = doc.selectFirst(H1);
        Element main = doc.selectFirst(MAIN);
        Element description = doc.selectFirst(DESCRIPTION);
        Element html = doc.firstElementChild();
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

    private static String accessibleName(Element e) {
        if (!e.attr("aria-label").isBlank()) return e.attr("aria-label");
        if (!e.attr("aria-labelledby").isBlank()) return "labelled";
        if (!e.attr("title").isBlank() && e.text().isBlank()) return e.attr("title");
        StringBuilder name = new StringBuilder(e.text());
        for (Element img : e.select(IMG_ALT)) name.append(img.attr("alt"));
        for (Element svg : e.select(SVG_LABEL)) name.append(svg.attr("aria-label"));
        return name.toString().trim();
    }

    /** An element's start tag as the HTML parser read it: its name and its attributes, names in lower case, values decoded. */
    private record Tag(String name, Map<String, String> attributes) {
        private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

        static Tag of(Element e) {
            Map<String, String> attributes = new HashMap<>();
            for (Attribute a : e.attributes()) attributes.put(a.getKey().toLowerCase(Locale.ROOT), a.getValue());
            return new Tag(e.normalName(), attributes);
        }

        /** The line and column of the first start tag in {@code text} that reads as this one, or {@link Pos#NONE}. */
        Pos find(String text) {
            Matcher open = Pattern.compile("<" + Pattern.quote(name) + "(?=[\\s/>])", Pattern.CASE_INSENSITIVE).matcher(text);
            while (open.find()) {
                int end = end(text, open.end());
                if (end < 0) break;
                if (matches(text.substring(open.end(), end))) {
                    int lineStart = text.lastIndexOf('\n', open.start()) + 1;
                    int line = 1;
                    for (int i = 0; i < lineStart; i++) if (text.charAt(i) == '\n') line++;
                    return new Pos(line, open.start() - lineStart + 1);
                }
            }
            return Pos.NONE;
        }

        /** Where the tag that starts before {@code from} ends: its '>' outside quotes, or -1. */
        private static int end(String text, int from) {
            char quote = 0;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i;
                }
            }
            return -1;
        }

        private boolean matches(String written) {
            Map<String, String> found = new HashMap<>();
            Matcher m = ATTRIBUTE.matcher(written);
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
                found.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), org.jsoup.parser.Parser.unescapeEntities(value, true));
            }
            return found.equals(attributes);
        }
    }

    /** Finds the place an element was written: its Markdown or data file and line, or the template. */
    private static final class Place {
        private final String template;
        private final String source;
        private final Path root;
        private final Map<String, LinkRef> byHref = new HashMap<>();
        /** The source file's text, read the first time an element written in it as HTML is looked for. */
        private String sourceText;

        private final Map<String, Integer> headingLines = new HashMap<>();

        Place(String template, String source, List<LinkRef> links, List<org.waymark.markdown.Heading> headings, Path root) {
            this.template = "themes: " + template + ".peb";
            this.source = source;
            this.root = root;
            for (LinkRef l : links) byHref.putIfAbsent(l.href(), l);
            for (org.waymark.markdown.Heading h : headings) if (h.line() > 0) headingLines.putIfAbsent(h.id(), h.line());
        }

        /** Whether a link with this address was written in the page's Markdown (and so checked as it was rendered). */
        boolean fromMarkdown(String href) {
            return byHref.containsKey(href);
        }

        /** A link or file of element {@code e}: at the place it was written, found when a problem with it is reported. */
        PageFacts.Ref ref(String url, String attribute, Element e) {
            LinkRef l = byHref.get(url);
            if (l != null) return new PageFacts.Ref(url, attribute, l.file(), l.where());
            if (e.closest(PROSE) == null) return new PageFacts.Ref(url, attribute, template + " (page from " + source + ")", 0, 0);
            // written as HTML in the content: its tag, kept without the page, is looked for in the source file if need be
            Tag tag = Tag.of(e);
            return new PageFacts.Ref(url, attribute, source, () -> written(tag));
        }

        void error(Diagnostics diags, Element e, String rule, String message, String hint) {
            Integer line = e.id().isEmpty() ? null : headingLines.get(e.id());
            if (line != null) {
                diags.error(source, new Pos(line, 1), rule, message, hint);
                return;
            }
            LinkRef l = find(e);
            if (l != null) diags.error(l.file(), new Pos(l.line(), l.column()), rule, message, hint);
            else diags.error(elementSource(e), elementPos(e), rule, message, hint);
        }

        void warning(Diagnostics diags, Element e, String rule, String message, String hint) {
            LinkRef l = find(e);
            if (l != null) diags.warning(l.file(), new Pos(l.line(), l.column()), rule, message, hint);
            else diags.warning(elementSource(e), elementPos(e), rule, message, hint);
        }

        /** Where an element of the content that is not a Markdown link or image was written as HTML, or nowhere known. */
        private Pos elementPos(Element e) {
            return e.closest(PROSE) == null ? Pos.NONE : written(Tag.of(e));
        }

        /** The place of the first start tag in the source file that reads as {@code tag}, or {@link Pos#NONE}. */
        private synchronized Pos written(Tag tag) {
            if (root == null) return Pos.NONE;
            if (sourceText == null) {
                try {
                    sourceText = java.nio.file.Files.readString(root.resolve(source));
                } catch (java.io.IOException | RuntimeException e) {
                    sourceText = "";
                }
            }
            return tag.find(sourceText);
        }

        void templateError(Diagnostics diags, String rule, String message, String hint) {
            diags.error(template, Pos.NONE, rule, message, hint);
        }

        private String elementSource(Element e) {
            return e.closest(PROSE) != null ? source : template + " (page from " + source + ")";
        }

        private LinkRef find(Element e) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (url.isEmpty()) {
                Element a = e.selectFirst(LINK_OR_IMAGE);
                if (a != null) url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
            }
            return url.isEmpty() ? null : byHref.get(url);
        }
    }
}
