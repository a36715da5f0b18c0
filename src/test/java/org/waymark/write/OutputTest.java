package org.waymark.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.cli.Main;
import org.waymark.testing.TestSite;

/** The swap of a new site into place, as the people who serve the output folder see it. */
class OutputTest {
    @TempDir
    Path dir;

    private static void site(Output out, String text) {
        out.write("index.html", text);
        out.write("section/index.html", text);
    }

    @Test
    void theOutputFolderExistsAtEveryInstantOfManySwaps() throws Exception {
        Path target = dir.resolve("public");
        Output first = Output.stage(target);
        site(first, "0");
        first.commit();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                looks.incrementAndGet();
                if (!Files.isDirectory(target)) missing.incrementAndGet();
            }
        });
        watcher.start();
        try {
            for (int i = 1; i <= 100; i++) {
                Output out = Output.stage(target);
                site(out, Integer.toString(i));
                out.commit();
            }
        } finally {
            done.set(true);
            watcher.join();
        }
        assertThat(looks.get()).isPositive();
        assertThat(missing.get()).as("times " + target + " was missing in " + looks.get() + " looks").isZero();
        assertThat(Files.readString(target.resolve("index.html"))).isEqualTo("100");
    }

    @Test
    void theOutputFolderExistsBetweenTheStepsOfTheSwap() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "one exchange is Linux's renameat2");
        Path target = dir.resolve("public");
        Output first = Output.stage(target);
        site(first, "old");
        first.commit();
        List<String> seen = new ArrayList<>();
        Output out = Output.stage(target, true, () -> {
            try {
                seen.add(Files.readString(target.resolve("index.html")));
            } catch (IOException e) {
                seen.add("missing: " + e);
            }
        });
        site(out, "new");
        out.commit();
        assertThat(seen).containsExactly("new");
        assertThat(dir.toFile().list()).containsExactly("public");
    }

    @Test
    void withoutAnExchangeTheTwoRenamesStillPublishTheNewSite() throws Exception {
        Path target = dir.resolve("public");
        Output first = Output.stage(target, false, () -> {});
        site(first, "old");
        first.commit();
        Output out = Output.stage(target, false, () -> {});
        site(out, "new");
        assertThat(out.commit()).isEmpty();
        assertThat(Files.readString(target.resolve("section/index.html"))).isEqualTo("new");
        assertThat(dir.toFile().list()).containsExactly("public");
    }

    @Test
    void theNextBuildRemovesWhatADeadBuildLeftBesideTheOutputFolder() throws Exception {
        TestSite site = TestSite.create(dir, "");
        assertThat(site.build().ok()).isTrue();
        // a build killed mid-way leaves its staging folder, or the old site between the swap's steps
        Path deadStaging = site.root().resolve(".public.staging-999999999-1a2b3c4d");
        Path deadOld = site.root().resolve(".public.old-5e6f7a8b");
        Path running = site.root().resolve(".public.staging-" + ProcessHandle.current().pid() + "-9c0d1e2f");
        for (Path p : List.of(deadStaging, deadOld, running)) {
            Files.createDirectories(p.resolve("strategy"));
            Files.writeString(p.resolve("strategy/index.html"), "a page of a site nobody serves");
        }
        assertThat(site.build().ok()).isTrue();
        assertThat(deadStaging).doesNotExist();
        assertThat(deadOld).doesNotExist();
        assertThat(running).as("a folder of a build still running is left to it").exists();
    }

    @Test
    void aNewSiteSwappedInWhoseOldCopyCannotBeRemovedIsReportedAsPublished() throws Exception {
        TestSite site = TestSite.create(dir, "");
        assertThat(site.build().ok()).isTrue();
        Path stuck = site.output().resolve("get-help/index.html");
        boolean immutable = undeletable(stuck);
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--site", site.root().toString());
            assertThat(code).as(err.toString()).isEqualTo(Main.OK);
            assertThat(out.toString()).contains("Built ");
            assertThat(err.toString()).doesNotContain("not built").doesNotContain("as it was")
                    .contains("The new site is published in " + site.output())
                    .contains("could not be removed");
            // the published site is the new one: its files are not the ones that could not be deleted
            assertThat(site.output().resolve("get-help/index.html")).exists();
            assertThat(Files.isWritable(site.output())).isTrue();
        } finally {
            try (Stream<Path> s = Files.list(site.root())) {
                for (Path p : s.toList()) allowDeleting(p, immutable);
            }
        }
    }

    /** Makes a file impossible to delete: read-only folders, and for root (who ignores them) the immutable flag. */
    private static boolean undeletable(Path file) throws Exception {
        Path folder = file.getParent();
        folder.toFile().setWritable(false, false);
        if (!Files.isWritable(folder)) return false;
        Process p = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
        boolean done = p.waitFor() == 0;
        Assumptions.assumeTrue(done, "as root a read-only folder can be emptied, and chattr +i is not available here");
        return true;
    }

    private static void allowDeleting(Path top, boolean immutable) throws Exception {
        if (!Files.isDirectory(top) || top.getFileName().toString().equals("content")) return;
        try (Stream<Path> s = Files.walk(top)) {
            for (Path p : s.toList()) {
                if (immutable && Files.isRegularFile(p)) new ProcessBuilder("chattr", "-i", p.toString()).start().waitFor();
                p.toFile().setWritable(true, false);
            }
        }
    }
}
