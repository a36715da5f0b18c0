package org.waymark.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.waymark.build.Build;
import org.waymark.build.Live;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.render.Headers;
import org.waymark.yaml.YamlReader;

/**
 * A preview of a site while it is edited: builds it, serves the output folder on 127.0.0.1, and
 * rebuilds whenever a source changes, telling open pages to reload. When a build fails the last good
 * site stays, and every page shows the errors over it until a build succeeds again.
 *
 * <p>The site is served as a host that reads the build's {@code _redirects} and {@code _headers} serves it
 * ({@link HostRules}): the directory's API answers its own addresses, and only it is open to other origins.
 *
 * <p>Only the JDK is used: {@link HttpServer} for HTTP, the file system's {@code WatchService} for changes.
 * Nothing the preview adds to a page (the reload script, the error panel) is ever written to disk.
 */
public final class Preview implements AutoCloseable {
    /** How often an open event stream gets a comment, so that nothing between closes it for being idle. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final List<Map.Entry<String, String>> SECURITY_HEADERS = securityHeaders();

    /**
     * How to preview.
     *
     * @param build what to build, as for {@code waymark build}; each build runs on the clock's day
     * @param clock the time of day for the log, and the day of each build (the preview runs for days)
     * @param port the port on 127.0.0.1, or 0 for any free port
     * @param out where the preview says what it did (one line per rebuild)
     * @param err where build errors and warnings are printed
     */
    public record Options(Build.Options build, Clock clock, int port, PrintWriter out, PrintWriter err) {}

    private final Options options;
    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveReload live;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>();
    private final Object building = new Object();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Watcher watcher;

    private Preview(Options options, HttpServer server, Duration keepAlive) {
        this.options = options;
        this.root = options.build().root().toAbsolutePath().normalize();
        this.server = server;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "waymark-serve-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.live = new LiveReload(state::get, keepAlive);
        Path output = options.build().output() != null ? options.build().output().toAbsolutePath().normalize() : root.resolve("public");
        state.set(new State(token(), false, List.of(), output, "/"));
    }

    /**
     * Builds the site once, then serves it and watches its sources until {@link #close()}.
     *
     * @throws BindException when the port is in use
     * @throws IOException when the port cannot be opened or the sources cannot be watched
     */
    public static Preview start(Options options) throws IOException {
        return start(options, KEEP_ALIVE);
    }

