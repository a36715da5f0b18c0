package org.waymark.check.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Severity;

class ExternalLinkCheckerTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Long> okStarts = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        route("/ok", (ex, n) -> {
            okStarts.add(System.nanoTime());
            respond(ex, 200);
        });
        route("/missing", (ex, n) -> respond(ex, 404));
        route("/gone", (ex, n) -> respond(ex, 410));
        route("/private", (ex, n) -> respond(ex, 401));
        route("/moved", (ex, n) -> redirect(ex, 301, "/ok"));
        route("/moved-for-good", (ex, n) -> redirect(ex, 308, base + "/ok"));
        route("/temp", (ex, n) -> redirect(ex, 302, "/ok"));
        route("/chain", (ex, n) -> redirect(ex, 302, "/moved"));
        route("/flaky", (ex, n) -> respond(ex, n == 1 ? 503 : 200));
        route("/down", (ex, n) -> respond(ex, 500));
        route("/slow-429", (ex, n) -> {
            if (n == 1) ex.getResponseHeaders().add("Retry-After", "1");
            respond(ex, n == 1 ? 429 : 200);
        });
        route("/always-429", (ex, n) -> {
            ex.getResponseHeaders().add("Retry-After", "3600");
            respond(ex, 429);
        });
        route("/head-refused", (ex, n) -> respond(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200));
        route("/forbidden", (ex, n) -> respond(ex, 403));
        route("/robots-blocked", (ex, n) -> respond(ex, 999));
        route("/loop", (ex, n) -> redirect(ex, 301, "/loop"));
        route("/hops/", (ex, n) -> {
            int hop = Integer.parseInt(ex.getRequestURI().getPath().substring("/hops/".length()));
            redirect(ex, 302, "/hops/" + (hop + 1));
        });
        route("/hang", (ex, n) -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200);
        });
        route("/busy/", (ex, n) -> {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            respond(ex, 200);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    // ---- answers ----

    @Test
    void acceptsPageThatAnswersOkWithoutAnyDiagnostic() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(link("/ok")), diags);

        assertThat(diags.sorted()).isEmpty();
        assertThat(result).isEqualTo(new ExternalCheckResult(1, 0, 0, 1, 0, 0));
    }

    @Test
    void reportsMissingPageAsErrorNamingStatusFileAndLine() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options())
                .check(List.of(new ExternalLink(base + "/missing", "content/help.md", 12)), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.rule()).isEqualTo("external-link");
            assertThat(d.file()).isEqualTo("content/help.md");
            assertThat(d.line()).isEqualTo(12);
            assertThat(d.message()).isEqualTo(base + "/missing answered 404 Not Found.");
            assertThat(d.hint()).isNotEmpty();
        });
        assertThat(result.errors()).isEqualTo(1);
    }

    @Test
    void reportsGoneAndOtherClientErrorsAsErrors() {
        Diagnostics diags = new Diagnostics();
        checker(options()).check(List.of(link("/gone"), link("/private")), diags);

        assertThat(diags.sorted()).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
        assertThat(diags.sorted()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                base + "/gone answered 410 Gone.", base + "/private answered 401 Unauthorized.");
    }

    @Test
    void followsPermanentRedirectAndWarnsWithNewUrl() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(link("/moved"), link("/moved-for-good")), diags);

        assertThat(diags.sorted()).hasSize(2).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("moved permanently to " + base + "/ok");
            assertThat(d.hint()).isEqualTo("change the link to " + base + "/ok");
        });
        assertThat(result.warnings()).isEqualTo(2);
        assertThat(hits("/ok")).isEqualTo(2);
    }

    @Test
    void followsTemporaryRedirectSilently() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(link("/temp")), diags);

        assertThat(diags.sorted()).isEmpty();
        assertThat(result.ok()).isEqualTo(1);
        assertThat(hits("/ok")).isEqualTo(1);
    }

    @Test
    void warnsAboutPermanentRedirectAnywhereInTheChain() {
        Diagnostics diags = new Diagnostics();
        checker(options()).check(List.of(link("/chain")), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.hint()).isEqualTo("change the link to " + base + "/ok");
        });
    }

    @Test
    void reportsRedirectLoopAsError() {
        Diagnostics diags = new Diagnostics();
        checker(options()).check(List.of(link("/loop")), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo(base + "/loop redirects in a loop.");
        });
    }

    @Test
    void givesUpAfterTenRedirects() {
        Diagnostics diags = new Diagnostics();
        checker(options()).check(List.of(link("/hops/0")), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo(base + "/hops/0 was redirected more than 10 times.");
        });
        assertThat(hits("/hops/")).isEqualTo(11);
    }

    @Test
    void retriesServerErrorAndAcceptsLaterSuccess() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(link("/flaky")), diags);

        assertThat(diags.sorted()).isEmpty();
        assertThat(result.ok()).isEqualTo(1);
        assertThat(hits("/flaky")).isEqualTo(2);
    }

    @Test
    void reportsServerErrorThatOutlastsTheRetries() {
        Diagnostics diags = new Diagnostics();
        checker(options()).check(List.of(link("/down")), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo(base + "/down answered 500 Internal Server Error (tried 3 times).");
        });
        assertThat(hits("/down")).isEqualTo(3);
    }

    @Test
    void waitsForRetryAfterBeforeAskingAgain() {
        Diagnostics diags = new Diagnostics();
        long start = System.nanoTime();
        ExternalCheckResult result = checker(options()).check(List.of(link("/slow-429")), diags);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(diags.sorted()).isEmpty();
        assertThat(result.ok()).isEqualTo(1);
        assertThat(hits("/slow-429")).isEqualTo(2);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void capsRetryAfterAndWarnsWhenRateLimitOutlastsTheRetries() {
        ExternalCheckOptions options = new ExternalCheckOptions(4, 8, Duration.ZERO, Duration.ofSeconds(2), 1,
                Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofDays(7), dir.resolve("cache.json"), List.of());
        Diagnostics diags = new Diagnostics();
        long start = System.nanoTime();
        checker(options).check(List.of(link("/always-429")), diags);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("429 Too Many Requests");
        });
        assertThat(hits("/always-429")).isEqualTo(2);
        assertThat(cachedUrls()).isEmpty();
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        Instant now = Instant.parse("2015-10-21T07:27:30Z");

        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void fallsBackToGetWhenHeadIsRefused() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(link("/head-refused")), diags);

        assertThat(diags.sorted()).isEmpty();
        assertThat(result.ok()).isEqualTo(1);
        assertThat(hits.get("HEAD /head-refused")).hasValue(1);
        assertThat(hits.get("GET /head-refused")).hasValue(1);
    }

    @Test
    void warnsWhenSiteRefusesAutomatedChecks() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options())
                .check(List.of(link("/forbidden"), link("/robots-blocked")), diags);

        assertThat(diags.sorted()).hasSize(2).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.hint()).isEqualTo("the site refuses automated checks; check it by hand");
        });
        assertThat(diags.sorted()).extracting(Diagnostic::message).anyMatch(m -> m.contains("403 Forbidden"));
        assertThat(result.warnings()).isEqualTo(2);
    }

    @Test
    void reportsUnreachableHostAsErrorWithoutThrowing() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        Diagnostics diags = new Diagnostics();
        checker(options()).check(List.of(new ExternalLink("http://127.0.0.1:" + port + "/", "a.md", 1)), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).startsWith("http://127.0.0.1:" + port + "/ could not be reached");
            assertThat(d.message()).endsWith("(tried 3 times).");
        });
    }

    @Test
    void reportsTimeoutAsErrorAfterRetrying() {
        ExternalCheckOptions options = new ExternalCheckOptions(4, 8, Duration.ZERO, Duration.ofMillis(200), 1,
                Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofDays(7), null, List.of());
        Diagnostics diags = new Diagnostics();
        checker(options).check(List.of(link("/hang")), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo(base + "/hang did not answer within 200 ms (tried 2 times).");
        });
    }

    @Test
    void reportsAddressThatIsNotValidAsError() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(link("/with space")), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).startsWith(base + "/with space is not a valid web address");
        });
        assertThat(result.errors()).isEqualTo(1);
    }

    // ---- places ----

    @Test
    void requestsEachAddressOnceAndReportsEveryPlaceItIsWritten() {
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(
                new ExternalLink(base + "/missing", "content/a.md", 3),
                new ExternalLink(base + "/missing", "content/b.md", 7),
                new ExternalLink(base + "/missing#top", "footer.peb", 0)), diags);

        assertThat(diags.sorted()).extracting(Diagnostic::place)
                .containsExactlyInAnyOrder("content/a.md:3", "content/b.md:7", "footer.peb");
        assertThat(diags.sorted()).extracting(Diagnostic::message)
                .contains(base + "/missing#top answered 404 Not Found.");
        assertThat(hits("/missing")).isEqualTo(1);
        assertThat(result).isEqualTo(new ExternalCheckResult(1, 0, 0, 0, 0, 1));
    }

    // ---- politeness ----

    @Test
    void keepsRequestsToOneHostWithinItsLimit() {
        ExternalCheckOptions options = new ExternalCheckOptions(2, 8, Duration.ZERO, Duration.ofSeconds(2), 0,
                Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofDays(7), null, List.of());
        List<ExternalLink> links = Stream.of("1", "2", "3", "4", "5", "6").map(n -> link("/busy/" + n)).toList();
        ExternalCheckResult result = checker(options).check(links, new Diagnostics());

        assertThat(result.ok()).isEqualTo(6);
        assertThat(mostInFlight.get()).isBetween(1, 2);
    }

    @Test
    void pausesBetweenRequestsToTheSameHost() {
        ExternalCheckOptions options = new ExternalCheckOptions(2, 8, Duration.ofMillis(200), Duration.ofSeconds(2),
                0, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofDays(7), null, List.of());
        checker(options).check(List.of(link("/ok?a"), link("/ok?b"), link("/ok?c")), new Diagnostics());

        List<Long> starts = new ArrayList<>(okStarts);
        Collections.sort(starts);
        assertThat(starts).hasSize(3);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1))).isGreaterThan(Duration.ofMillis(150));
        }
    }

    // ---- cache ----

    @Test
    void reusesCachedResultsWithoutAskingAgain() {
        ExternalCheckOptions options = options();
        List<ExternalLink> links = List.of(link("/ok"), link("/moved"));
        checker(options).check(links, new Diagnostics());
        int okHits = hits("/ok");

        Diagnostics second = new Diagnostics();
        ExternalCheckResult result = checker(options).check(links, second);

        assertThat(hits("/ok")).isEqualTo(okHits);
        assertThat(hits("/moved")).isEqualTo(1);
        assertThat(result).isEqualTo(new ExternalCheckResult(0, 2, 0, 1, 1, 0));
        assertThat(second.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.hint()).isEqualTo("change the link to " + base + "/ok");
        });
    }

    @Test
    void neverCachesFailures() {
        ExternalCheckOptions options = options();
        checker(options).check(List.of(link("/missing"), link("/ok")), new Diagnostics());
        Diagnostics second = new Diagnostics();
        checker(options).check(List.of(link("/missing")), second);

        assertThat(hits("/missing")).isEqualTo(2);
        assertThat(second.hasErrors()).isTrue();
        assertThat(cachedUrls()).containsExactly(base + "/ok");
    }

    @Test
    void asksAgainOnceCachedResultHasExpired() {
        ExternalCheckOptions options = options();
        checker(options, T0).check(List.of(link("/ok")), new Diagnostics());
        checker(options, T0.plus(Duration.ofDays(6))).check(List.of(link("/ok")), new Diagnostics());
        assertThat(hits("/ok")).isEqualTo(1);

        ExternalCheckResult late = checker(options, T0.plus(Duration.ofDays(8))).check(List.of(link("/ok")), new Diagnostics());

        assertThat(hits("/ok")).isEqualTo(2);
        assertThat(late.checked()).isEqualTo(1);
        assertThat(late.fromCache()).isZero();
    }

    @Test
    void writesCacheAsJsonWithoutLeavingTemporaryFiles() throws IOException {
        checker(options()).check(List.of(link("/moved")), new Diagnostics());

        JsonNode entry = new ObjectMapper().readTree(dir.resolve("cache.json").toFile()).get(base + "/moved");
        assertThat(entry.get("status").intValue()).isEqualTo(200);
        assertThat(entry.get("checkedAt").textValue()).isEqualTo(T0.toString());
        assertThat(entry.get("finalUrl").textValue()).isEqualTo(base + "/ok");
        assertThat(entry.get("permanentRedirect").booleanValue()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("cache.json");
        }
    }

    @Test
    void ignoresCorruptCacheFileWithWarning() throws IOException {
        Files.writeString(dir.resolve("cache.json"), "{ this is not json");
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options()).check(List.of(link("/ok")), diags);

        assertThat(diags.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.file()).endsWith("cache.json");
            assertThat(d.message()).startsWith("The external link cache was ignored");
        });
        assertThat(result.checked()).isEqualTo(1);
        assertThat(cachedUrls()).containsExactly(base + "/ok");
    }

    // ---- skipping ----

    @Test
    void skipsAddressesOnTheSkipListAndOtherSchemes() {
        ExternalCheckOptions options = new ExternalCheckOptions(4, 8, Duration.ZERO, Duration.ofSeconds(2), 2,
                Duration.ofMillis(20), Duration.ofSeconds(5), Duration.ofDays(7), null,
                List.of(base + "/missing", "/forb+idden$"));
        Diagnostics diags = new Diagnostics();
        ExternalCheckResult result = checker(options).check(List.of(
                link("/missing"), link("/missing/deeper"), link("/forbidden"),
                new ExternalLink("mailto:help@example.org", "a.md", 1),
                new ExternalLink("tel:+441234567890", "a.md", 2), link("/ok")), diags);

        assertThat(diags.sorted()).isEmpty();
        assertThat(result).isEqualTo(new ExternalCheckResult(1, 0, 5, 1, 0, 0));
        assertThat(hits("/missing") + hits("/forbidden")).isZero();
    }

    // ---- robustness ----

    @Test
    void stopsAndKeepsInterruptFlagWhenInterrupted() {
        Diagnostics diags = new Diagnostics();
        Thread.currentThread().interrupt();
        ExternalCheckResult result;
        try {
            result = checker(options()).check(List.of(link("/ok")), diags);
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(result.errors()).isEqualTo(1);
        assertThat(cachedUrls()).isEmpty();
    }

    @Test
    void refusesClientThatFollowsRedirectsItself() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatThrownBy(() -> new ExternalLinkChecker(following, options(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Redirect.NEVER");
    }

    // ---- helpers ----

    private ExternalCheckOptions options() {
        return new ExternalCheckOptions(4, 8, Duration.ZERO, Duration.ofSeconds(2), 2, Duration.ofMillis(20),
                Duration.ofSeconds(5), Duration.ofDays(7), dir.resolve("cache.json"), List.of());
    }

    private ExternalLinkChecker checker(ExternalCheckOptions options) {
        return checker(options, T0);
    }

    private ExternalLinkChecker checker(ExternalCheckOptions options, Instant now) {
        return new ExternalLinkChecker(ExternalLinkChecker.newHttpClient(options), options,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private ExternalLink link(String path) {
        return new ExternalLink(base + path, "content/index.md", 1);
    }

    private int hits(String path) {
        return hits.entrySet().stream()
                .filter(e -> e.getKey().substring(e.getKey().indexOf(' ') + 1).equals(path))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    private List<String> cachedUrls() {
        Path cache = dir.resolve("cache.json");
        if (!Files.exists(cache)) return List.of();
        try {
            List<String> urls = new ArrayList<>();
            new ObjectMapper().readTree(cache.toFile()).fieldNames().forEachRemaining(urls::add);
            return urls;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange, int nthRequest) throws IOException;
    }

    /** Serves {@code path}; a path ending in "/" serves everything under it, counted as one path. */
    private void route(String path, Handler handler) {
        AtomicInteger count = new AtomicInteger();
        server.createContext(path, exchange -> {
            try (exchange) {
                String key = exchange.getRequestMethod() + " " + path;
                hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                handler.handle(exchange, count.incrementAndGet());
            }
        });
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }
}
