package org.waymark.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through chromedriver, with a fresh profile that is deleted when it closes.
 *
 * <p>The browser resolves no host name but 127.0.0.1: a page that tried to reach another site (or the exit link
 * followed in a test) fails to connect instead of leaving the machine. The requests a page makes are still recorded
 * in the performance log, which {@link #requestedUrls()} reads.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Held so that its level stays set: java.util.logging keeps only weak references to loggers. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why the browser tests cannot run here, or null when Chromium and chromedriver are installed. */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM)) return "no Chromium at " + CHROMIUM + "; install chromium and chromium-driver";
        if (!Files.isExecutable(CHROMEDRIVER)) return "no chromedriver at " + CHROMEDRIVER + "; install chromium and chromium-driver";
        return null;
    }

    /** Starts a browser, with JavaScript on or off. */
    static Browser start(boolean javascript) {
        // Selenium warns about every Chromium newer than the DevTools versions it bundles; these tests do not use them.
        SELENIUM_LOG.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("waymark-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
                "--user-data-dir=" + profile, "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads {@code url} and waits for its load event, after forgetting the logs of earlier pages. */
    void open(String url) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(url);
    }

    /** Runs {@code script} in the page (as the body of a function; {@code arguments} holds {@code args}). */
    @SuppressWarnings("unchecked")
    <T> T script(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sends a Chrome DevTools Protocol command. */
    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, new HashMap<>(params));
    }

    /** A change to how pages are shown, until it is undone. */
    @FunctionalInterface
    interface Emulation {
        void undo();
    }

    /**
     * Lays pages out on a screen {@code width} CSS pixels wide (with a desktop scrollbar, as at 400% zoom) until
     * undone.
     */
    Emulation narrow(int width) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        return () -> cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Applies print styles to the page, as when it is printed, until undone. */
    Emulation print() {
        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        return () -> cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** Every URL the browser asked for since the last {@link #open}, from the DevTools network events. */
    List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    /** The console messages of the current page since the last {@link #open}, such as "SEVERE: Refused to load ...". */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + ": " + e.getMessage())
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                File f = p.toFile();
                if (!f.delete() && f.exists()) f.deleteOnExit();
            }
        } catch (IOException e) {
            // Chromium may still be writing its profile as it exits; a leftover temp folder is harmless
        }
    }
}
