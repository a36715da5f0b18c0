package org.waymark.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread. */
public final class Futures {
    private Futures() {}

    /** What {@code future} gave, or what it threw, thrown here as it was. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** Waits for {@code future} to end, however it ends: when something else has already failed. */
    public static void waitOut(CompletableFuture<?> future) {
        future.exceptionally(x -> null).join();
    }
}
