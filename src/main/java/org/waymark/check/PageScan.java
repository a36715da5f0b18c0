package org.waymark.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.waymark.diag.Diagnostics;

/** One walk over a page that applies the rules of each element and gathers its {@link PageOutline}, so a page is traversed once. */
final class PageScan implements NodeVisitor {
    private static final Evaluator TH = QueryParser.parse("th");
    private static final Evaluator IMG_ALT = QueryParser.parse("img[alt]");
    private static final Evaluator SVG_LABEL = QueryParser.parse("svg[aria-label]");
    private static final Pattern CSS_URL = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");

    /** The attributes that hold an address a browser follows or loads. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "xlink:href", "action", "formaction", "data", "poster",
            "background", "cite", "longdesc", "codebase", "archive", "classid", "lowsrc", "dynsrc", "manifest", "ping", "usemap");

    private final LinkRules rules;
    private final String output;
    private final ElementPlace place;
    private final Diagnostics diags;
    final Set<String> ids = new HashSet<>();
    final List<PageFacts.Ref> refs = new ArrayList<>();
    /** The page's landmarks, headings, focus order and form fields, and their rules. */
    final PageOutline outline;
    /** Checking a frame: links and headings are the caller's; the Markdown is a placeholder. */
    private final boolean frame;

    PageScan(LinkRules rules, String output, ElementPlace place, Diagnostics diags, boolean frame) {
        this.rules = rules;
        this.output = output;
        this.place = place;
        this.diags = diags;
        this.frame = frame;
        this.outline = new PageOutline(output, place, diags, frame);
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (frame && tag.equals(HtmlCheck.CONTENT_PLACEHOLDER)) {
            outline.contentSeen();
            return;
        }
        if (e.attributesSize() > 0) attributes(e, tag);
        switch (tag) {
            case "a" -> {
                if (frame) {
                    if (e.hasAttr("href")) outline.focusable(e);
                } else {
                    link(e);
                }
            }
            case "button" -> {
                outline.focusable(e);
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
                    if (at >= 0) thirdParty(content.substring(at + 4).trim(), e);
                    if (e.closest(ElementPlace.PROSE) != null) {
                        place.error(diags, e, "unsafe", "A <meta http-equiv=\"refresh\"> sends the visitor somewhere else by itself.",
                                "remove it; write a link the visitor can choose to follow");
                    }
                }
            }
            case "label" -> outline.label(e);
            case "input", "select", "textarea" -> field(e, tag);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (!frame) outline.heading(e, tag.charAt(1) - '0');
            }
            case "main", "header", "nav", "footer" -> outline.landmark(tag);
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
        if (!role.isEmpty()) outline.role(role, tag);
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            if (key.length() > 2 && key.startsWith("on")) {
                place.error(diags, e, "privacy", "An inline event handler (" + key + ") is blocked by the Content-Security-Policy.",
                        "attach the handler from a script file");
            } else if (key.equals("href") || key.equals("src")) {
                if (!frame) refs.add(place.ref(a.getValue(), key, e));
                rules.addressRule(a.getValue(), key, tag, place.reportAt(e, diags));
            } else if (ADDRESSES.contains(key)) {
                rules.addressRule(a.getValue(), key, tag, place.reportAt(e, diags));
            } else if (key.equals("srcdoc")) {
                place.error(diags, e, "unsafe", "A frame with srcdoc writes a whole document, scripts and all, into the page.",
                        "remove the frame; link to a page of the site instead");
            } else if (key.equals("srcset")) {
                for (String candidate : a.getValue().split(",")) {
                    String url = candidate.trim().split("\\s+")[0];
                    if (url.isEmpty()) continue;
                    if (!frame) refs.add(place.ref(url, key, e));
                    thirdParty(url, e);
                    rules.addressRule(url, key, tag, place.reportAt(e, diags));
                }
            } else if (key.equals("style")) {
                css(e, a.getValue());
            } else if (key.equals("poster")) {
                thirdParty(a.getValue(), e);
            }
        }
    }

    private void link(Element a) {
        if (!a.hasAttr("href")) return;
        outline.focusable(a);
        String href = a.attr("href");
        // a tel: link written in Markdown was checked, with its line, when the Markdown was rendered
        rules.linkRules(href, a.attr("rel"), accessibleName(a), !place.fromMarkdown(href), place.reportAt(a, diags));
    }

    private void field(Element e, String tag) {
        if (tag.equals("input")) {
            String type = e.attr("type").toLowerCase(Locale.ROOT);
            if (type.equals("image")) resource(e, "src");
            if (type.equals("hidden")) return;
            outline.focusable(e);
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("reset")) return;
        } else {
            outline.focusable(e);
        }
        outline.field(e);
    }

    private void resource(Element e, String attribute) {
        if (e.hasAttr(attribute)) thirdParty(e.attr(attribute), e);
    }

    private void css(Element e, String css) {
        if (!css.contains("url(") && !css.contains("@import")) return;
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) thirdParty(m.group(1), e);
    }

    private void thirdParty(String url, Element e) {
        rules.resourceRule(url, e.tagName(), output, place.reportAt(e, diags));
    }

    private static boolean isResourceLink(Element link) {
        String rel = " " + link.attr("rel").toLowerCase(Locale.ROOT) + " ";
        for (String r : List.of("stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch", "modulepreload",
                "manifest", "apple-touch-icon", "prerender", "mask-icon")) {
            if (rel.contains(" " + r + " ")) return true;
        }
        return false;
    }

    /** What a screen reader says for an element: its label, its text and the alt text of its images. */
    private static String accessibleName(Element e) {
        if (!e.attr("aria-label").isBlank()) return e.attr("aria-label");
        if (!e.attr("aria-labelledby").isBlank()) return "labelled";
        if (!e.attr("title").isBlank() && e.text().isBlank()) return e.attr("title");
        StringBuilder name = new StringBuilder(e.text());
        for (Element img : e.select(IMG_ALT)) name.append(img.attr("alt"));
        for (Element svg : e.select(SVG_LABEL)) name.append(svg.attr("aria-label"));
        return name.toString().trim();
    }
}
