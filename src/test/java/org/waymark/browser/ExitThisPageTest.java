package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.browser.BrowserExtension.ExitUrl;

/**
 * "Exit this page" in Chromium (issue 3), on a copy of the example site whose exit address is in the reserved
 * {@code .invalid} domain: the browser resolves no name but 127.0.0.1, so leaving fails on this machine instead of
 * reaching any site, and the tests look at where the browser went.
 */
@ExtendWith(BrowserExtension.class)
final class ExitThisPageTest {
    private static final String EXIT = "https://exit.invalid/";
    private static final String PAGE = "/get-help/";

    /**
     * Logs, as the page is left, whether its content was hidden by then; the console log outlives the page. The
     * listeners are added after waymark.js's, so they see the state its handlers left.
     */
    private static final String RECORD_LEAVING = """
            const record = event => {
              const main = document.querySelector('main');
              const overlay = document.querySelector('.wm-exit-overlay');
              console.info('wm-test ' + event.type + ': exiting=' + document.body.classList.contains('wm-exiting')
                + ' mainShown=' + main.checkVisibility() + ' overlay=' + (overlay ? overlay.textContent : '')
                + ' title=' + document.title);
            };
            addEventListener('beforeunload', record);
            addEventListener('pagehide', record);
            """;

    private final Browser browser;
    private final BuiltSite site;

    ExitThisPageTest(Browser browser, @ExitUrl(EXIT) BuiltSite site) {
        this.browser = browser;
        this.site = site;
    }

    @Test
    void pressingShiftThreeTimesHidesThePageAndThenLeavesForTheExitAddress() {
        open();
        browser.script(RECORD_LEAVING);

        shift().perform();
        shift().perform();
        shift().perform();

        assertLeftWithPageHidden();
    }

    @Test
    void clickingTheExitButtonHidesThePageAndThenLeaves() {
        open();
        browser.script(RECORD_LEAVING);

        browser.driver().findElement(By.cssSelector(".wm-exit__button")).click();

        assertLeftWithPageHidden();
    }

    @Test
    void statusRegionSaysHowManyMorePressesAreNeeded() {
        open();

        shift().perform();
        assertThat(status()).isEqualTo("Shift, press 2 more times to exit.");
        shift().perform();
        assertThat(status()).isEqualTo("Shift, press 1 more time to exit.");
        assertStillHere();
    }

    @Test
    void shiftUsedWithAnotherKeyDoesNotCount() {
        open();

        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys("a").keyUp(Keys.SHIFT).perform();
        assertThat(status()).isEmpty();
        shift().perform();
        shift().perform();

        assertThat(status()).isEqualTo("Shift, press 1 more time to exit.");
        assertStillHere();
    }

    @Test
    void anotherKeyStartsTheCountAgain() {
        open();

        shift().perform();
        shift().perform();
        new Actions(browser.driver()).sendKeys("a").perform();
        assertThat(status()).isEmpty();
        shift().perform();

        assertThat(status()).isEqualTo("Shift, press 2 more times to exit.");
        assertStillHere();
    }

    @Test
    void comingBackWithTheBackButtonShowsThePageAgain() {
        open();
        shift().perform();
        shift().perform();
        shift().perform();
        waitUntilLeft();

        browser.driver().navigate().back();

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.url(PAGE));
        assertStillHere();
    }

    @Test
    void everyExitLinkGoesToTheConfiguredAddress() {
        open();

        List<String> hrefs = browser.script("return [...document.querySelectorAll('a[data-wm-exit]')].map(a => a.getAttribute('href'))");

        assertThat(hrefs).as("the exit button and the exit skip link").hasSize(2).containsOnly(EXIT);
    }

    private void open() {
        browser.open(site.url(PAGE));
        // the page comes with focus nowhere in particular; keys go to the document
        assertStillHere();
    }

    private Actions shift() {
        return new Actions(browser.driver()).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
    }

    private String status() {
        return browser.script("return document.querySelector('[data-wm-exit-container] [role=status][aria-live=polite]').textContent");
    }

    private void assertStillHere() {
        assertThat(browser.driver().getCurrentUrl()).startsWith(site.origin());
        assertThat((Boolean) browser.script("return document.body.classList.contains('wm-exiting')")).as("page hidden").isFalse();
        assertThat(browser.driver().findElement(By.tagName("main")).isDisplayed()).as("main content shown").isTrue();
    }

    private void assertLeftWithPageHidden() {
        waitUntilLeft();
        List<String> leaving = browser.console().stream().filter(m -> m.contains("wm-test ")).toList();
        assertThat(leaving).as("the page's state as it was left").isNotEmpty()
                .allSatisfy(m -> assertThat(m).contains("exiting=true", "mainShown=false", "overlay=Loading.", "title=Loading."));
    }

    private void waitUntilLeft() {
        WebDriver driver = browser.driver();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage("the browser to leave for " + EXIT)
                .until(d -> {
                    String url = d.getCurrentUrl();
                    return url.startsWith(EXIT) || url.startsWith("chrome-error:");
                });
    }
}
