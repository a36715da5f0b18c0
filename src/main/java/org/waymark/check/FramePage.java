package org.waymark.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.waymark.markdown.LinkRef;
import org.waymark.markdown.Whitespace;

/** What the scan keeps of one page's frame. */
final class FramePage {
    final List<String> ids = new ArrayList<>();
    final List<String[]> refs = new ArrayList<>();
    final List<FrameLink> links = new ArrayList<>();
    final List<FrameHeading> headings = new ArrayList<>();
    final Map<String, LinkRef> byHref = new HashMap<>();
    int contentAt;
    String lang = "";
    String description = "";
    FrameLink link;
    int headingLevel;
    StringBuilder headingText;

    FramePage(List<LinkRef> written) {
        for (LinkRef l : written) byHref.putIfAbsent(l.href(), l);
    }

    boolean open() {
        return link != null || headingText != null;
    }

    void text(String h, int from, int to, StringBuilder shape) {
        boolean blank = true;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(h.charAt(i))) {
                blank = false;
                break;
            }
        }
        if (blank) {
            if (link != null) link.text.append(' ');
            if (headingText != null) headingText.append(' ');
            return;
        }
        shape.append('T');
        if (link == null && headingText == null) return;
        String t = h.substring(from, to);
        if (t.indexOf('&') >= 0) t = Parser.unescapeEntities(t, false);
        if (link != null) link.text.append(t);
        if (headingText != null) headingText.append(t);
    }

    void start(String name, List<String[]> attributes) {
        String href = null;
        String rel = "";
        String ariaLabel = "";
        String labelledBy = "";
        String title = "";
        String alt = null;
        String nameAttribute = null;
        String content = null;
        for (String[] a : attributes) {
            switch (a[0]) {
                case "id" -> {
                    if (!a[1].isEmpty()) ids.add(a[1]);
                }
                case "href", "src" -> {
                    refs.add(new String[] {a[1], a[0]});
                    if (a[0].equals("href")) href = a[1];
                }
                case "srcset" -> {
                    for (String candidate : a[1].split(",")) {
                        String url = candidate.trim().split("\\s+")[0];
                        if (!url.isEmpty()) refs.add(new String[] {url, "srcset"});
                    }
                }
                case "rel" -> rel = a[1];
                case "aria-label" -> ariaLabel = a[1];
                case "aria-labelledby" -> labelledBy = a[1];
                case "title" -> title = a[1];
                case "alt" -> alt = a[1];
                case "name" -> nameAttribute = a[1];
                case "content" -> content = a[1];
                case "lang" -> {
                    if (name.equals("html")) lang = a[1];
                }
                default -> { }
            }
        }
        switch (name) {
            case "a" -> {
                if (nameAttribute != null) ids.add(nameAttribute);
                if (link != null) end("a");
                if (href != null) link = new FrameLink(href, rel, ariaLabel, labelledBy, title);
            }
            case "img" -> {
                if (link != null && alt != null) link.alts.append(alt);
            }
            case "svg" -> {
                if (link != null && !ariaLabel.isEmpty()) link.alts.append(ariaLabel);
            }
            case "br" -> {
                if (link != null) link.text.append(' ');
            }
            case "meta" -> {
                if ("description".equals(nameAttribute) && content != null && description.isEmpty()) description = content;
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (headingText != null) end("h" + headingLevel);
                headingLevel = name.charAt(1) - '0';
                headingText = new StringBuilder();
            }
            default -> { }
        }
    }

    void end(String name) {
        if (name.equals("a") && link != null) {
            links.add(link);
            link = null;
        } else if (headingText != null && name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) - '0' == headingLevel) {
            headings.add(new FrameHeading(headingLevel, Whitespace.collapse(headingText), 0));
            headingText = null;
        }
    }
}
