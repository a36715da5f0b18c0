package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.build.Build;
import org.waymark.serve.Preview;
import org.waymark.testing.TestSite;

/**
 * While {@code waymark serve} shows a build's errors, the page's own exit control, 999 line and header stay where
 * they are, seen and usable: the error panel sits below them in the page's flow, on a phone and on a desktop.
 */
@ExtendWith(BrowserExtension.class)
final class ServeErrorPanelTest {
    private static final String EXIT = "https://exit.invalid/";

    @TempDir
    Path dir;

    private Preview preview;

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    /** Where the exit button, the 999 line, the header and the panel are, and what is on top at the button's centre. */
    private static final String LAYOUT = """
            const box = s => { const r = document.querySelector(s).getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
            const exit = document.querySelector('.wm-exit__button');
            const r = exit.getBoundingClientRect();
            const onTop = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {exit: box('.wm-exit__button'), emergency: box('.wm-emergency'), header: box('.wm-header'),
                    panel: box('.waymark-overlay'), exitOnTop: onTop === exit || exit.contains(onTop),
                    onTop: onTop ? onTop.outerHTML.slice(0, 80) : 'nothing', width: window.innerWidth, height: window.innerHeight};
            """;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {375, 1280})
    void theExitControlIsSeenAndClickableWhileAnErrorIsShown(int width, Browser browser) throws IOException, InterruptedException {
        TestSite site = TestSite.create(dir.resolve("site"), """
                -- content/about.md --
                ---
                title: About us
                ---
                We are a partnership of twelve organisations.
                """);
        Path config = site.root().resolve("site-config.yml");
        Files.writeString(config, Files.readString(config) + "safety:\n  exit_url: " + EXIT + "\n");
        StringWriter log = new StringWriter();
        preview = Preview.start(new Preview.Options(new Build.Options(site.root(), null, false, LocalDate.of(2026, 11, 24), LocalDate.now()), Clock.systemDefaultZone(), 0,
                new PrintWriter(log, true), new PrintWriter(log, true)));
        assertThat(preview.ok()).as(log.toString()).isTrue();
        site.put("content/about.md", "---\ntitle: About us\ntitle: [twice\n---\nBroken.\n");

        Browser.Emulation screen = browser.narrow(width);
        try {
            String page = preview.url() + "about/";
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
            wait.withMessage("the preview to show the error panel").until(d -> {
                browser.open(page);
                return !d.findElements(By.cssSelector(".waymark-overlay")).isEmpty();
            });

            Map<String, Object> at = browser.script(LAYOUT);
            assertThat(at.get("width")).isEqualTo((long) width);
            assertThat((Boolean) at.get("exitOnTop")).as("the exit button is on top at its centre, not %s; %s", at.get("onTop"), at).isTrue();
            assertThat(browser.driver().findElement(By.cssSelector(".wm-exit__button")).isDisplayed()).isTrue();
            double panelTop = number(at, "panel", "top");
            assertThat(panelTop).as("the panel starts below the exit control, the 999 line and the header: %s", at)
                    .isGreaterThanOrEqualTo(number(at, "exit", "bottom"))
                    .isGreaterThanOrEqualTo(number(at, "emergency", "bottom"))
                    .isGreaterThanOrEqualTo(number(at, "header", "bottom"));
            assertThat(number(at, "exit", "top")).as("the exit button is on the screen").isGreaterThanOrEqualTo(0)
                    .isLessThan(((Long) at.get("height")).doubleValue());

            browser.driver().findElement(By.cssSelector(".wm-exit__button")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the browser to leave for " + EXIT)
                    .until(d -> d.getCurrentUrl().startsWith(EXIT) || d.getCurrentUrl().startsWith("chrome-error:"));
        } finally {
            screen.undo();
        }
    }

    @SuppressWarnings("unchecked")
    private static double number(Map<String, Object> at, String box, String edge) {
        return ((Number) ((Map<String, Object>) at.get(box)).get(edge)).doubleValue();
    }
}
