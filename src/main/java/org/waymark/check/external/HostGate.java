package org.waymark.check.external;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one check polite to each host: at most so many requests at once, and a pause between the
 * starts of consecutive requests. One gate serves one run of the checker.
 */
final class HostGate {
    private final int perHost;
    private final long pauseNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int perHost, Duration pause) {
        this.perHost = perHost;
        this.pauseNanos = pause.toNanos();
    }

    /** Waits for a free slot on {@code host} and for its turn to start; pair with {@link #leave}. */
    void enter(String host) throws InterruptedException {
        Host h = host(host);
        h.permits.acquire();
        try {
            long wait = h.reserveStart(pauseNanos);
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            h.permits.release();
            throw e;
        }
    }

    void leave(String host) {
        host(host).permits.release();
    }

    private Host host(String name) {
        return hosts.computeIfAbsent(name == null ? "" : name.toLowerCase(Locale.ROOT), n -> new Host(perHost));
    }

    private static final class Host {
        final Semaphore permits;
        private long nextStart;
        private boolean started;

        Host(int permits) {
            this.permits = new Semaphore(permits, true);
        }

        /** Takes the next start time for this host and returns how long to wait for it, in nanoseconds. */
        synchronized long reserveStart(long pauseNanos) {
            long now = System.nanoTime();
            long start = started && nextStart - now > 0 ? nextStart : now;
            started = true;
            nextStart = start + pauseNanos;
            return start - now;
        }
    }
}
