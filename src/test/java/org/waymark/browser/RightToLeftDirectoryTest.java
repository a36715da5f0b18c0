package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The directory in Urdu, in headless Chromium: the pages read right to left, what is still in English reads left to
 * right in an English voice, axe-core finds nothing to fix, and the filter speaks Urdu.
 */
@ExtendWith(BrowserExtension.class)
final class RightToLeftDirectoryTest {
    private final Browser browser;
    private final BuiltSite site;

    RightToLeftDirectoryTest(Browser browser, BuiltSite site) {
        this.browser = browser;
        this.site = site;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/ur/directory/", "/ur/directory/bedford-refuge/", "/ur/directory/victim-support/"})
    @SuppressWarnings("deprecation") // setLegacyMode: as in EveryPageTypeTest
    void readsRightToLeftWithEnglishLeftToRightAndHasNoAxeViolations(String path) {
        browser.open(site.url(path));

        Map<String, Object> page = browser.script("""
                const html = document.documentElement;
                const english = [...document.querySelectorAll('main [lang=en]')];
                return {lang: html.lang, dir: html.dir, flow: getComputedStyle(document.querySelector('main')).direction,
                  english: english.length, englishFlow: english.filter(e => getComputedStyle(e).direction !== 'ltr').length};
                """);
        assertThat(page).containsEntry("lang", "ur").containsEntry("dir", "rtl").containsEntry("flow", "rtl")
                .containsEntry("englishFlow", 0L);
        assertThat((Long) page.get("english")).as("text still in English on %s, marked as such", path).isPositive();

        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).withTags(EveryPageTypeTest.WCAG_A_AND_AA).setLegacyMode(true)
                .disableIframeTesting().analyze(browser.driver());
        assertThat(results.getErrorMessage()).isNull();
        assertThat(results.getViolations())
                .withFailMessage(() -> "axe-core found WCAG 2.2 A/AA violations on " + path + ":\n"
                        + EveryPageTypeTest.describe(results.getViolations()))
                .isEmpty();
    }

    @Test
    void theFilterCountsInUrduAndFindsAServiceByItsUrduName() {
        browser.open(site.url("/ur/directory/"));
        WebElement status = browser.driver().findElement(By.cssSelector("[data-wm-dir-status]"));

        browser.driver().findElement(By.id("wm-dir-q")).sendKeys("پناہ گاہ");
        waitFor(status, "1 سروس ملی");
        assertThat(visible()).containsExactly("/ur/directory/bedford-refuge/");

        browser.driver().findElement(By.id("wm-dir-q")).clear();
        new Select(browser.driver().findElement(By.id("wm-dir-category"))).selectByValue("refuge");
        waitFor(status, "3 خدمات ملیں");
        assertThat(browser.console()).as("console messages").noneMatch(m -> m.startsWith("SEVERE") || m.startsWith("WARNING"));
    }

    private void waitFor(WebElement status, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> status.getText().equals(text));
    }

    private List<String> visible() {
        return browser.driver().findElements(By.cssSelector("[data-wm-service]")).stream()
                .filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.cssSelector(".wm-dir-item__name a")).getDomAttribute("href"))
                .toList();
    }
}
