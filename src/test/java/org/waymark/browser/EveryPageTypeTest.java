package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.waymark.browser.PageTypes.PageType;

/**
 * One page of every kind the example site has, in headless Chromium: accessible to axe-core, usable from the keyboard,
 * readable at 320 px wide and on paper, and private.
 */
@ExtendWith(BrowserExtension.class)
final class EveryPageTypeTest {
    static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static Stream<PageType> pageTypes(BuiltSite site) {
        return site.pageTypes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void axeFindsNoWcagViolations(PageType page, Browser browser, BuiltSite site) {
        browser.open(site.url(page.path()));

        Results results = axe(browser);

        assertThat(results.getErrorMessage()).as("axe-core could not run on %s", page).isNull();
        assertThat(results.getViolations())
                .withFailMessage(() -> "axe-core found WCAG 2.2 A/AA violations on " + page + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void firstTabReachesTheSkipLinkAndFocusIsAlwaysVisible(PageType page, Browser browser, BuiltSite site) {
        browser.open(site.url(page.path()));

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        Map<String, Object> first = browser.script(Focus.FIRST_FOCUSED);
        assertThat(first).as("the element the first Tab focuses on %s: its link, size and focus style", page)
                .containsEntry("skipLink", true)
                .containsEntry("href", "#main")
                .containsEntry("visible", true)
                .containsEntry("styled", true);
        if ("en".equals(first.get("lang"))) assertThat(first.get("text")).isEqualTo("Skip to main content");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.<String>script("return document.activeElement.id"))
                .as("the element focused after following the skip link on %s", page).isEqualTo("main");

        Map<String, Object> all = browser.script(Focus.EVERY_FOCUSABLE);
        assertThat((Long) all.get("checked")).as("focusable elements on %s", page).isPositive();
        assertThat((List<?>) all.get("problems")).as("elements of %s whose focus cannot be seen", page).isEmpty();
    }

    /**
     * Going back up a page with Shift+Tab, the browser scrolls each link to the top of the screen, where the exit bar
     * sticks; {@code scroll-padding} must keep the link below the bar (WCAG 2.4.11). At 320 px with a scrollbar, as
     * at 400% zoom, where the bar is at its tallest.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void shiftTabNeverHidesFocusUnderTheStickyExitBarAt320PixelsWide(PageType page, Browser browser, BuiltSite site) {
        Browser.Emulation narrow = browser.narrow(320);
        try {
            browser.open(site.url(page.path()));
            List<String> hidden = new ArrayList<>();

            for (int i = 0; i < Focus.BACKWARD_STEPS; i++) {
                new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
                String problem = browser.script(Focus.UNDER_THE_EXIT_BAR);
                if (problem != null) hidden.add(problem);
            }

            assertThat(hidden).as("elements of %s focused with Shift+Tab but hidden under the exit bar", page).isEmpty();
        } finally {
            narrow.undo();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void nothingScrollsSidewaysAt320PixelsWide(PageType page, Browser browser, BuiltSite site) {
        Browser.Emulation narrow = browser.narrow(320);
        try {
            browser.open(site.url(page.path()));
            assertThat((Long) browser.script("return window.innerWidth")).isEqualTo(320);

            Map<String, Long> widths = browser.script("const d = document.documentElement; return {scroll: d.scrollWidth, client: d.clientWidth}");

            // clientWidth is innerWidth less the scrollbar: what is left for the page
            assertThat(widths.get("scroll"))
                    .withFailMessage(() -> page + " is " + widths.get("scroll") + " px wide in a window " + widths.get("client")
                            + " px wide (320 px with its scrollbar); what sticks out:\n"
                            + String.join("\n", browser.<List<String>>script(Reflow.STICKING_OUT)))
                    .isLessThanOrEqualTo(widths.get("client"));
        } finally {
            narrow.undo();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void printHidesNavigationAndExitAndPrintsLinkAddresses(PageType page, Browser browser, BuiltSite site) {
        browser.open(site.url(page.path()));
        Browser.Emulation print = browser.print();
        try {
            assertThat((Boolean) browser.script("return matchMedia('print').matches")).isTrue();

            Map<String, Object> printed = browser.script(Print.CHECK);

            assertThat((List<?>) printed.get("shown")).as("navigation and exit controls printed on %s", page).isEmpty();
            assertThat((List<?>) printed.get("unprinted")).as("links in main content of %s whose address is not printed", page).isEmpty();
        } finally {
            print.undo();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void loadsNothingFromAnotherOriginAndStoresNothing(PageType page, Browser browser, BuiltSite site) {
        browser.open(site.url(page.path()));
        String own = site.origin() + "/";

        List<String> timed = browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        List<String> requested = browser.requestedUrls();

        assertThat(timed).as("resources %s loaded (Resource Timing)", page).allMatch(u -> u.startsWith(own));
        assertThat(requested).as("requests %s made (DevTools network events)", page)
                .isNotEmpty()
                .allMatch(u -> u.startsWith(own) || u.startsWith("data:"));
        assertThat(browser.driver().manage().getCookies()).as("cookies set by %s", page).isEmpty();
        assertThat((Long) browser.script("return localStorage.length + sessionStorage.length")).as("items %s stored", page).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void runsWithoutErrorsInTheConsole(PageType page, Browser browser, BuiltSite site) {
        browser.open(site.url(page.path()));

        List<String> console = browser.console();

        // a blocked inline style or script (Content-Security-Policy), a missing file, a script error
        assertThat(console).as("console messages of %s", page).noneMatch(m -> m.startsWith("SEVERE") || m.startsWith("WARNING"));
    }

    /** The violations as lines a person can act on: the rule, its help, and each element with what is wrong. */
    /** axe-core's WCAG 2.2 A and AA rules run over the page the browser shows: only the violations, with their nodes. */
    @SuppressWarnings("deprecation") // setLegacyMode: see below
    static Results axe(Browser browser) {
        // Legacy mode runs axe in the page itself. The default opens a second window per page to combine the results
        // of frames these pages do not have, and takes half as long again (0.55 s a page here).
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).withTags(WCAG_A_AND_AA).setLegacyMode(true).disableIframeTesting()
                .analyze(browser.driver());
    }

    static String describe(List<Rule> violations) {
        StringBuilder s = new StringBuilder();
        for (Rule rule : violations) {
            s.append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp())
                    .append(" ").append(rule.getHelpUrl()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                s.append("    ").append(node.getTarget()).append("  ").append(node.getHtml()).append('\n');
                if (node.getFailureSummary() != null) {
                    s.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
                }
            }
        }
        return s.toString();
    }

