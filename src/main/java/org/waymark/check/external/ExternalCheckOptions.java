package org.waymark.check.external;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How politely, how patiently and with which cache the external links are checked.
 *
 * @param perHostConcurrency most requests in flight at once to one host
 * @param overallConcurrency most requests in flight at once in all
 * @param pauseBetweenRequestsToSameHost least time between the starts of two requests to one host
 * @param timeout how long one request may take
 * @param retries how many more times an address is tried after a 5xx, 429, timeout or connection error
 * @param initialBackoff wait before the first retry; doubled for each further retry
 * @param maxRetryAfter longest wait a 429 answer's {@code Retry-After} may ask for
 * @param cacheLifetime how long a good (or warned-about) result is reused without a request
 * @param cacheFile the JSON cache file, or null for no cache
 * @param skip addresses not to check: each entry is a prefix ({@code https://www.linkedin.com/}) or a
 *     regular expression found anywhere in the address ({@code facebook\.com})
 */
public record ExternalCheckOptions(
        int perHostConcurrency,
        int overallConcurrency,
        Duration pauseBetweenRequestsToSameHost,
        Duration timeout,
        int retries,
        Duration initialBackoff,
        Duration maxRetryAfter,
        Duration cacheLifetime,
        Path cacheFile,
        List<String> skip) {

    public ExternalCheckOptions {
        if (perHostConcurrency < 1 || overallConcurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (retries < 0) throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
        requireNotNegative(pauseBetweenRequestsToSameHost, "pauseBetweenRequestsToSameHost");
        requireNotNegative(initialBackoff, "initialBackoff");
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
        requireNotNegative(cacheLifetime, "cacheLifetime");
        requireNotNegative(timeout, "timeout");
        if (timeout.isZero()) throw new IllegalArgumentException("timeout must be more than zero");
        skip = skip == null ? List.of() : List.copyOf(skip);
    }

    /** Two requests at a time per host half a second apart, 8 overall, 10 s timeout, 2 retries, a week's cache. */
    public static ExternalCheckOptions defaults(Path cacheFile) {
        return new ExternalCheckOptions(2, 8, Duration.ofMillis(500), Duration.ofSeconds(10), 2,
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofDays(7), cacheFile, List.of());
    }

    private static void requireNotNegative(Duration d, String name) {
        if (d == null || d.isNegative()) throw new IllegalArgumentException(name + " must be zero or more");
    }
}