    static Preview start(Options options, Duration keepAlive) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), options.port()), 0);
        Preview preview = new Preview(options, server, keepAlive);
        try {
            preview.watcher = Watcher.start(preview.root, preview.state.get().output(), preview::build);
        } catch (IOException | UncheckedIOException e) {
            server.stop(0);
            preview.executor.shutdownNow();
            throw e;
        }
        preview.build(null);
        server.createContext("/", preview::handle);
        server.setExecutor(preview.executor);
        server.start();
        return preview;
    }

    /** The port the preview listens on (the one asked for, or the one chosen for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of the site's home page: {@code http://127.0.0.1:8080/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + state.get().basePath();
    }

    /** Whether the latest build succeeded. */
    public boolean ok() {
        return state.get().ok();
    }

    /** Stops serving and watching; open pages are disconnected. Safe to call more than once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) return;
        Watcher w = watcher;
        if (w != null) w.close();
        live.close();
        server.stop(0); // event streams have been told to end; nothing else is worth waiting for
        executor.shutdownNow();
        closed.countDown();
    }

    /** Waits until {@link #close()} has been called (by the shutdown hook on Ctrl-C). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    State state() {
        return state.get();
    }

    int listeners() {
        return live.listeners();
    }

    // building

    /** Builds the site (after {@code changes}, or for the first time when null), keeps the outcome for the pages served, and tells open pages. */
    private void build(Changes changes) {
        synchronized (building) {
            if (closing.get()) return;
            Build.Result result = runBuild(changes);
            State before = state.get();
            Path output = result.output() != null ? result.output() : before.output();
            String basePath = result.ok() ? basePath().orElse(before.basePath()) : before.basePath();
            List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
            // the rules of the site served: the new one's, or the last good one's, which stays when a build fails
            HostRules rules = result.ok() ? HostRules.read(output) : before.rules();
            State after = new State(token(), result.ok(), errors, output, basePath, rules);
            state.set(after);
            log(changes, result);
            live.announce(after);
        }
    }

    /** The last good build, kept for page edits; empty after a failed full build. */
    private Optional<Live> lastGood = Optional.empty();

    private Build.Result runBuild(Changes changes) {
        long start = System.nanoTime();
        try {
            if (changes != null && lastGood.isPresent() && changes.kinds().equals(Set.of(Change.Kind.PAGE))
                    && changes.changes().stream().noneMatch(Change::removed)) {
                // only the text of pages changed: render those pages again, not the site
                Set<String> paths = new HashSet<>();
                for (Change c : changes.changes()) paths.add(c.path());
                Optional<Build.Result> updated = lastGood.get().update(paths);
                if (updated.isPresent()) return updated.get();
            }
            Build.Built built = Build.start(options.build().on(LocalDate.now(options.clock())));
            lastGood = built.live();
            return built.result();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a bug in Waymark, not in the content: say so, and keep serving the last good site
            options.err().println("Internal error in Waymark while building (not a problem in your content): " + e);
            e.printStackTrace(options.err());
            Diagnostic d = Diagnostic.error(ConfigLoader.FILE, Pos.NONE, "internal", "Waymark failed while building: " + e,
                    "this is a bug in Waymark; the last good site is still served, and saving a file tries again");
            return new Build.Result(false, List.of(d), 0, null, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private Optional<String> basePath() {
        return ConfigLoader.load(root, new YamlReader(), new Diagnostics()).map(SiteConfig::basePath);
    }

    private void log(Changes changes, Build.Result result) {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        long ms = result.took().toMillis();
        String warnings = result.warnings() == 0 ? "" : ", " + result.warnings() + (result.warnings() == 1 ? " warning" : " warnings");
        String errors = result.errors() + (result.errors() == 1 ? " error" : " errors");
        if (changes == null) {
            for (Diagnostic d : result.diagnostics()) err.println(d.format());
            if (result.ok()) out.printf("Built %d pages in %d ms%s.%n", result.pages(), ms, warnings);
            else err.printf("The site has %s: open it in the browser to see them; fix them and save, and it rebuilds by itself.%n", errors);
        } else {
            String when = "[" + LocalTime.now(options.clock()).truncatedTo(ChronoUnit.SECONDS).format(CLOCK) + "] " + changes.describe() + ": ";
            if (result.ok()) {
                out.printf("%srebuilt %d %s in %d ms%s.%n", when, result.pages(), result.pages() == 1 ? "page" : "pages", ms, warnings);
            } else {
                for (Diagnostic d : result.diagnostics()) if (d.isError()) err.println(d.format());
                err.printf("%s%s in %d ms; the browser shows them over the last good site.%n", when, errors, ms);
            }
        }
        out.flush();
        err.flush();
    }

    private String token() {
        return run + "-" + generation.incrementAndGet();
    }

    // serving

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            for (Map.Entry<String, String> h : SECURITY_HEADERS) exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            String method = exchange.getRequestMethod();
            if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 403, "This preview answers only to 127.0.0.1:" + port() + ".", false);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "The preview only reads: use GET or HEAD.", false);
                return;
            }
            boolean head = method.equals("HEAD");
            String path = exchange.getRequestURI().getRawPath();
            if (path != null && path.startsWith(Overlay.PREFIX)) own(exchange, path, head);
            else site(exchange, path, head);
        } catch (IOException e) {
            // the browser went away
        }
    }

    /** The preview's own files: the reload script, the overlay's stylesheet, the errors, the events. */
    private void own(HttpExchange exchange, String path, boolean head) throws IOException {
        switch (path) {
            case Overlay.SCRIPT -> send(exchange, 200, "text/javascript; charset=utf-8", resource("reload.js"), head);
            case Overlay.STYLESHEET -> send(exchange, 200, "text/css; charset=utf-8", resource("overlay.css"), head);
            case Overlay.ERRORS -> send(exchange, 200, "application/json",
                    Overlay.json(state.get()).getBytes(StandardCharsets.UTF_8), head);
            case Overlay.EVENTS -> {
                if (head) send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0], true);
                else live.stream(exchange, query(exchange.getRequestURI().getRawQuery(), "since"));
            }
            default -> text(exchange, 404, "Not found.", head);
        }
    }

    private void site(HttpExchange exchange, String path, boolean head) throws IOException {
        State now = state.get();
        if (!Files.isDirectory(now.output())) {
            html(exchange, now.ok() ? 404 : 503, Overlay.noSite(), now, head);
            return;
        }
        if (path != null) {
            for (Map.Entry<String, String> h : now.rules().headersFor(path)) exchange.getResponseHeaders().set(h.getKey(), h.getValue());
        }
        SiteFiles.Resolution r = SiteFiles.resolve(now.output(), path, now.basePath());
        if (r instanceof SiteFiles.Missing && path != null) {
            // as a host that reads _redirects: an address that is no file may be answered from one (the API's)
            Optional<String> to = now.rules().rewrite(path, exchange.getRequestURI().getRawQuery());
            if (to.isPresent()) r = SiteFiles.resolve(now.output(), to.get(), now.basePath());
        }
        if (r instanceof SiteFiles.Found found) {
            file(exchange, 200, found.file(), now, head);
        } else if (r instanceof SiteFiles.Redirect redirect) {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", redirect.location() + (query == null ? "" : "?" + query));
            text(exchange, 301, "Moved to " + redirect.location(), head);
        } else if (r instanceof SiteFiles.Refused) {
            text(exchange, 403, "Forbidden: the preview serves only the files of the site.", head);
        } else {
            SiteFiles.Resolution notFound = SiteFiles.resolve(now.output(), now.basePath() + "404.html", now.basePath());
            if (notFound instanceof SiteFiles.Found page) file(exchange, 404, page.file(), now, head);
            else if (!now.ok()) html(exchange, 404, Overlay.noSite(), now, head);
            else text(exchange, 404, "Not found.", head);
        }
    }

    private void file(HttpExchange exchange, int status, Path file, State now, boolean head) throws IOException {
        String type = SiteFiles.type(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // replaced by a rebuild while being read: the browser reloads in a moment
            text(exchange, 503, "The site is being rebuilt; reload in a moment.", head);
            return;
        }
        if (SiteFiles.isHtml(type)) html(exchange, status, new String(bytes, StandardCharsets.UTF_8), now, head);
        else send(exchange, status, type, bytes, head);
    }

    private static void html(HttpExchange exchange, int status, String page, State now, boolean head) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", Overlay.inject(page, now).getBytes(StandardCharsets.UTF_8), head);
    }

    private static void text(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            // the JDK server sends no body for HEAD; the length is set by hand, as its documentation asks
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private boolean localHost(String host) {
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        String port = ":" + port();
        return h.equals("127.0.0.1" + port) || h.equals("localhost" + port);
    }

    private static String query(String raw, String name) {
        if (raw == null) return null;
        for (String pair : raw.split("&")) {
            if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
        }
        return null;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Preview.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/waymark/serve/" + name);
            return in.readAllBytes();
        }
    }

    /** The headers of {@link Headers#file()} (the {@code _headers} file of the build), one pair each. */
    private static List<Map.Entry<String, String>> securityHeaders() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line : Headers.file().split("\n")) {
            if (!line.startsWith("  ")) continue;
            int colon = line.indexOf(':');
            if (colon > 0) headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        return List.copyOf(headers);
    }
}
