package org.waymark.serve;

import static org.waymark.html.Html.escape;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.diag.Diagnostic;
import org.waymark.export.JsonWriter;

/**
 * What the preview adds to each HTML page it serves, and never to the files on disk: the live-reload
 * script and, while the latest build has failed, a panel listing its errors with a link to its
 * stylesheet. Everything from the content is escaped.
 */
final class Overlay {
    static final String PREFIX = "/__waymark/";
    static final String SCRIPT = PREFIX + "reload.js";
    static final String STYLESHEET = PREFIX + "overlay.css";
    static final String EVENTS = PREFIX + "events";
    static final String ERRORS = PREFIX + "errors.json";

    private static final Pattern BODY_OPEN = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_CLOSE = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_CLOSE = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIN_OPEN = Pattern.compile("<main\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CLOSE = Pattern.compile("</header\\s*>", Pattern.CASE_INSENSITIVE);

    private Overlay() {}

    /**
     * {@code html} with the reload script before {@code </body>} and, after a failed build, the error panel: in the
     * page's flow just before its {@code <main>} (else after its header, else at the top of the body), so that it
     * never covers the exit control, the emergency line or the header above it.
     */
    static String inject(String html, State state) {
        String script = "<script src=\"" + SCRIPT + "\" data-build=\"" + escape(state.token()) + "\" defer></script>";
        StringBuilder out = new StringBuilder(html.length() + 512);
        int bodyEnd = lastMatch(BODY_CLOSE, html);
        if (bodyEnd < 0) bodyEnd = html.length();
        if (state.ok()) {
            return out.append(html, 0, bodyEnd).append(script).append(html, bodyEnd, html.length()).toString();
        }
        String link = "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">";
        Matcher head = HEAD_CLOSE.matcher(html);
        Matcher body = BODY_OPEN.matcher(html);
        int headEnd = head.find() ? head.start() : -1;
        int bodyStart = body.find() ? body.end() : -1;
        if (bodyStart < 0 || bodyStart > bodyEnd) bodyStart = 0;
        if (headEnd < 0 || headEnd > bodyStart) headEnd = -1;
        if (headEnd >= 0) out.append(html, 0, headEnd).append(link).append(html, headEnd, bodyStart);
        else out.append(html, 0, bodyStart);
        if (headEnd < 0) out.append(link);
        int at = firstMatch(MAIN_OPEN, html, bodyStart, bodyEnd);
        if (at < 0) {
            Matcher header = HEADER_CLOSE.matcher(html).region(bodyStart, bodyEnd);
            at = header.find() ? header.end() : bodyStart;
        }
        out.append(html, bodyStart, at)
                .append(panel(state.errors()))
                .append(html, at, bodyEnd)
                .append(script)
                .append(html, bodyEnd, html.length());
        return out.toString();
    }

    /** The error panel: a heading with the count, then each error with its place, message and hint. */
    static String panel(List<Diagnostic> errors) {
        StringBuilder out = new StringBuilder()
                .append("<aside class=\"waymark-overlay\" role=\"alert\" aria-labelledby=\"waymark-overlay-title\">")
                .append("<h2 id=\"waymark-overlay-title\">The site could not be rebuilt: ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append("</h2>")
                .append("<p>Fix ").append(errors.size() == 1 ? "it" : "them")
                .append(" and save the file: this page reloads by itself. Until then the preview shows the last good version of the site.</p><ol>");
        for (Diagnostic d : errors) {
            out.append("<li><code class=\"waymark-place\">").append(escape(d.place())).append("</code> ")
                    .append("<span class=\"waymark-message\">").append(escape(d.message())).append("</span>");
            if (!d.hint().isEmpty()) out.append(" <span class=\"waymark-hint\">What to do: ").append(escape(d.hint())).append("</span>");
            out.append(" <span class=\"waymark-rule\">[").append(escape(d.rule())).append("]</span></li>");
        }
        return out.append("</ol></aside>").toString();
    }

    /** A page for when there is no site at all yet: the first build failed. */
    static String noSite() {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>The site has errors</title></head><body><main><p>There is no site to show yet: "
                + "the first build found errors.</p></main></body></html>";
    }

    /**
     * The state as JSON: {@code {"ok":false,"build":"…","errors":[{"file":…,"line":…,…}]}}, harmless if it is ever
     * put in a page.
     */
    static String json(State state) {
        return JsonWriter.forPage(json -> {
            json.startObject().field("ok", state.ok()).field("build", state.token()).name("errors").startArray();
            for (Diagnostic d : state.errors()) {
                json.startObject().field("file", d.file()).field("line", d.line()).field("column", d.column())
                        .field("rule", d.rule()).field("message", d.message()).field("hint", d.hint()).endObject();
            }
            json.endArray().endObject();
        });
    }

    private static int firstMatch(Pattern p, String s, int from, int to) {
        Matcher m = p.matcher(s).region(from, to);
        return m.find() ? m.start() : -1;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) last = m.start();
        return last;
    }
}
