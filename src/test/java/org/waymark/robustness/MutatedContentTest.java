package org.waymark.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.TestSite;

/**
 * Errors people can act on: content broken in thousands of seeded ways always ends in diagnostics, never in
 * an exception, a stack trace or a half-written site. Reproduce a failure with its seed and run number:
 * {@code -Dwaymark.robustness.seed=<seed>}, and the run numbers are the same on every machine.
 * {@code -Dwaymark.robustness.scale=10} runs ten times as many; {@code -Dwaymark.robustness.show=true} prints
 * each run's first errors, {@code -Dwaymark.robustness.timing=true} the time each run took. These runs are the
 * ones {@code mvn verify} can afford; bench/robustness.sh runs 10,000 and prints what each ended in.
 */
class MutatedContentTest {
    private static final long SEED = Long.getLong("waymark.robustness.seed", 20_261_124L);
    private static final double SCALE = Double.parseDouble(System.getProperty("waymark.robustness.scale", "1"));
    /** Runs on the small fixture site: most of them, as a failed build of it takes milliseconds. */
    private static final int FIXTURE_RUNS = (int) (600 * SCALE);
    /** Runs on the whole example site. */
    private static final int EXAMPLE_RUNS = (int) (150 * SCALE);
    /** One run in this many goes through the command line, which must exit 1 without a stack trace. */
    private static final int CLI_EVERY = 20;

    @TempDir
    Path dir;

    /**
     * Every kind of mutation, four times over, except a 1 MB value once: a site with a 1 MB title builds (it is
     * only long), and writing it into every page takes seconds.
     */
    private final List<Mutator.Kind> kinds = kinds();

    private static List<Mutator.Kind> kinds() {
        List<Mutator.Kind> out = new ArrayList<>();
        for (Mutator.Kind k : Mutator.Kind.values()) {
            for (int i = 0; i < (k == Mutator.Kind.HUGE_VALUE ? 1 : 4); i++) out.add(k);
        }
        return List.copyOf(out);
    }

    /**
     * The long run of bench/robustness.sh, outside {@code mvn verify}: {@code -Dwaymark.robustness.runs=N} builds of the
     * small site, each mutated once and built through the command line in this JVM, every kind of mutation included;
     * prints how each ended.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "waymark.robustness.runs", matches = "[0-9]+")
    void longRun() {
        int runs = Integer.getInteger("waymark.robustness.runs");
        TestSite site = TestSite.create(dir, Fixture.SITE);
        Harness h = new Harness(site.root(), SEED);
        h.buildGood();
        long start = System.nanoTime();
        for (int run = 0; run < runs; run++) {
            h.run(run, kinds(), true);
            if ((run + 1) % 1000 == 0) System.out.printf("robustness: %d runs in %.0f s%n", run + 1, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("robustness long run (seed %d, %d runs, %.0f s):%n%s", SEED, runs, (System.nanoTime() - start) / 1e9, h.counts());
        for (String f : h.failures().stream().limit(30).toList()) System.out.println("FAILURE " + f.replace("\n", "\n    "));
        assertThat(h.failures()).as(h.failures().size() + " failures").isEmpty();
    }

    @Test
    void brokenContentOfASmallSiteAlwaysEndsInDiagnosticsNeverAnException() {
        TestSite site = TestSite.create(dir, Fixture.SITE);
        Harness h = new Harness(site.root(), SEED);
        h.buildGood();
        long start = System.nanoTime();
        for (int run = 0; run < FIXTURE_RUNS; run++) h.run(run, kinds, run % CLI_EVERY == 0);
        report("fixture", h, start);
        assertThat(h.failures()).as(String.join("\n\n", h.failures().stream().limit(15).toList())).isEmpty();
        assertThat(h.failedBuilds()).as("most mutations break the site").isGreaterThan(FIXTURE_RUNS / 2);
        assertThat(h.cliFailures()).as("the command line refused some").isPositive();
    }

    @Test
    void brokenContentOfTheExampleSiteAlwaysEndsInDiagnosticsNeverAnException() {
        TestSite site = TestSite.copyOf(Path.of("."), dir);
        Harness h = new Harness(site.root(), SEED + 1);
        h.buildGood();
        // a mutation the loaders find nothing wrong with renders the whole site again (a second or more), so
        // only three in ten of those are built in full; the small site builds every one
        long start = System.nanoTime();
        for (int run = 0; run < EXAMPLE_RUNS; run++) h.run(run, kinds, run % CLI_EVERY == 0, 0.3);
        report("example site", h, start);
        assertThat(h.failures()).as(String.join("\n\n", h.failures().stream().limit(15).toList())).isEmpty();
    }

    private static void report(String what, Harness h, long start) {
        System.out.printf("robustness (%s, seed %d): %s in %.1f s%n", what, SEED, h.summary(), (System.nanoTime() - start) / 1e9);
    }
}
