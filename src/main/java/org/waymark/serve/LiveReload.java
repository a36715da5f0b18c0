package org.waymark.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server-sent event stream that open pages listen to: {@code reload} after a build that
 * succeeded, {@code errors} after one that failed, a comment every so often to keep the connection
 * open. Each listening page holds one request thread until it goes away or the preview stops.
 */
final class LiveReload {
    private static final String STOP = "";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final Supplier<State> state;
    private final Duration keepAlive;
    private volatile boolean closed;

    LiveReload(Supplier<State> state, Duration keepAlive) {
        this.state = state;
        this.keepAlive = keepAlive;
    }

    /** Tells every open page about the build that just finished. */
    void announce(State built) {
        String message = message(built);
        for (BlockingQueue<String> q : clients) q.offer(message);
    }

    int listeners() {
        return clients.size();
    }

    /**
     * Streams events to one page until it goes away. A page that names the build it was served from
     * ({@code ?since=token}) and missed a later build is told at once.
     */
    void stream(HttpExchange exchange, String since) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream body = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            write(body, "retry: 1000\n: connected\n\n");
            State now = state.get();
            if (since != null && !since.isEmpty() && !since.equals(now.token())) write(body, message(now));
            while (!closed) {
                String next = queue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) write(body, ": keep-alive\n\n");
                else if (next.equals(STOP)) break;
                else write(body, next);
            }
        } catch (IOException e) {
            // the page went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    /** Ends every stream, so that the server can stop. */
    void close() {
        closed = true;
        for (BlockingQueue<String> q : clients) q.offer(STOP);
    }

    private static String message(State s) {
        return "event: " + (s.ok() ? "reload" : "errors") + "\ndata: " + s.token() + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
