package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.cli.Main;
import org.waymark.testing.TestSite;

/** The preview server, started on a free port of 127.0.0.1 over a small site, as a browser would use it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PreviewTest {
    private static final String ABOUT = """
            ---
            title: About us
            ---
            We are a partnership of twelve organisations.
            """;

    @TempDir
    static Path prototypeDir;

    /** The site every test starts from, built once: each test previews a copy. */
    private static TestSite prototype;

    @TempDir
    Path dir;

    private TestSite site;
    private Preview preview;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeAll
    static void buildPrototype() {
        prototype = Sites.buildable(prototypeDir, "-- content/about/index.md --\n" + ABOUT);
    }

    @BeforeEach
    void startPreview() throws IOException {
        site = TestSite.copyOf(prototype.root(), dir);
        preview = Preview.start(new Preview.Options(
                new Build.Options(site.root(), null, false, LocalDate.of(2026, 11, 24), LocalDate.now()), Clock.systemDefaultZone(), 0,
                new PrintWriter(log, true), new PrintWriter(log, true)));
        assertThat(preview.ok()).as(log.toString()).isTrue();
    }

    @AfterEach
    void stopPreview() {
        if (preview != null) preview.close();
    }

    @Test
    void servesPageWithReloadScriptThatTheFileOnDiskDoesNotHave() throws Exception {
        HttpResponse<String> page = get("/about/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("We are a partnership of twelve organisations.");
        assertThat(page.body()).containsPattern("<script src=\"/__waymark/reload.js\" data-build=\"[^\"]+\" defer></script></body>");
        assertThat(site.file("/about/")).doesNotContain("__waymark");
        try (Stream<Path> files = Files.walk(site.output())) {
            assertThat(files.filter(Files::isRegularFile).map(PreviewTest::read)).noneMatch(text -> text.contains("__waymark"));
        }
    }

    @Test
    void servesTheReloadScriptAndSendsSecurityHeadersWithNoStore() throws Exception {
        HttpResponse<String> script = get("/__waymark/reload.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("EventSource", "'reload'", "'errors'");
        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void refusesPathsThatLeadOutOfTheOutputFolder() throws Exception {
        for (String path : new String[] {"/../site-config.yml", "/%2e%2e/site-config.yml", "/%2E%2E/site-config.yml",
                "/..%2fsite-config.yml", "/%2e%2e%2fsite-config.yml", "/about/../../site-config.yml",
                "/..\\site-config.yml", "/.waymark-output", "//etc/passwd"}) {
            String response = raw(path);
            assertThat(response).as(path).startsWith("HTTP/1.1 40");
            assertThat(response).as(path).doesNotContain("base_url", "Test Partnership\n", "root:");
        }
    }

    @Test
    void refusesSymbolicLinksThatPointOutOfTheOutputFolder() throws Exception {
        Path link = site.output().resolve("config.txt");
        try {
            Files.createSymbolicLink(link, site.root().resolve("site-config.yml"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
        HttpResponse<String> response = get("/config.txt");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("base_url");
    }

    @Test
    void servesFoldersThroughTheirIndexAndRedirectsWithoutTheSlash() throws Exception {
        HttpResponse<String> redirect = get("/about");

        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/about/");
        assertThat(get("/about/").body()).contains("About us");
    }

    @Test
    void answersUnknownPathsWithTheSites404PageAndStatus() throws Exception {
        HttpResponse<String> response = get("/no-such-page/");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(Overlay.inject(site.file("/404.html"), preview.state()));
    }

    @Test
    void answersOnlyGetAndHead() throws Exception {
        HttpResponse<String> post = http.send(request("/about/").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> head = http.send(request("/about/").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void servesFilesWithTheirContentType() throws Exception {
        site.put("public/data/list.csv", "a,b\n").put("public/feed.atom", "<feed/>").put("public/x.svg", "<svg/>");

        assertThat(get("/data/list.csv").headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(get("/feed.atom").headers().firstValue("Content-Type")).hasValue("application/atom+xml");
        assertThat(get("/x.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }

    @Test
    void editingAPageRebuildsAndTellsOpenPagesToReload() throws Exception {
        listen();

        site.put("content/about/index.md", ABOUT.replace("twelve", "thirteen"));

        assertThat(nextEvent(Duration.ofSeconds(2))).isEqualTo("reload");
        assertThat(get("/about/").body()).contains("thirteen organisations");
        assertThat(log.toString()).contains("content/about/index.md changed (page): rebuilt");
    }

    @Test
    void pageInANewFolderIsWatchedAndServed() throws Exception {
        listen();

        site.put("content/news/index.md", "---\ntitle: News\n---\nThe new refuge opens in May.\n");

        assertThat(nextEvent(Duration.ofSeconds(3))).isEqualTo("reload");
        site.put("content/news/index.md", "---\ntitle: News\n---\nThe new refuge opens in June.\n");
        assertThat(nextEvent(Duration.ofSeconds(3))).isEqualTo("reload");
        assertThat(get("/news/").body()).contains("opens in June");
    }

    @Test
    void brokenFrontMatterShowsTheErrorsOverTheLastGoodSiteUntilFixed() throws Exception {
        listen();

        site.put("content/about/index.md", "---\ntitle: About us\ntitle: [twice\n---\nBroken <b>page</b>.\n");

        assertThat(nextEvent(Duration.ofSeconds(2))).isEqualTo("errors");
        HttpResponse<String> page = get("/about/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<aside class=\"waymark-overlay\"", "<link rel=\"stylesheet\" href=\"/__waymark/overlay.css\">")
                .containsPattern("<code class=\"waymark-place\">content/about/index\\.md:\\d+")
                .contains("twelve organisations"); // the last good page, under the panel
        assertThat(get("/").body()).contains("waymark-overlay");
        HttpResponse<String> errors = get("/__waymark/errors.json");
        assertThat(errors.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(errors.body()).startsWith("{\"ok\":false,").containsPattern("\"file\":\"content/about/index.md\",\"line\":[1-9]");
        assertThat(get("/__waymark/overlay.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");

        site.put("content/about/index.md", ABOUT.replace("twelve", "fourteen"));

        assertThat(nextEvent(Duration.ofSeconds(2))).isEqualTo("reload");
        assertThat(get("/about/").body()).contains("fourteen organisations").doesNotContain("waymark-overlay");
        assertThat(get("/__waymark/errors.json").body()).startsWith("{\"ok\":true,").endsWith("\"errors\":[]}");
    }

    @Test
    void eachRebuildRunsOnTheDayOfTheClockItWasGiven() throws Exception {
        // the helpline of the fixture was last verified on 2026-11-01, and goes stale after 180 days
        preview.close();
        MovingClock clock = new MovingClock(Instant.parse("2027-04-30T12:00:00Z"));
        preview = Preview.start(new Preview.Options(new Build.Options(site.root(), null, false, LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 24)), clock, 0, new PrintWriter(log, true), new PrintWriter(log, true)));
        assertThat(log.toString()).doesNotContain("more than 180 days ago");
        int before = warnings(log.toString().lines().filter(l -> l.startsWith("Built ")).findFirst().orElseThrow());
        listen();

        clock.now = Instant.parse("2027-05-01T12:00:00Z");
        site.put("content/helplines.yml", Files.readString(site.root().resolve("content/helplines.yml")) + "\n");

        assertThat(nextEvent(Duration.ofSeconds(3))).isEqualTo("reload");
        String rebuilt = log.toString().lines().filter(l -> l.contains("content/helplines.yml changed")).findFirst().orElseThrow();
        assertThat(rebuilt).startsWith("[12:00:00] ");
        assertThat(warnings(rebuilt)).isEqualTo(before + 1);
    }

    /** A clock that a test moves on, as days pass while the preview runs. */
    private static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The number of warnings a line of the preview's log counts ("…, 2 warnings."), or 0. */
    private static int warnings(String line) {
        Matcher m = Pattern.compile(", (\\d+) warnings?\\.").matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void pageThatMissedARebuildIsToldAsSoonAsItListens() throws Exception {
        String servedFrom = preview.state().token();
        site.put("content/about/index.md", ABOUT.replace("twelve", "fifteen"));
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (preview.state().token().equals(servedFrom) && System.nanoTime() < deadline) Thread.sleep(20);

        listen("?since=" + servedFrom);

        assertThat(nextEvent(Duration.ofSeconds(1))).isEqualTo("reload");
    }

    @Test
    void keepsEventStreamsOpenWithComments() throws Exception {
        preview.close();
        preview = Preview.start(new Preview.Options(new Build.Options(site.root(), null, false, LocalDate.of(2026, 11, 24), LocalDate.now()), Clock.systemDefaultZone(), 0,
                new PrintWriter(log, true), new PrintWriter(log, true)), Duration.ofMillis(100));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = http.sendAsync(request(Overlay.EVENTS).build(), HttpResponse.BodyHandlers.ofLines())
                .get(5, TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();

        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!lines.contains(": keep-alive") && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(lines).contains(": keep-alive");
    }

    @Test
    void stopsCleanlyWhilePagesAreListening() throws Exception {
        listen();
        long start = System.nanoTime();

        preview.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(log.toString()).doesNotContain("Exception");
    }

    @Test
    void portInUseGivesAClearMessageAndExitCode2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            int port = taken.getLocalPort();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "serve", "--site", site.root().toString(), "--port", Integer.toString(port));

            assertThat(code).isEqualTo(Main.USAGE);
            assertThat(err.toString()).contains("Port " + port + " is in use; try `waymark serve --port " + (port + 1) + "`.")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void serveOutsideASiteFolderSaysWhatToDo() {
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "serve", "--site", dir.resolve("nowhere").toString(), "--port", "0");

        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("There is no site-config.yml in").contains("--site");
    }

    // helpers

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path)).timeout(Duration.ofSeconds(5));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the event stream as the reload script does, and waits until the server holds it. */
    private void listen() throws Exception {
        listen("");
    }

    private void listen(String query) throws Exception {
        int before = preview.listeners();
        HttpResponse<Stream<String>> response = http.sendAsync(request(Overlay.EVENTS + query).build(), HttpResponse.BodyHandlers.ofLines())
                .get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> response.body()
                .filter(line -> line.startsWith("event: "))
                .forEach(line -> events.add(line.substring("event: ".length()))));
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (preview.listeners() <= before && System.nanoTime() < deadline) Thread.sleep(10);
    }

    private String nextEvent(Duration within) throws InterruptedException {
        String event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) fail("no event within " + within.toMillis() + " ms; log:\n" + log);
        return event;
    }

    /** Sends a request line exactly as given (HTTP clients tidy paths up), and returns the whole response. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), preview.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + preview.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
