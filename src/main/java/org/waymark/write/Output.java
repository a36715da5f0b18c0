package org.waymark.write;

import java.io.IOException;
import java.util.List;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The output of one build. Files are written to a staging folder beside the output folder; {@link
 * #commit()} swaps it into place, {@link #discard()} removes it, so a failed build leaves the last good
 * site exactly as it was. An existing output folder that Waymark did not create (it has no marker file)
 * is never replaced.
 */
public final class Output {
    /** The file that marks a folder as written by Waymark. */
    public static final String MARKER = ".waymark-output";

    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private Output(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Prepares a staging folder for {@code target}.
     *
     * @return the output, or empty with the reason in {@code problem} when {@code target} exists and was
     *     not written by Waymark
     */
    public static Output stage(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + target.getFileName() + ".staging-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), "This folder is written by Waymark; it is replaced on every build.\n");
        return new Output(target.toAbsolutePath(), staging);
    }

    /**
     * Writes straight into {@code target}, for the preview server's updates of a few files; {@link #commit}
     * and {@link #discard} must not be called on it.
     */
    public static Output direct(Path target) {
        return new Output(target.toAbsolutePath(), target.toAbsolutePath());
    }

    /** Why {@code target} may not be replaced, or empty when it may. */
    public static Optional<String> refusal(Path target) {
        if (!Files.exists(target)) return Optional.empty();
        if (!Files.isDirectory(target)) return Optional.of(target + " exists and is not a folder.");
        if (Files.exists(target.resolve(MARKER))) return Optional.empty();
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isEmpty()) return Optional.empty();
        } catch (IOException e) {
            return Optional.of(target + " cannot be read: " + e.getMessage());
        }
        return Optional.of(target + " holds files that Waymark did not write (it has no " + MARKER + " file).");
    }

    /** The staging folder (for tests and for the checks that read what was written). */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** The output paths written so far, relative and with forward slashes ("strategy/index.html"). */
    public Set<String> written() {
        return Set.copyOf(written);
    }

    public boolean has(String relative) {
        return written.contains(relative);
    }

    public void write(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] bytes) {
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public void copy(Path source, String relative) {
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source, e);
        }
    }

    private Path resolve(String relative) {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging)) throw new IllegalArgumentException("output path escapes the output folder: " + relative);
        written.add(relative);
        return file;
    }

    /** Puts the staged site in place of the target, then removes the old site. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) move(old, target);
            throw e;
        }
        if (old != null) delete(old);
    }

    /** Removes the staging folder; the target is untouched. */
    public void discard() {
        try {
            delete(staging);
        } catch (IOException e) {
            // a leftover staging folder is harmless: it starts with a dot and the next build makes a new one
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder and everything in it. The folders in it (a site's sections) are deleted side by side, each
     * on one core, file by file as the walk finds them and each folder after what is in it.
     */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            // a link (an output folder that was a link to one elsewhere) goes, not what it points to
            Files.delete(dir);
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.toList();
        }
        try {
            entries.parallelStream().forEach(entry -> {
                try {
                    deleteTree(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.delete(dir);
    }

    private static void deleteTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
