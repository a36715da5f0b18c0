package org.waymark.check.external;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Severity;

/**
 * The external link check of {@code waymark check --external}: asks every distinct web address once,
 * politely (a few requests per host, spaced out), and reports each problem against every place the
 * address is written.
 *
 * <p>Addresses are asked with HEAD, or GET where HEAD is refused. Redirects are followed here, up
 * to {@value Probe#MAX_REDIRECTS}, so that a permanent move (301, 308) is reported with the new
 * address; temporary ones are followed silently. 2xx is fine; 404, 410 and other 4xx are errors;
 * 403 and 999 are warnings, since such sites refuse robots rather than readers; 429 waits for
 * {@code Retry-After}; 5xx, timeouts and connection failures are retried with back-off, then errors.
 * Good and warned-about results are cached for {@link ExternalCheckOptions#cacheLifetime()};
 * failures never are. Network problems are diagnostics, never exceptions.
 */
public final class ExternalLinkChecker {
    static final String RULE = "external-link";

    private final HttpClient client;
    private final ExternalCheckOptions options;
    private final Clock clock;

    /**
     * @param client must not follow redirects itself ({@link HttpClient.Redirect#NEVER}), or
     *     permanent redirects could not be reported; see {@link #newHttpClient}
     * @param clock dates cache entries and reads {@code Retry-After} dates
     */
    public ExternalLinkChecker(HttpClient client, ExternalCheckOptions options, Clock clock) {
        if (client == null || options == null || clock == null) {
            throw new IllegalArgumentException("client, options and clock are required");
        }
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HTTP client must not follow redirects (use Redirect.NEVER),"
                    + " or permanent redirects cannot be reported");
        }
        this.client = client;
        this.options = options;
        this.clock = clock;
    }

    /** A client fit for the checker: redirects left to the checker, connections given up after the timeout. */
    public static HttpClient newHttpClient(ExternalCheckOptions options) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
    }

    /**
     * Checks {@code links}, reports every problem into {@code diags} (rule {@value #RULE}, one
     * diagnostic per place an address is written) and updates the cache file.
     */
    public ExternalCheckResult check(List<ExternalLink> links, Diagnostics diags) {
        Map<String, List<ExternalLink>> byUrl = new LinkedHashMap<>();
        for (ExternalLink link : links) {
            byUrl.computeIfAbsent(Probe.withoutFragment(link.url()), u -> new ArrayList<>()).add(link);
        }
        Instant started = clock.instant();
        Optional<LinkCache> cache = Optional.ofNullable(options.cacheFile()).map(f -> LinkCache.load(f, diags));
        SkipList skipList = new SkipList(options.skip());

        int skipped = 0;
        int fromCache = 0;
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<String> toAsk = new ArrayList<>();
        for (String url : byUrl.keySet()) {
            if (skipList.skips(url)) {
                skipped++;
                continue;
            }
            Optional<LinkCache.Entry> kept = cache.flatMap(c -> c.fresh(url, started, options.cacheLifetime()));
            if (kept.isPresent()) {
                LinkCache.Entry e = kept.get();
                outcomes.put(url, Outcome.fromStatus(url, e.status(), e.finalUrl(), e.permanentRedirect(), 1));
                fromCache++;
            } else {
                outcomes.put(url, null);
                toAsk.add(url);
            }
        }

        Map<String, Outcome> asked = ask(toAsk);
        outcomes.putAll(asked);
        cache.ifPresent(c -> {
            Instant now = clock.instant();
            asked.forEach((url, outcome) -> c.record(url, outcome, now));
            c.save(now, options.cacheLifetime(), diags);
        });

        int ok = 0;
        int warnings = 0;
        int errors = 0;
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            Outcome outcome = e.getValue();
            if (outcome.isOk()) {
                ok++;
                continue;
            }
            if (outcome.severity() == Severity.ERROR) errors++;
            else warnings++;
            for (ExternalLink place : byUrl.get(e.getKey())) {
                diags.add(new Diagnostic(outcome.severity(), place.file(), place.line(), 0, RULE,
                        outcome.message(place.url().trim()), outcome.hint()));
            }
        }
        return new ExternalCheckResult(toAsk.size(), fromCache, skipped, ok, warnings, errors);
    }

    /** Asks every address on a pool made for this run; the pool is gone when this returns. */
    private Map<String, Outcome> ask(List<String> urls) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (urls.isEmpty()) return outcomes;
        Probe probe = new Probe(client, options, new HostGate(options.perHostConcurrency(),
                options.pauseBetweenRequestsToSameHost()), clock);
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(options.overallConcurrency(), urls.size()), daemonThreads());
        try {
            Map<String, Future<Outcome>> running = new LinkedHashMap<>();
            for (String url : interleavedByHost(urls)) {
                running.put(url, pool.submit(() -> probe.check(url)));
            }
            boolean interrupted = false;
            for (String url : urls) {
                if (interrupted) {
                    outcomes.put(url, Outcome.interrupted(url));
                    continue;
                }
                try {
                    outcomes.put(url, running.get(url).get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    interrupted = true;
                    pool.shutdownNow();
                    outcomes.put(url, Outcome.interrupted(url));
                } catch (ExecutionException e) {
                    outcomes.put(url, Outcome.failed(url, String.valueOf(e.getCause())));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /**
     * The addresses reordered to take hosts in turn, so that the pool's threads are not all kept
     * waiting on one host's limit while other hosts are free.
     */
    static List<String> interleavedByHost(List<String> urls) {
        Map<String, Deque<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(host(url), h -> new ArrayDeque<>()).add(url);
        }
        List<String> order = new ArrayList<>(urls.size());
        while (order.size() < urls.size()) {
            for (Deque<String> queue : byHost.values()) {
                if (!queue.isEmpty()) order.add(queue.poll());
            }
        }
        return order;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "waymark-external-link-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
