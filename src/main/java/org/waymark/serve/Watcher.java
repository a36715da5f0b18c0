package org.waymark.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the sources of a site (content/ and themes/ with every folder in them, including folders
 * made later, and site-config.yml) and hands each burst of changes, once it has been quiet for a
 * moment, to a listener on the watcher's own thread. The listener runs one batch at a time; changes
 * made while it runs make the next batch.
 */
final class Watcher implements Closeable {
    /** How long the files must be quiet before a batch is handed over: editors write a file in several steps. */
    static final Duration QUIET = Duration.ofMillis(30);
    /** The longest a batch waits for quiet, so that a file written continuously still shows. */
    static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private static final List<String> TREES = List.of("content", "themes");
    private static final String CONFIG = "site-config.yml";

    private final Path root;
    private final Path output;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Consumer<Changes> listener;
    private final Thread thread;

    private Watcher(Path root, Path output, Consumer<Changes> listener) throws IOException {
        this.root = root;
        this.output = output;
        this.listener = listener;
        this.service = root.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "waymark-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching the site at {@code root}.
     *
     * @param output the output folder, whose changes are ignored should it lie among the sources
     */
    static Watcher start(Path root, Path output, Consumer<Changes> listener) throws IOException {
        Watcher w = new Watcher(root, output, listener);
        try {
            w.register(root);
            for (String tree : TREES) {
                Path dir = root.resolve(tree);
                if (Files.isDirectory(dir)) w.registerTree(dir, new ArrayList<>());
            }
        } catch (IOException | UncheckedIOException e) {
            w.close();
            throw e;
        }
        w.thread.start();
        return w;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to do: the service is going away
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Map<String, Change> batch = new LinkedHashMap<>();
                Set<String> created = new HashSet<>();
                collect(key, batch, created);
                long deadline = System.nanoTime() + MAX_WAIT.toNanos();
                while (System.nanoTime() < deadline) {
                    WatchKey next = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == null) break;
                    collect(next, batch, created);
                }
                // a file that appeared and went again while the batch gathered (a temporary file that an editor
                // or `sed -i` writes and renames over the real one) changed nothing
                batch.values().removeIf(c -> c.removed() && created.contains(c.path()));
                if (batch.isEmpty()) continue;
                try {
                    listener.accept(new Changes(new ArrayList<>(batch.values())));
                } catch (RuntimeException e) {
                    // the listener reports its own failures; watching goes on whatever happened
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the preview is stopping
        }
    }

    private void collect(WatchKey key, Map<String, Change> batch, Set<String> created) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                // events were lost: look for new folders and rebuild everything
                rescan(batch);
                batch.put("", new Change(Change.Kind.OTHER, "(many files)", false));
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (!relevant(dir, child)) continue;
            if (event.kind() == ENTRY_CREATE && !batch.containsKey(name(child))) created.add(name(child));
            boolean isDir = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
            if (event.kind() == ENTRY_MODIFY && isDir) continue;
            if (event.kind() == ENTRY_CREATE && isDir) {
                // a new folder: watch it, and count the files already in it (copied in with it)
                List<Path> files = new ArrayList<>();
                try {
                    registerTree(child, files);
                } catch (IOException | UncheckedIOException e) {
                    // it went away again, or cannot be read: the build will say so
                }
                for (Path f : files) add(batch, f);
                if (files.isEmpty()) add(batch, child);
            } else {
                add(batch, child);
            }
        }
        if (!key.reset()) dirs.remove(key);
    }

    /** Records the file's state as it is now: a file deleted and written again (as many editors save) has changed, not gone. */
    private void add(Map<String, Change> batch, Path file) {
        String rel = name(file);
        batch.put(rel, Change.of(rel, Files.notExists(file, LinkOption.NOFOLLOW_LINKS)));
    }

    private boolean relevant(Path dir, Path child) {
        String name = child.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~")) return false; // editors' swap and backup files
        if (output != null && child.startsWith(output)) return false;
        if (dir.equals(root)) return name.equals(CONFIG) || TREES.contains(name);
        return true;
    }

    private void rescan(Map<String, Change> batch) {
        for (String tree : TREES) {
            Path dir = root.resolve(tree);
            if (!Files.isDirectory(dir)) continue;
            try {
                registerTree(dir, new ArrayList<>());
            } catch (IOException | UncheckedIOException e) {
                // the next build reports what cannot be read
            }
        }
    }

    /** Watches {@code top} and every folder in it; adds the regular files found to {@code files}. */
    private void registerTree(Path top, List<Path> files) throws IOException {
        try (Stream<Path> s = Files.walk(top)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (output != null && p.startsWith(output)) continue;
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) register(p);
                else if (Files.isRegularFile(p) && relevant(p.getParent(), p)) files.add(p);
            }
        }
    }

    /** Watches one folder; for a folder watched already the JDK hands back its key, so a folder made again is watched anew. */
    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY}, MODIFIERS);
        dirs.put(key, dir);
    }

    private String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * On systems without native file events (macOS) the JDK polls every 10 seconds; this JDK-specific
     * modifier asks for 2. Looked up by name, as it is not part of the Java API; ignored where absent.
     */
    private static final WatchEvent.Modifier[] MODIFIERS = sensitivity();

    private static WatchEvent.Modifier[] sensitivity() {
        try {
            Class<?> c = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
            return new WatchEvent.Modifier[] {(WatchEvent.Modifier) c.getField("HIGH").get(null)};
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return new WatchEvent.Modifier[0];
        }
    }
}
