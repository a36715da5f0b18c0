package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WatcherTest {
    @TempDir
    Path root;

    private final BlockingQueue<Changes> batches = new LinkedBlockingQueue<>();
    private Watcher watcher;

    @BeforeEach
    void watch() throws IOException {
        Files.createDirectories(root.resolve("content/about"));
        Files.createDirectories(root.resolve("themes/default/templates"));
        Files.writeString(root.resolve("site-config.yml"), "title: T\n");
        watcher = Watcher.start(root, root.resolve("public"), batches::add);
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void handsOverABurstOfChangesAsOneBatch() throws Exception {
        Files.writeString(root.resolve("content/about/index.md"), "a");
        Files.writeString(root.resolve("content/helplines.yml"), "b");
        Files.writeString(root.resolve("themes/default/templates/page.peb"), "c");
        Files.writeString(root.resolve("content/about/index.md"), "a again");

        Changes batch = next();

        assertThat(batch.changes()).extracting(Change::path).containsExactlyInAnyOrder(
                "content/about/index.md", "content/helplines.yml", "themes/default/templates/page.peb");
        assertThat(batch.kinds()).containsExactlyInAnyOrder(Change.Kind.PAGE, Change.Kind.DATA, Change.Kind.TEMPLATE);
    }

    @Test
    void watchesFoldersMadeAfterItStarted() throws Exception {
        Files.createDirectories(root.resolve("content/news/2026"));
        Files.writeString(root.resolve("content/news/2026/june.md"), "first");
        next();

        Files.writeString(root.resolve("content/news/2026/june.md"), "second");

        assertThat(next().changes()).containsExactly(new Change(Change.Kind.PAGE, "content/news/2026/june.md", false));
    }

    @Test
    void reportsARemovedFileAsRemoved() throws Exception {
        Files.writeString(root.resolve("content/about/old.md"), "x");
        next();

        Files.delete(root.resolve("content/about/old.md"));

        assertThat(next().changes()).containsExactly(new Change(Change.Kind.PAGE, "content/about/old.md", true));
    }

    @Test
    void seesTheConfigButNotOtherFilesOfTheSiteFolderNorEditorsSwapFiles() throws Exception {
        Files.writeString(root.resolve("README.md"), "x");
        Files.createDirectories(root.resolve("public"));
        Files.writeString(root.resolve("public/index.html"), "x");
        Files.writeString(root.resolve("content/.index.md.swp"), "x");
        Files.writeString(root.resolve("content/index.md~"), "x");
        Files.writeString(root.resolve("site-config.yml"), "title: U\n");

        assertThat(next().changes()).containsExactly(new Change(Change.Kind.CONFIG, "site-config.yml", false));
        assertThat(batches.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aTemporaryFileRenamedOverAPageIsAnEditOfThatPageOnly() throws Exception {
        Files.writeString(root.resolve("content/about/us.md"), "first");
        next();

        // as `sed -i` and many editors save: write a temporary file, then move it over the real one
        Path temp = root.resolve("content/about/sedX1b2c3");
        Files.writeString(temp, "second");
        Files.move(temp, root.resolve("content/about/us.md"), StandardCopyOption.REPLACE_EXISTING);

        assertThat(next().changes()).containsExactly(new Change(Change.Kind.PAGE, "content/about/us.md", false));
    }

    private Changes next() throws InterruptedException {
        Changes batch = batches.poll(5, TimeUnit.SECONDS);
        assertThat(batch).as("a batch of changes within 5 s").isNotNull();
        return batch;
    }
}