    /** Scripts run in the page for the keyboard checks. */
    static final class Focus {
        private Focus() {}

        /** Shared helpers: what an element looks like, and whether its focused look differs in a way one can see. */
        private static final String LOOK = """
                const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor',
                  'borderTopColor', 'borderBottomColor', 'borderLeftColor', 'borderRightColor',
                  'borderTopWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderRightWidth'];
                const look = el => { const cs = getComputedStyle(el); const o = {}; props.forEach(p => o[p] = cs[p]); return o; };
                const clear = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
                const outline = s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !clear(s.outlineColor);
                const differs = (a, b) =>
                  (outline(b) && (!outline(a) || a.outlineColor !== b.outlineColor || a.outlineWidth !== b.outlineWidth))
                  || (b.boxShadow !== 'none' && b.boxShadow !== a.boxShadow)
                  || b.backgroundColor !== a.backgroundColor
                  || ['Top', 'Bottom', 'Left', 'Right'].some(side => parseFloat(b['border' + side + 'Width']) > 0
                       && !clear(b['border' + side + 'Color']) && b['border' + side + 'Color'] !== a['border' + side + 'Color']);
                const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                  + ' "' + (el.textContent || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
                """;

        /** The focused element (the skip link, if all is well): what it is, whether it can be seen and looks focused. */
        static final String FIRST_FOCUSED = LOOK + """
                const el = document.activeElement;
                const r = el.getBoundingClientRect();
                const focused = look(el);
                el.blur();
                const unfocused = look(el);
                el.focus();
                return {skipLink: el.classList.contains('wm-skip-link'), href: el.getAttribute('href'), text: el.textContent.trim(),
                  lang: document.documentElement.lang,
                  visible: r.width > 10 && r.height > 10 && r.bottom > 0 && r.top < innerHeight, styled: differs(unfocused, focused)};
                """;

