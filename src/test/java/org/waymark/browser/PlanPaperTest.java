package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example plan's print view as Chromium prints it to PDF on A4, portrait and landscape, read back page by page with
 * PDFBox: what a partner brings to a meeting.
 */
@ExtendWith(BrowserExtension.class)
final class PlanPaperTest {
    private static final String PRINT = "/plans/2009-10/print/";
    /** A4 in inches, as Page.printToPDF takes it. */
    private static final double A4_WIDTH = 8.27;
    private static final double A4_HEIGHT = 11.69;

    /** A run of text on a page: its page (from 1), the top of its line in points from the top of the page. */
    record Run(int page, float top, float bottom, String text) {}

    /** The PDF read back: its page height and every run of text, in reading order. */
    record Paper(int pages, float height, List<Run> runs) {
        List<Run> on(int page) {
            return runs.stream().filter(r -> r.page() == page && !r.text().matches("Page \\d+ of \\d+")).toList();
        }

        String text() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()).append('\n'));
            return s.toString();
        }
    }

    @ParameterizedTest(name = "A4 {0}")
    @ValueSource(strings = {"portrait", "landscape"})
    void examplePlanPrintsOnAtMostTwelvePagesWithNoHeaderAloneAndNoHalfEmptyPage(String orientation, Browser browser, BuiltSite site) {
        browser.open(site.url(PRINT));
        Map<String, Object> page = browser.script("""
                const text = sel => [...document.querySelectorAll(sel)].map(e => e.textContent.trim().replace(/\\s+/g, ' '));
                return {header: text('.wm-plan-table--print thead th:nth-child(2)')[0], refs: text('.wm-plan-table--print tbody th[scope=row]'),
                  themes: text('.wm-plan-print__theme h2')};
                """);
        String header = (String) page.get("header");
        @SuppressWarnings("unchecked") List<String> refs = (List<String>) page.get("refs");
        @SuppressWarnings("unchecked") List<String> themes = (List<String>) page.get("themes");

        Paper paper = print(browser, orientation.equals("landscape"));

        assertThat(paper.pages()).as("pages of the example plan on A4 %s", orientation).isBetween(2, 12);
        List<String> problems = new ArrayList<>();
        String[] words = header.split(" ");
        String head = words.length > 1 ? words[0] + " " + words[1] : header;
        for (int p = 1; p <= paper.pages(); p++) {
            List<Run> runs = paper.on(p);
            // every header row has the first line of an action under it on the same page
            for (Run h : runs) {
                if (!h.text().contains(head)) continue;
                boolean rowBelow = runs.stream().anyMatch(r -> r.top() > h.bottom() && refs.stream().anyMatch(ref ->
                        r.text().equals(ref) || r.text().startsWith(ref + " ")));
                if (!rowBelow) problems.add("page " + p + ": the table header \"" + h.text() + "\" at " + (int) h.top() + " pt has no row under it");
            }
            // no page is more than half empty, unless the next starts a theme
            if (p < paper.pages() && !runs.isEmpty()) {
                float lowest = (float) runs.stream().mapToDouble(Run::bottom).max().orElse(0);
                List<Run> next = paper.on(p + 1);
                boolean themeNext = !next.isEmpty() && themes.stream().anyMatch(t -> t.startsWith(next.get(0).text().strip()));
                if (lowest < paper.height() / 2 && !themeNext) {
                    problems.add("page " + p + ": its text ends " + (int) lowest + " pt down a page " + (int) paper.height() + " pt high");
                }
            }
        }
        assertThat(problems).as("A4 %s, %d pages; the header looked for: \"%s\"", orientation, paper.pages(), head).isEmpty();
        assertThat(paper.runs()).as("header rows printed").anyMatch(r -> r.text().contains(head));
    }

    @ParameterizedTest(name = "A4 {0}")
    @ValueSource(strings = {"portrait", "landscape"})
    void titleBlockSaysThePlanTheStatusDateAndTheDatePrintedAndTheFrameIsNotPrinted(String orientation, Browser browser,
            BuiltSite site) {
        browser.open(site.url(PRINT));
        Map<String, String> frame = browser.script("""
                const text = sel => { const e = document.querySelector(sel); return e ? e.textContent.trim().replace(/\\s+/g, ' ') : ''; };
                return {title: text('h1'), site: text('.wm-header__name'), exit: text('.wm-exit__button'), nav: text('.wm-nav ul'),
                  notice: text('.wm-notice p').slice(0, 40), footer: text('.wm-footer p'), emergency: text('.wm-emergency p').slice(0, 20)};
                """);

        Paper paper = print(browser, orientation.equals("landscape"));
        String all = paper.text().replaceAll("\\s+", " ");
        String first = String.join(" ", paper.on(1).stream().map(Run::text).toList()).replaceAll("\\s+", " ");

        assertThat(first).contains(frame.get("title").substring(0, 40))
                .contains("Status as of: 24 November 2026")
                .contains("Printed on: " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
        for (String key : List.of("site", "exit", "nav", "notice", "footer")) {
            assertThat(frame.get(key)).as(key).isNotEmpty();
            assertThat(all).as("the %s printed", key).doesNotContain(frame.get(key));
        }
        assertThat(all.split(Pattern.quote(frame.get("emergency")), -1)).as("times the 999 line is printed").hasSize(2);
        String last = String.join(" ", paper.on(paper.pages()).stream().map(Run::text).toList());
        assertThat(last).as("the last page").contains(frame.get("emergency"));
    }

    /** The pages that print as meeting papers, checked by axe with the print styles applied (colours, hidden parts). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PRINT, "/plans/2009-10/partners/sig/", "/plans/2009-10/"})
    @SuppressWarnings("deprecation") // setLegacyMode, as EveryPageTypeTest
    void axeFindsNoWcagViolationsWithThePrintStyles(String path, Browser browser, BuiltSite site) {
        browser.open(site.url(path));
        Browser.Emulation print = browser.print();
        try {
            AxeRunOptions options = new AxeRunOptions();
            options.setResultTypes(List.of("violations"));
            Results results = new AxeBuilder().withOptions(options).withTags(EveryPageTypeTest.WCAG_A_AND_AA).setLegacyMode(true)
                    .disableIframeTesting().analyze(browser.driver());

            assertThat(results.getErrorMessage()).as("axe-core could not run on %s", path).isNull();
            assertThat(results.getViolations())
                    .withFailMessage(() -> "axe-core found violations on " + path + " as printed:\n"
                            + EveryPageTypeTest.describe(results.getViolations()))
                    .isEmpty();
        } finally {
            print.undo();
        }
    }

    /** The current page printed to PDF by Chromium on A4 and read back. */
    private static Paper print(Browser browser, boolean landscape) {
        Map<String, Object> result = browser.cdp("Page.printToPDF", Map.of("paperWidth", A4_WIDTH, "paperHeight", A4_HEIGHT,
                "landscape", landscape, "printBackground", false, "displayHeaderFooter", false));
        byte[] pdf = Base64.getDecoder().decode((String) result.get("data"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Run> runs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.isBlank() || positions.isEmpty()) return;
                    float top = Float.MAX_VALUE;
                    float bottom = 0;
                    for (TextPosition t : positions) {
                        top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
                        bottom = Math.max(bottom, t.getYDirAdj());
                    }
                    runs.add(new Run(getCurrentPageNo(), top, bottom, text.strip()));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            return new Paper(doc.getNumberOfPages(), doc.getPage(0).getMediaBox().getHeight(), runs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
