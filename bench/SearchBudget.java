import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What a search downloads, measured in headless Chromium (bench/search.sh runs it on the test class path, where
 * Selenium is): for each query, a fresh browser with an empty cache opens the search page with {@code ?q=} and
 * waits for the first result. Prints one line per query: every byte fetched besides the page's own HTML (its
 * scripts and styles too), the number of files and the largest, and the time from the load event (and from the
 * start of navigation) to the moment the first result is in the page.
 *
 * <p>Usage: SearchBudget SEARCH_PAGE_URL QUERY...
 */
public final class SearchBudget {
    private static final String WATCH = """
            (function () {
              new MutationObserver(function (changes, observer) {
                if (document.querySelector('#wm-search-results a')) { window.__firstResult = performance.now(); observer.disconnect(); }
              }).observe(document, { childList: true, subtree: true });
            })();
            """;

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        String page = args[0];
        System.out.println("| query | results said | fetched besides the HTML | files | largest file | first result after load | after navigation start |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (String query : List.of(args).subList(1, args.length)) {
            Path profile = Files.createTempDirectory("search-budget-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            try {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
                driver.get(page + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (driver.executeScript("return window.__firstResult === undefined") == Boolean.TRUE) {
                    if (System.nanoTime() > until) throw new IllegalStateException("no result for " + query + " within 30 s");
                    Thread.sleep(5);
                }
                Thread.sleep(300); // the fragments of the other results
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                        var rs = performance.getEntriesByType('resource');
                        var nav = performance.getEntriesByType('navigation')[0];
                        var total = 0, largest = 0, name = '';
                        rs.forEach(function (r) {
                          var size = r.encodedBodySize || r.transferSize;
                          total += size;
                          if (size > largest) { largest = size; name = r.name; }
                        });
                        return { total: total, files: rs.length, largest: largest, name: name,
                                 afterLoad: window.__firstResult - nav.loadEventEnd, sinceStart: window.__firstResult,
                                 said: document.getElementById('wm-search-status').textContent };
                        """);
                System.out.printf("| %s | %s | %.1f KB | %s | %.1f KB (%s) | %.0f ms | %.0f ms |%n", query, m.get("said"),
                        ((Number) m.get("total")).doubleValue() / 1000, m.get("files"), ((Number) m.get("largest")).doubleValue() / 1000,
                        String.valueOf(m.get("name")).replaceAll(".*/", ""), Math.max(0, ((Number) m.get("afterLoad")).doubleValue()),
                        ((Number) m.get("sinceStart")).doubleValue());
            } finally {
                driver.quit();
                try (var s = Files.walk(profile)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
