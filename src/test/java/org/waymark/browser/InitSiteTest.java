package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.scaffold.NewSite;
import org.waymark.scaffold.Outcome;

/**
 * A site just made by {@code waymark init}, with the theme built into Waymark and no themes/ folder: every page it
 * has passes axe-core's WCAG 2.2 A and AA rules, as the example site's pages do.
 */
@ExtendWith(BrowserExtension.class)
final class InitSiteTest {
    @TempDir
    static Path dir;

    private static BuiltSite site;

    @BeforeAll
    static void initAndBuild() {
        Path folder = dir.resolve("new-site");
        Outcome made = NewSite.write(folder, new NewSite.Request("Northshire Domestic Abuse Partnership", "",
                List.of("North Town", "South Vale"), List.of()), LocalDate.of(2026, 12, 7));
        assertThat(made).isInstanceOf(Outcome.Written.class);
        assertThat(folder.resolve("themes")).doesNotExist();
        site = BuiltSite.build(folder, null);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void axeFindsNoWcagViolationsOnAnyPageOfANewSite(Browser browser) throws IOException {
        List<String> pages = htmlPages(site.output());
        assertThat(pages).contains("/", "/get-help/", "/get-help/emergency/", "/get-help/staying-safe-online/", "/about/",
                "/helplines/", "/accessibility/", "/directory/");
        Map<String, String> found = new TreeMap<>();
        for (String page : pages) {
            browser.open(site.url(page));
            Results results = EveryPageTypeTest.axe(browser);
            assertThat(results.getErrorMessage()).as("axe-core could not run on %s", page).isNull();
            if (!results.getViolations().isEmpty()) found.put(page, EveryPageTypeTest.describe(results.getViolations()));
        }
        assertThat(found).as("axe-core's WCAG 2.2 A/AA violations on the pages of a new site").isEmpty();
    }

    /** Every HTML page the build wrote, as its site path ("/about/"). */
    private static List<String> htmlPages(Path output) throws IOException {
        List<String> out = new ArrayList<>();
        try (var s = Files.walk(output)) {
            for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".html"))::iterator) {
                String rel = output.relativize(f).toString().replace('\\', '/');
                out.add("/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.sort(null);
        return out;
    }
}
