package org.waymark.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.waymark.diag.Diagnostics;

/**
 * The structure of one page as a screen reader moves through it, gathered as {@link PageScan} walks the page,
 * and its rules: one language, a title, one h1 and no skipped heading level, one main landmark and a header,
 * navigation and footer, a skip link first, and a label for every form field.
 */
final class PageOutline {
    private final String output;
    private final ElementPlace place;
    private final Diagnostics diags;
    /** Checking a frame: the headings and the first link are the caller's; the Markdown is a placeholder. */
    private final boolean frame;
    private final Set<String> labelled = new HashSet<>();
    private final List<Element> fields = new ArrayList<>();
    private int h1;
    private int lastHeading;
    private int mains;
    private boolean header;
    private boolean nav;
    private boolean footer;
    private Element firstFocusable;
    private boolean contentSeen;
    private Element focusBeforeContent;

    PageOutline(String output, ElementPlace place, Diagnostics diags, boolean frame) {
        this.output = output;
        this.place = place;
        this.diags = diags;
        this.frame = frame;
    }

    /** A {@code <main>}, {@code <header>}, {@code <nav>} or {@code <footer>}. */
    void landmark(String tag) {
        switch (tag) {
            case "main" -> mains++;
            case "header" -> header = true;
            case "nav" -> nav = true;
            case "footer" -> footer = true;
            default -> { }
        }
    }

    /** An element's {@code role}, which may make it a landmark. */
    void role(String role, String tag) {
        if (role.equals("main") && !tag.equals("main")) mains++;
        if (role.equals("banner")) header = true;
        if (role.equals("navigation")) nav = true;
        if (role.equals("contentinfo")) footer = true;
    }

    void label(Element e) {
        if (e.hasAttr("for")) labelled.add(e.attr("for"));
    }

    /** A form field that needs a label. */
    void field(Element e) {
        fields.add(e);
    }

    /** The placeholder where a frame's Markdown goes. */
    void contentSeen() {
        contentSeen = true;
    }

    void heading(Element h, int level) {
        if (level == 1) h1++;
        if (lastHeading > 0 && level > lastHeading + 1) {
            place.error(diags, h, "wcag-1.3.1", "The heading \"" + h.text() + "\" is a level " + level
                    + " heading after a level " + lastHeading + " heading, so a level is skipped.",
                    "use " + "#".repeat(lastHeading + 1) + " for this heading, or add the missing level above it");
        }
        lastHeading = level;
    }

    void focusable(Element e) {
        if (firstFocusable == null) firstFocusable = e;
        if (frame && !contentSeen && focusBeforeContent == null) focusBeforeContent = e;
    }

    /** In a frame, the first element before the Markdown that can take focus, or null. */
    Element focusBeforeContent() {
        return focusBeforeContent;
    }

    /** Applies the rules of the whole page, once it has been walked. */
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
