package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.waymark.browser.BrowserExtension.WithoutJavaScript;

/** The example site for a reader whose browser runs no script: the exit control and the helplines still work. */
@ExtendWith(BrowserExtension.class)
final class WithoutJavaScriptTest {
    private final Browser browser;
    private final BuiltSite site;

    WithoutJavaScriptTest(@WithoutJavaScript Browser browser, BuiltSite site) {
        this.browser = browser;
        this.site = site;
    }

    @Test
    void exitControlIsARealLinkToTheExitAddress() throws IOException {
        browser.open(site.url("/"));

        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("class"))
                .as("waymark.js did not run").contains("wm-no-js");
        WebElement button = browser.driver().findElement(By.cssSelector(".wm-exit a[data-wm-exit]"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getText()).contains("Exit this page");
        assertThat(button.getDomAttribute("href")).isEqualTo(configuredExitUrl());
        assertThat(button.getDomAttribute("rel")).contains("noreferrer");
    }

    @Test
    void homePageShowsTheHelplines() {
        browser.open(site.url("/"));

        WebElement box = browser.driver().findElement(By.cssSelector("main .wm-helplines-box"));
        List<WebElement> numbers = box.findElements(By.cssSelector("a[href^='tel:']"));

        assertThat(box.isDisplayed()).isTrue();
        assertThat(numbers).isNotEmpty().allMatch(WebElement::isDisplayed);
        assertThat(numbers).extracting(WebElement::getText).contains("0808 200 0247"); // the national format libphonenumber gives 0808 2000 247
    }

    /** {@code safety.exit_url} from the site's config, as a reader of the file would see it. */
    private static String configuredExitUrl() throws IOException {
        String config = Files.readString(BuiltSite.siteFolder().resolve("site-config.yml"));
        Matcher m = Pattern.compile("(?m)^\\s+exit_url:\\s*(\\S+)\\s*$").matcher(config);
        return m.find() ? m.group(1) : "https://www.bbc.co.uk/weather";
    }
}
