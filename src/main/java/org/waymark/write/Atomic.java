package org.waymark.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Puts a file or a folder in its place in one step where the file system can, so that no reader ever sees half
 * of it: the site's staged folder, a page the preview server renders again, the external link cache.
 */
public final class Atomic {
    private Atomic() {}

    /**
     * Writes {@code bytes} to a hidden file beside {@code file}, then moves it over {@code file}. When that fails the
     * hidden file is removed and {@code file} is as it was.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Files.write(temp, bytes);
            move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    /** Moves {@code from} to {@code to} in one step, or, where the file system cannot, as it can. */
    static void move(Path from, Path to, CopyOption... options) throws IOException {
        CopyOption[] atomic = new CopyOption[options.length + 1];
        System.arraycopy(options, 0, atomic, 0, options.length);
        atomic[options.length] = StandardCopyOption.ATOMIC_MOVE;
        try {
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, options);
        }
    }
}
