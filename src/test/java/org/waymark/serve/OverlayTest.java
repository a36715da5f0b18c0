package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Pos;

class OverlayTest {
    private static final String PAGE = "<!doctype html><html><head><title>A</title></head><body class=\"x\"><p>Text</p></body></html>";

    @Test
    void addsOnlyTheReloadScriptAfterAGoodBuild() {
        String html = Overlay.inject(PAGE, state(List.of()));

        assertThat(html).isEqualTo("<!doctype html><html><head><title>A</title></head><body class=\"x\"><p>Text</p>"
                + "<script src=\"/__waymark/reload.js\" data-build=\"run-1\" defer></script></body></html>");
    }

    @Test
    void putsTheErrorPanelAtTheTopOfTheBodyAndItsStylesheetInTheHead() {
        Diagnostic d = Diagnostic.error("content/about.md", new Pos(3, 7), "yaml", "The value is not closed.", "add a `]`");

        String html = Overlay.inject(PAGE, state(List.of(d)));

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/__waymark/overlay.css\"></head><body class=\"x\"><aside class=\"waymark-overlay\"");
        assertThat(html).contains("<code class=\"waymark-place\">content/about.md:3:7</code>",
                "The value is not closed.", "What to do: add a `]`", "[yaml]", "1 error");
        assertThat(html).contains("</aside><p>Text</p><script src=\"/__waymark/reload.js\"");
    }

    @Test
    void putsTheErrorPanelBelowTheExitControlTheEmergencyLineAndTheHeaderJustBeforeTheMainContent() {
        String page = "<!doctype html><html><head><title>A</title></head><body><div class=\"wm-exit\"><a href=\"https://exit.invalid/\">Exit</a></div>"
                + "<div class=\"wm-emergency\">Call 999</div><header>Site</header><nav>Menu</nav><main id=\"main\"><p>Text</p></main></body></html>";
        Diagnostic d = Diagnostic.error("content/about.md", new Pos(3, 7), "yaml", "The value is not closed.", "");

        String html = Overlay.inject(page, state(List.of(d)));

        assertThat(html).contains("<nav>Menu</nav><aside class=\"waymark-overlay\"").contains("</aside><main id=\"main\">");
        assertThat(html.indexOf("waymark-overlay\"")).isGreaterThan(html.indexOf("Exit</a>")).isGreaterThan(html.indexOf("Call 999"))
                .isGreaterThan(html.indexOf("</header>"));
    }

    @Test
    void withoutAMainTheErrorPanelGoesAfterTheHeader() {
        String page = "<html><head></head><body><div>Exit</div><header>Site</header><p>Text</p></body></html>";

        String html = Overlay.inject(page, state(List.of(Diagnostic.error("a.md", Pos.line(1), "yaml", "Bad.", ""))));

        assertThat(html).contains("</header><aside class=\"waymark-overlay\"");
    }

    @Test
    void escapesEverythingTheContentPutsInThePanel() {
        Diagnostic d = Diagnostic.error("content/<img src=x onerror=alert(1)>.md", Pos.line(1), "yaml",
                "Unknown key `<script>alert(\"x\")</script>`.", "did you mean 'title'? & more");

        String html = Overlay.panel(List.of(d));

        assertThat(html).doesNotContain("<img", "<script").contains("&lt;img src=x onerror=alert(1)&gt;",
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "did you mean &#39;title&#39;? &amp; more");
    }

    @Test
    void addsTheScriptAtTheEndOfAPageWithoutABody() {
        assertThat(Overlay.inject("<p>bare", state(List.of()))).startsWith("<p>bare<script src=\"/__waymark/reload.js\"");
    }

    @Test
    void writesTheErrorsAsJson() {
        Diagnostic d = Diagnostic.error("content/a.md", new Pos(2, 1), "yaml", "Say \"hi\"\\\n<now>", "");

        assertThat(Overlay.json(state(List.of(d)))).isEqualTo("{\"ok\":false,\"build\":\"run-1\",\"errors\":[{\"file\":\"content/a.md\","
                + "\"line\":2,\"column\":1,\"rule\":\"yaml\",\"message\":\"Say \\\"hi\\\"\\\\\\n\\u003cnow>\",\"hint\":\"\"}]}");
    }

    private static State state(List<Diagnostic> errors) {
        return new State("run-1", errors.isEmpty(), errors, Path.of("public"), "/");
    }
}
