package org.waymark.build;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * What a stage of the build hands to the next: its record, or that the build stopped, with the output folder to name
 * as left as it was (null when the build never came to it). The problems are in the build's diagnostics.
 */
sealed interface Step<T> {
    record Next<T>(T value) implements Step<T> {}

    record Stopped<T>(Path output) implements Step<T> {}

    static <T> Step<T> next(T value) {
        return new Next<>(value);
    }

    static <T> Step<T> stopped(Path output) {
        return new Stopped<>(output);
    }

    /** The next stage's step, run on this one's record; or, when this one stopped, stopped too. */
    default <U> Step<U> then(Function<T, Step<U>> stage) {
        return this instanceof Next<T> next ? stage.apply(next.value()) : new Stopped<>(((Stopped<T>) this).output());
    }

    /** The record, or what {@code stopped} makes of the output folder when the build stopped. */
    default T orElse(Function<Path, T> stopped) {
        return this instanceof Next<T> next ? next.value() : stopped.apply(((Stopped<T>) this).output());
    }
}
