package org.waymark.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.config.SiteConfig;
import org.waymark.phone.PhoneRules;

/**
 * The rules read from one link or one file a page loads, alone: what a screen reader says for a link, whether
 * it tells another site where the visitor came from, whether its address runs a script or holds a document,
 * whether a file comes from another site, and whether a template's {@code tel:} link is a UK number. Both
 * {@link HtmlCheck} and {@link FrameCheck} apply them. Stateless but for a memory of tel: links; shared between threads.
 */
final class LinkRules {
    private static final Set<String> VAGUE = Set.of("click here", "here", "read more", "more", "click", "link",
            "this link", "find out more", "more info", "more information", "this page", "go");

    private final SiteConfig config;
    private final String siteOrigin;
    /** The site's own address with a slash, lower case: links that start with it need no parsing. */
    private final String siteRoot;
    /** The site's rules for phone numbers, which a {@code tel:} link of a template is judged by. */
    private final PhoneRules phones;
    /** The {@code tel:} links of the numbers in data files, judged already where they were written. */
    private final Set<String> judgedTels;
    /** The problems of each tel: address seen, so that the emergency line on every page is read once. */
    private final Map<String, List<PhoneRules.Problem>> tels = new ConcurrentHashMap<>();

    LinkRules(SiteConfig config, PhoneRules phones, Set<String> judgedTels) {
        this.config = config;
        this.phones = phones;
        this.judgedTels = Set.copyOf(judgedTels);
        this.siteOrigin = Urls.origin(config.baseUrl());
        this.siteRoot = siteOrigin.toLowerCase(Locale.ROOT) + "/";
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
        String scheme = Urls.scheme(url);
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
        String origin = Urls.origin(url);
        if (config.safety().allowedOrigins().contains(origin)) return;
        report.error("privacy", "The page " + output + " loads <" + tagName + "> from " + origin
                        + ", so that site would learn who visits this one.",
                "serve the file from the site itself (put it in the theme's or content's assets folder)");
    }

    boolean isOtherOrigin(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.startsWith("//")) return true;
        if (!(u.startsWith("http:") || u.startsWith("https:"))) return false;
        if (u.startsWith(siteRoot)) return false;
        return !Urls.origin(url).equals(siteOrigin);
    }
}
