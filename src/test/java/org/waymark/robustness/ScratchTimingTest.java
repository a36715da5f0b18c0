package org.waymark.robustness;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

class ScratchTimingTest {
    @TempDir Path dir;

    @Test
    void time() throws Exception {
        TestSite site = TestSite.create(dir, Fixture.SITE);
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            Build.Result r = Build.run(new Build.Options(site.root(), null, false, Harness.AS_OF));
            long t1 = System.nanoTime();
            Harness.snapshot(site.output());
            long t2 = System.nanoTime();
            Build.Result r2 = Build.run(new Build.Options(site.root(), null, false, Harness.AS_OF).checkOnly());
            long t3 = System.nanoTime();
            System.out.printf("build %d ms (%s, %d pages), snapshot %d ms, checkOnly %d ms%n", (t1 - t) / 1000000, r.ok(), r.pages(), (t2 - t1) / 1000000, (t3 - t2) / 1000000);
        }
        try (var s = java.nio.file.Files.walk(site.output())) { System.out.println("files: " + s.count()); }
    }
}
