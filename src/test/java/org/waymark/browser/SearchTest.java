package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.testing.SearchFiles;

/** The site search finds services, helplines and strategy pages in the browser, with no request leaving the site. */
@ExtendWith(BrowserExtension.class)
final class SearchTest {
    private final Browser browser;
    private final BuiltSite site;

    SearchTest(Browser browser, BuiltSite site) {
        this.browser = browser;
        this.site = site;
    }

    @ParameterizedTest(name = "searching for \"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
        "Sanctuary Scheme | /directory/sanctuary-scheme-bedford-borough/",
        "National Domestic Abuse Helpline | /helplines/#helpline-national-domestic-abuse-helpline",
        "Vision and Purpose | /strategy/vision-and-purpose/",
    })
    void findsAServiceAHelplineAndAStrategyPage(String query, String expected) {
        browser.open(site.url("/search/?q=" + query.replace(' ', '+')));

        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("#wm-search-results a")).isEmpty());
        List<String> found = browser.driver().findElements(By.cssSelector("#wm-search-results a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        WebElement status = browser.driver().findElement(By.id("wm-search-status"));

        assertThat(found).contains(expected);
        assertThat(status.getText()).matches("\\d+ results? for “" + query + "”");
        assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
        List<String> timed = browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(timed).allMatch(u -> u.startsWith(site.origin() + "/"));
    }

    @org.junit.jupiter.api.Test
    void theUrduSearchFindsARefugeByItsUrduName() {
        String query = "پناہ گاہ";
        browser.open(site.url("/ur/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));

        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("#wm-search-results a")).isEmpty());
        List<String> found = browser.driver().findElements(By.cssSelector("#wm-search-results a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();

        assertThat(found).contains("/ur/directory/bedford-refuge/").noneMatch(u -> u.startsWith("/directory/"));
        assertThat(browser.driver().findElement(By.id("wm-search-status")).getText()).matches("“" + query + "” کے لیے (\\d+ نتائج|1 نتیجہ)");
    }

    @ParameterizedTest(name = "the search index holds no refuge address")
    @CsvSource({"/search/", "/ur/search/", "/pa/search/"})
    void theSearchIndexHoldsNoRefugeAddress(String page) {
        String index = SearchFiles.of(site.output(), page).text();
        assertThat(index).contains("Specialist refuge for Black and minority ethnic women");
        assertThat(index).doesNotContainPattern("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}.{0,200}refuge");
    }

    @ParameterizedTest(name = "searching for \"{0}\" finds the word it begins or the word without its accent")
    @CsvSource({"sanctu", "Sanctuáry", "SANCT"})
    void findsAWordByItsBeginningAndWithoutAccents(String query) {
        assertThat(results("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .contains("/directory/sanctuary-scheme-bedford-borough/");
    }

    @org.junit.jupiter.api.Test
    void theDirectorysFiltersNarrowTheResultsToItsServices() {
        List<String> refuges = results("/search/?category=refuge");
        assertThat(refuges).contains("/directory/bedford-refuge/").allMatch(u -> u.startsWith("/directory/"))
                .doesNotContain("/directory/sanctuary-scheme-bedford-borough/");
        assertThat(results("/search/?q=refuge&category=refuge")).contains("/directory/bedford-refuge/")
                .allMatch(u -> u.startsWith("/directory/"));
    }

    @org.junit.jupiter.api.Test
    void nothingIsFetchedUntilAVisitorSearches() {
        browser.open(site.url("/search/"));
        browser.script("return document.readyState");
        assertThat(browser.requestedUrls()).noneMatch(u -> u.contains("/search/en/"));

        browser.driver().findElement(By.id("wm-search-q")).sendKeys("helpline\n");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#wm-search-results a")).isEmpty());
        assertThat(browser.requestedUrls()).anyMatch(u -> u.contains("/search/en/meta."))
                .allMatch(u -> u.startsWith(site.origin() + "/"));
    }

    /** The addresses the search page lists for {@code path}. */
    private List<String> results(String path) {
        browser.open(site.url(path));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#wm-search-results a")).isEmpty());
        return browser.driver().findElements(By.cssSelector("#wm-search-results a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }
}
