package org.waymark.check.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Asks about one address: HEAD first (GET where HEAD is refused), redirects followed by hand so
 * permanent ones can be reported, retries with back-off for server errors, rate limits and network
 * failures. Never throws for a network problem; the answer is an {@link Outcome}.
 */
final class Probe {
    static final int MAX_REDIRECTS = 10;
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; Waymark link checker)";
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 405, 501);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final ExternalCheckOptions options;
    private final HostGate gate;
    private final Clock clock;

    Probe(HttpClient client, ExternalCheckOptions options, HostGate gate, Clock clock) {
        this.client = client;
        this.options = options;
        this.gate = gate;
        this.clock = clock;
    }

    /** The address without its fragment, as requested and as cached; fragments are never sent. */
    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return (hash < 0 ? url : url.substring(0, hash)).trim();
    }

    /** The address as a URI the HTTP client accepts: absolute, ASCII only, with a host. */
    static URI parse(String url) throws URISyntaxException {
        URI uri = new URI(new URI(url).toASCIIString());
        if (uri.getHost() == null || uri.getHost().isEmpty()) throw new URISyntaxException(url, "no host name");
        return uri;
    }

    Outcome check(String url) {
        URI current;
        try {
            current = parse(url);
        } catch (URISyntaxException e) {
            return Outcome.invalid(url, e.getReason());
        }
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        int retriesLeft = options.retries();
        int backoffs = 0;
        int tries = 0;
        int hops = 0;
        boolean useGet = false;
        boolean permanent = false;
        try {
            while (true) {
                Answer answer = send(current, useGet ? "GET" : "HEAD");
                if (!useGet && answer.failure() == null && HEAD_REFUSED.contains(answer.status())) {
                    useGet = true;
                    continue;
                }
                tries++;
                if (answer.failure() != null) {
                    if (retriesLeft-- > 0) {
                        pause(backoff(backoffs++));
                        continue;
                    }
                    return Outcome.unreachable(url, answer.failure(), options.timeout(), tries);
                }
                int status = answer.status();
                if (status == 429 && retriesLeft-- > 0) {
                    Duration asked = RetryAfter.parse(answer.retryAfter(), clock.instant()).orElse(backoff(backoffs++));
                    pause(min(asked, options.maxRetryAfter()));
                    continue;
                }
                if (status >= 500 && status <= 599 && retriesLeft-- > 0) {
                    pause(backoff(backoffs++));
                    continue;
                }
                if (REDIRECTS.contains(status)) {
                    if (answer.location() == null) {
                        return Outcome.badRedirect(url, status, "did not say where to");
                    }
                    URI next;
                    try {
                        URI location = new URI(answer.location().trim().replace(" ", "%20"));
                        next = parse(withoutFragment(current.resolve(location).toString()));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        return Outcome.badRedirect(url, status, "redirects to an invalid address");
                    }
                    if (!SkipList.isWeb(next.toString())) {
                        return Outcome.badRedirect(url, status, "redirects to " + next + ", which is not a web page");
                    }
                    permanent |= status == 301 || status == 308;
                    if (!seen.add(next)) return Outcome.redirectLoop(url, current.toString());
                    if (++hops > MAX_REDIRECTS) return Outcome.tooManyRedirects(url, MAX_REDIRECTS);
                    current = next;
                    tries = 0;
                    continue;
                }
                return Outcome.fromStatus(url, status, current.toString(), permanent, tries);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.interrupted(url);
        }
    }

    private Answer send(URI uri, String method) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(options.timeout())
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .build();
        } catch (IllegalArgumentException e) {
            return new Answer(0, null, null, new IOException(e.getMessage(), e));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        gate.enter(host);
        try {
            if (method.equals("HEAD")) {
                HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                return Answer.of(r);
            }
            // the body is not wanted: closing the stream unread stops the download of large files
            HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            return Answer.of(r);
        } catch (IOException e) {
            return new Answer(0, null, null, e);
        } catch (IllegalArgumentException | SecurityException e) {
            return new Answer(0, null, null, new IOException(e.getMessage(), e));
        } finally {
            gate.leave(host);
        }
    }

    private Duration backoff(int step) {
        return options.initialBackoff().multipliedBy(1L << Math.min(step, 20));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration d) throws InterruptedException {
        if (!d.isZero() && !d.isNegative()) Thread.sleep(d.toMillis());
    }

    /** One HTTP answer, or the failure that prevented it. */
    record Answer(int status, String location, String retryAfter, IOException failure) {
        static Answer of(HttpResponse<?> r) {
            return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Retry-After").orElse(null), null);
        }
    }
}