        /** How many times to press Shift+Tab from the end of a page: enough to scroll up past a screenful or two. */
        static final int BACKWARD_STEPS = 25;

        /** The focused element, when the sticky exit bar covers all of it; else null. */
        static final String UNDER_THE_EXIT_BAR = """
                const el = document.activeElement;
                const bar = document.querySelector('.wm-exit');
                if (!el || el === document.body || !bar || bar.contains(el) || el.classList.contains('wm-skip-link')) return null;
                const b = bar.getBoundingClientRect();
                const r = el.getBoundingClientRect();
                const stuck = getComputedStyle(bar).position === 'sticky' && b.top <= 0;
                if (!stuck || r.bottom > b.bottom || r.left >= b.right || r.right <= b.left) return null; // not entirely under it
                return el.tagName.toLowerCase() + ' "' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '" at '
                  + Math.round(r.top) + '-' + Math.round(r.bottom) + ' px, the bar down to ' + Math.round(b.bottom) + ' px';
                """;

        /**
         * Focuses every focusable element in turn and lists those whose focus makes no visible difference. Elements
         * alike (same tag and classes, in the same kind of parent and landmark) are styled alike: one of each is
         * enough, which keeps a page with hundreds of links in tables quick.
         */
        static final String EVERY_FOCUSABLE = LOOK + """
                const selector = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]),'
                  + ' textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
                const problems = [];
                const seen = new Set();
                let checked = 0;
                for (const el of document.querySelectorAll(selector)) {
                  const landmark = el.closest('header, nav, main, aside, footer, table, .wm-exit');
                  const kind = [el.tagName, el.className, ((el.getAttribute('href') || '').match(/^([a-z]+:|#|\\/)/) || [''])[0], el.parentElement.tagName,
                    el.parentElement.className, landmark && (landmark.tagName + '.' + landmark.className)].join('|');
                  if (seen.has(kind)) continue;
                  seen.add(kind);
                  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
                  const before = look(el);
                  el.focus();
                  if (document.activeElement !== el) continue; // hidden, so not focusable
                  checked++;
                  const after = look(el);
                  const r = el.getBoundingClientRect();
                  if (!differs(before, after)) problems.push(name(el) + ': looks the same focused and unfocused');
                  else if (r.width < 2 || r.height < 2) problems.push(name(el) + ': focusable but ' + r.width + ' x ' + r.height + ' px');
                }
                if (document.activeElement) document.activeElement.blur();
                return {checked, problems};
                """;
    }

    /** Scripts run in the page for the 320 px check. */
    static final class Reflow {
        private Reflow() {}

        /** The innermost elements that reach past the right edge, outside any box that scrolls on its own. */
        static final String STICKING_OUT = """
                const w = document.documentElement.clientWidth;
                const scrolls = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
                const out = [];
                for (const el of document.querySelectorAll('body *')) {
                  const r = el.getBoundingClientRect();
                  if (r.right > w + 0.5 && !scrolls(el) && ![...el.children].some(c => c.getBoundingClientRect().right > w + 0.5)) {
                    out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                      + ' "' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60) + '" reaches ' + Math.round(r.right) + ' px');
                  }
                }
                return out.slice(0, 20);
                """;
    }

    /** Scripts run in the page for the print check. */
    static final class Print {
        private Print() {}

        /**
         * What is printed that should not be (navigation, exit controls, skip links), and the links in the main
         * content that go somewhere on paper (not a fragment, phone or email) whose {@code ::after} does not print the
         * link's address. Links in tables are left out: printing their addresses would double a table's width, and
         * the theme does not (plans.css).
         */
        static final String CHECK = """
                const shown = [];
                for (const el of document.querySelectorAll('.wm-nav, .wm-exit, [data-wm-exit], .wm-skip-link')) {
                  if (el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') shown.push(el.outerHTML.slice(0, 120));
                }
                const unprinted = [];
                for (const a of document.querySelectorAll('main a[href]')) {
                  const href = a.getAttribute('href');
                  if (/^(#|tel:|mailto:|sms:)/.test(href) || a.closest('table')) continue;
                  const after = getComputedStyle(a, '::after').content;
                  if (!after.includes(href)) unprinted.push(a.outerHTML.slice(0, 120) + ' prints ' + after);
                }
                return {shown, unprinted};
                """;
    }
}
