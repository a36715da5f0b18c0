package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The directory home in headless Chromium, served from 127.0.0.1 with the site's Content-Security-Policy: with
 * JavaScript it filters in place and says how many services it found; without, the browse links do the work.
 * Skipped where Chromium or chromedriver is not installed.
 */
class DirectoryScriptTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    static HttpServer server;
    static String base;
    static ChromeDriver withScript;
    static ChromeDriver withoutScript;

    @BeforeAll
    static void serveAndStartBrowsers() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium and chromedriver in /usr/bin");
        SiteFixture site = SiteFixture.standard(dir);
        assertThat(site.build().ok()).isTrue();
        server = serve(site.output());
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        withScript = browser(true);
        withoutScript = browser(false);
    }

    @AfterAll
    static void stop() {
        if (withScript != null) withScript.quit();
        if (withoutScript != null) withoutScript.quit();
        if (server != null) server.stop(0);
    }

    @Test
    void withJavaScriptTheListFiltersInPlaceAndAnnouncesTheCount() {
        ChromeDriver b = withScript;
        b.get(base + "/directory/");
        WebElement form = b.findElement(By.cssSelector("form[data-wm-dir-filter]"));
        assertThat(form.isDisplayed()).isTrue();
        WebElement status = b.findElement(By.cssSelector("[data-wm-dir-status]"));
        assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");

        b.findElement(By.id("wm-dir-q")).sendKeys("REFUGE");
        waitFor(b, status, "1 service found");
        assertThat(visible(b)).containsExactly("Bedford Women's Refuge");

        reset(b);
        waitFor(b, status, "3 services found");

        new Select(b.findElement(By.id("wm-dir-area"))).selectByValue("central-bedfordshire");
        waitFor(b, status, "1 service found");
        assertThat(visible(b)).containsExactly("Freedom Programme");

        new Select(b.findElement(By.id("wm-dir-group"))).selectByValue("men");
        waitFor(b, status, "0 services found");
        assertThat(b.findElement(By.cssSelector("[data-wm-dir-empty]")).isDisplayed()).isTrue();

        reset(b);
        new Select(b.findElement(By.id("wm-dir-category"))).selectByValue("advocacy");
        b.findElement(By.id("wm-dir-q")).sendKeys("polski" + Keys.ENTER);
        waitFor(b, status, "1 service found");
        assertThat(b.getCurrentUrl()).as("the search is never written into the address or the history").isEqualTo(base + "/directory/");
        assertThat(visible(b)).containsExactly("IDVA service – Bedford Borough");
        assertThat(b.manage().logs().get(LogType.BROWSER).getAll())
                .as("no script error and nothing the Content-Security-Policy refused")
                .noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue() && !e.getMessage().contains("favicon.ico"));
    }

    @Test
    void withoutJavaScriptTheFormIsHiddenAndTheBrowseLinksLeadToRealPages() {
        ChromeDriver b = withoutScript;
        b.get(base + "/directory/");
        assertThat(b.findElement(By.tagName("html")).getDomAttribute("class")).contains("wm-no-js");
        assertThat(b.findElement(By.cssSelector("form[data-wm-dir-filter]")).isDisplayed()).isFalse();
        assertThat(visible(b)).hasSize(3);
        b.findElement(By.linkText("Refuges and safe accommodation")).click();
        assertThat(b.getCurrentUrl()).isEqualTo(base + "/directory/category/refuge/");
        assertThat(visible(b)).containsExactly("Bedford Women's Refuge");
        b.findElement(By.linkText("Bedford Women's Refuge")).click();
        assertThat(b.findElement(By.cssSelector("a[href^='tel:']")).isDisplayed()).isTrue();
    }

    /** Presses "Clear the search" as a keyboard user would (the sticky exit box may cover it for a mouse click). */
    private static void reset(ChromeDriver b) {
        b.findElement(By.cssSelector("button[type=reset]")).sendKeys(Keys.ENTER);
    }

    private static List<String> visible(ChromeDriver b) {
        return b.findElements(By.cssSelector("[data-wm-service]")).stream()
                .filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.cssSelector(".wm-dir-item__name a")).getText())
                .toList();
    }

    private static void waitFor(ChromeDriver b, WebElement status, String text) {
        new WebDriverWait(b, Duration.ofSeconds(5)).until(d -> status.getText().equals(text));
    }

    private static ChromeDriver browser(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1024,800", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        return new ChromeDriver(service, options);
    }

    /** Serves {@code root} as the site's host would, with its Content-Security-Policy. */
    private static HttpServer serve(Path root) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("Content-Security-Policy", org.waymark.render.Headers.CSP);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        s.start();
        return s;
    }
}
