package org.waymark.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The output of one build. Files are written to a staging folder beside the output folder; {@link
 * #commit()} swaps it into place, {@link #discard()} removes it, so a failed build leaves the last good
 * site exactly as it was. An existing output folder that Waymark did not create (it has no marker file)
 * is never replaced: the build asks {@link #refusal} first. When the preview server renders a page again, the
 * search index files it changes are written into the output folder itself ({@link #direct}).
 */
public final class Output {
    /** The file that marks a folder as written by Waymark. */
    public static final String MARKER = ".waymark-output";

    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final List<String> notes;
    private final boolean exchange;
    private final Runnable between;

    private Output(Path target, Path staging, List<String> notes, boolean exchange, Runnable between) {
        this.target = target;
        this.staging = staging;
        this.notes = List.copyOf(notes);
        this.exchange = exchange;
        this.between = between;
    }

    /**
     * Prepares a new staging folder beside {@code target}, with the marker file in it, after removing what builds that
     * died left there (their staging folders and old sites), and starts loading the C library the swap needs. Whether
     * {@code target} may be replaced is {@link #refusal}'s question, asked before.
     */
    public static Output stage(Path target) throws IOException {
        return stage(target, true, () -> {});
    }

    /**
     * As {@link #stage(Path)}; for the tests, {@code exchange} false swaps with two renames even where one exchange
     * would do, and {@code between} runs between the steps of the swap.
     */
    static Output stage(Path target, boolean exchange, Runnable between) throws IOException {
        if (exchange) Swap.prepare();
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        List<String> notes = removeLeftovers(absolute);
        Path staging = parent.resolve(leftoverName(absolute, STAGING));
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), "This folder is written by Waymark; it is replaced on every build.\n");
        return new Output(absolute, staging, notes, exchange, between);
    }

    private static final String STAGING = ".staging-";
    private static final String OLD = ".old-";

    /**
     * A name beside {@code target} for a staging folder or an old site: ".public.staging-4711-1a2b3c4d", with the id of
     * the process that made it, so that a later build can tell a dead build's leftovers from a running one's.
     */
    private static String leftoverName(Path target, String kind) {
        return "." + target.getFileName() + kind + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Removes the staging folders and old sites beside {@code target} that a build left when it was killed: those of
     * processes no longer running (and those named before names had a process id).
     *
     * @return what could not be removed, in words, for a warning
     */
    private static List<String> removeLeftovers(Path target) {
        String prefix = "." + target.getFileName();
        List<Path> dead;
        try (Stream<Path> s = Files.list(target.getParent())) {
            dead = s.filter(p -> {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix + STAGING) && !n.startsWith(prefix + OLD)) return false;
                String rest = n.substring(n.startsWith(prefix + STAGING) ? (prefix + STAGING).length() : (prefix + OLD).length());
                int dash = rest.indexOf('-');
                if (dash < 0) return true;
                try {
                    long pid = Long.parseLong(rest.substring(0, dash));
                    return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                } catch (NumberFormatException e) {
                    return true;
                }
            }).toList();
        } catch (IOException e) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (Path p : dead) {
            try {
                delete(p);
            } catch (IOException | UncheckedIOException e) {
                notes.add("A build that stopped before it finished left " + p + ", and it could not be removed: "
                        + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage() + ". Delete it yourself.");
            }
        }
        return notes;
    }

    /** What {@link #stage} could not tidy: leftovers of dead builds that could not be removed, in words. */
    public List<String> notes() {
        return notes;
    }

    /**
     * Writes straight into {@code target}, for the search index files the preview server changes after an edit (the
     * pages it renders again are replaced each in one move by build/Live); {@link #commit} and {@link #discard} must
     * not be called on it.
     */
    public static Output direct(Path target) {
        return new Output(target.toAbsolutePath(), target.toAbsolutePath(), List.of(), false, () -> {});
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

    /**
     * The folder the files are written to: the staging folder, or the target itself for {@link #direct}. The search
     * indexes read and delete their own files in it.
     */
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

    /**
     * Puts the staged site in place of the target, then removes the old site. Where the system can (Linux), the two
     * folders are exchanged in one step, so that the target exists at every instant; elsewhere the target is renamed
     * away and the staged site renamed into its place.
     *
     * @return empty, or, when the new site is in place but the old one could not be removed, that in words
     * @throws IOException when the new site could not be put in place; the target is then as it was, unless the
     *     exception is a {@link Moved}
     */
    public Optional<String> commit() throws IOException {
        Path old;
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Atomic.move(staging, target);
            return Optional.empty();
        }
        if (exchange && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && Swap.exchange(staging, target)) {
            // the staging folder's name now holds the old site
            old = staging;
            between.run();
        } else {
            old = target.resolveSibling(leftoverName(target, OLD));
            Atomic.move(target, old);
            between.run();
            try {
                Atomic.move(staging, target);
            } catch (IOException e) {
                try {
                    Atomic.move(old, target);
                } catch (IOException back) {
                    throw new Moved("The new site could not be put in place (" + e.getMessage() + "), and the last site could "
                            + "not be put back either: it is in " + old + ". Rename that folder to " + target.getFileName()
                            + " to publish it again.", e);
                }
                throw e;
            }
        }
        try {
            delete(old);
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            String why = (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage();
            return Optional.of("The new site is published in " + target + ", but the old copy at " + old
                    + " could not be removed (" + why + "). Delete it yourself; the next build tries again.");
        }
    }

    /** The new site could not be put in place and the last one is no longer where it was; the message says where it is. */
    public static final class Moved extends IOException {
        private static final long serialVersionUID = 1L;

        Moved(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** Removes the staging folder; the target is untouched. */
    public void discard() {
        try {
            delete(staging);
        } catch (IOException e) {
            // a leftover staging folder is harmless: it starts with a dot and the next build makes a new one
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
