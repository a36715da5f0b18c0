package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The example plan's pages on a phone, 320 and 375 px wide: text a partner can read, captions that are not cut off,
 * and tables wider than the screen that say so and scroll from the keyboard.
 */
@ExtendWith(BrowserExtension.class)
final class PlanOnAPhoneTest {
    private static final List<String> PAGES = List.of("/plans/2009-10/", "/plans/2009-10/5/", "/plans/2009-10/partners/sig/",
            "/plans/2009-10/print/");

    static Stream<String> pages() {
        return PAGES.stream();
    }

    static Stream<Arguments> pagesAndWidths() {
        return PAGES.stream().flatMap(p -> Stream.of(Arguments.of(p, 320), Arguments.of(p, 375)));
    }

    /** Every piece of text in main smaller than 14 CSS px as drawn (an SVG's text scaled with its viewBox included). */
    private static final String SMALL_TEXT = """
            const out = [];
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!n.textContent.trim() || el.closest('title, desc') || el.getClientRects().length === 0) continue;
              const r = document.createRange(); r.selectNodeContents(n);
              if (r.getBoundingClientRect().width === 0) continue;
              let size = parseFloat(getComputedStyle(el).fontSize);
              if (el instanceof SVGElement) size *= el.getScreenCTM().a;
              if (size < 13.95) out.push(el.tagName.toLowerCase() + ' "' + n.textContent.trim().slice(0, 40) + '" ' + size.toFixed(1) + ' px');
            }
            return out.slice(0, 20);
            """;

    /** Captions whose text reaches outside what their region shows before it is scrolled. */
    private static final String CLIPPED_CAPTIONS = """
            const out = [];
            for (const c of document.querySelectorAll('main caption')) {
              const wrap = c.closest('.wm-table-wrap') || document.querySelector('main');
              const w = wrap.getBoundingClientRect();
              const r = document.createRange(); r.selectNodeContents(c);
              const t = r.getBoundingClientRect();
              const right = Math.min(w.right, document.documentElement.clientWidth);
              if (t.left < w.left - 1 || t.right > right + 1) out.push('"' + c.textContent.trim() + '": text ' + Math.round(t.left) + '-'
                + Math.round(t.right) + ' px, shown ' + Math.round(w.left) + '-' + Math.round(right) + ' px');
            }
            return out;
            """;

    /** The regions whose table is wider than they are, and how each is labelled and described. */
    private static final String WIDE_TABLES = """
            return [...document.querySelectorAll('main table')].filter(t => {
                const box = t.parentElement; return t.getBoundingClientRect().width > box.clientWidth + 1; })
              .map((t, i) => { const wrap = t.closest('.wm-table-wrap');
                if (!wrap) return {caption: t.caption ? t.caption.textContent.trim() : '?', wrapped: false};
                if (!wrap.id) wrap.id = 'wm-test-wrap-' + i;
                const label = document.getElementById(wrap.getAttribute('aria-labelledby') || '');
                const hint = document.getElementById(wrap.getAttribute('aria-describedby') || '');
                return {id: wrap.id, wrapped: true, caption: t.caption ? t.caption.textContent.trim() : '', role: wrap.getAttribute('role'),
                  tabindex: wrap.getAttribute('tabindex'), labelIsCaption: !!label && label === t.caption,
                  hint: hint && hint.getClientRects().length > 0 ? hint.textContent.trim() : ''}; });
            """;

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void noTextUnderFourteenPixelsAndNoCaptionCutOff(String path, int width, Browser browser, BuiltSite site) {
        Browser.Emulation narrow = browser.narrow(width);
        try {
            browser.open(site.url(path));

            assertThat(browser.<List<String>>script(SMALL_TEXT)).as("text under 14 px on %s at %d px", path, width).isEmpty();
            assertThat(browser.<List<String>>script(CLIPPED_CAPTIONS)).as("captions cut off on %s at %d px", path, width).isEmpty();
        } finally {
            narrow.undo();
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void aTableWiderThanTheScreenSaysSoAndScrollsFromTheKeyboard(String path, int width, Browser browser, BuiltSite site) {
        Browser.Emulation narrow = browser.narrow(width);
        try {
            browser.open(site.url(path));
            List<Map<String, Object>> wide = browser.script(WIDE_TABLES);

            if (path.equals("/plans/2009-10/")) assertThat(wide).as("wide tables of the overview at %d px", width).isNotEmpty();
            for (Map<String, Object> t : wide) {
                assertThat(t).as("table \"%s\" on %s", t.get("caption"), path)
                        .containsEntry("wrapped", true)
                        .containsEntry("role", "region")
                        .containsEntry("tabindex", "0")
                        .containsEntry("labelIsCaption", true);
                assertThat((String) t.get("hint")).as("what table \"%s\" on %s says", t.get("caption"), path).contains("scroll");

                WebElement wrap = browser.driver().findElement(By.id((String) t.get("id")));
                browser.script("arguments[0].scrollIntoView(); arguments[0].focus()", wrap);
                assertThat(browser.<Boolean>script("return document.activeElement === arguments[0]", wrap)).isTrue();
                new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
                waitForScroll(browser, wrap);
                assertThat(browser.<Number>script("return arguments[0].scrollLeft", wrap).doubleValue())
                        .as("table \"%s\" on %s scrolled with the arrow key", t.get("caption"), path).isPositive();
            }
        } finally {
            narrow.undo();
        }
    }

    /** The charts, tables and regions of the plan pages checked by axe as laid out on a phone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @SuppressWarnings("deprecation") // setLegacyMode, as EveryPageTypeTest
    void axeFindsNoWcagViolationsAt320Pixels(String path, Browser browser, BuiltSite site) {
        int width = 320;
        Browser.Emulation narrow = browser.narrow(width);
        try {
            browser.open(site.url(path));
            AxeRunOptions options = new AxeRunOptions();
            options.setResultTypes(List.of("violations"));
            Results results = new AxeBuilder().withOptions(options).withTags(EveryPageTypeTest.WCAG_A_AND_AA).setLegacyMode(true)
                    .disableIframeTesting().analyze(browser.driver());

            assertThat(results.getErrorMessage()).as("axe-core could not run on %s", path).isNull();
            assertThat(results.getViolations())
                    .withFailMessage(() -> "axe-core found violations on " + path + " at " + width + " px:\n"
                            + EveryPageTypeTest.describe(results.getViolations()))
                    .isEmpty();
        } finally {
            narrow.undo();
        }
    }

    /** The browser scrolls smoothly after a key press: waits up to two seconds for {@code wrap} to move. */
    private static void waitForScroll(Browser browser, WebElement wrap) {
        for (int i = 0; i < 40 && browser.<Number>script("return arguments[0].scrollLeft", wrap).doubleValue() == 0; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
