package org.waymark.robustness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.waymark.build.Build;
import org.waymark.cli.Main;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.directory.Directory;
import org.waymark.plans.Plans;
import org.waymark.render.I18n;
import org.waymark.render.Theme;
import org.waymark.yaml.YamlReader;

/**
 * Runs mutated builds of one site and checks what an editor would see after each: never an exception,
 * diagnostics that name a file and say something, no Java in any message, the last good site untouched
 * after a failed build, and no staging folder left behind. Every failure is kept with the seed and run
 * number that reproduce it.
 */
final class Harness {
    static final List<String> JAVA_MARKERS = List.of("Exception", "at org.", "java.lang", "at java.", "\tat ", "com.fasterxml",
            "org.yaml", "[Source:", "StreamReadConstraints");
    /** A Java method named in a message: "StreamReadConstraints.getMaxNestingDepth()". */
    private static final Pattern JAVA_CALL = Pattern.compile("\\b[A-Z]\\w+\\.[a-z]\\w*\\(\\)");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private final Path root;
    private final Path output;
    private final Mutator mutator;
    private final long seed;
    private final List<String> failures = new ArrayList<>();
    private Map<String, String> snapshot;
    private int ok;
    private int failed;
    private int cliRuns;
    private int cliFailures;
    private int loadOnly;
    /** How many runs ended each way ("exit 1", "published a script or data link" …), for the long run's report. */
    private final Map<String, Integer> counts = new TreeMap<>();

    Harness(Path root, long seed) {
        this.root = root;
        this.output = root.resolve("public");
        List<String> files = new ArrayList<>(Mutator.contentFiles(root));
        // the theme's words are the one part of a theme an editor edits
        files.add("themes/default/i18n/en.yml");
        this.mutator = new Mutator(root, files, outside(root));
        this.seed = seed;
    }

    /** A folder beside the site with files a symbolic link in the site may lead to, each holding {@link Mutator#OUTSIDE}. */
    private static Path outside(Path root) {
        Path dir = root.resolveSibling(root.getFileName() + "-outside");
        try {
            Files.createDirectories(dir.resolve("folder"));
            Files.writeString(dir.resolve("secret.txt"), Mutator.OUTSIDE + "\n");
            Files.writeString(dir.resolve("page.md"), "---\ntitle: Outside " + Mutator.OUTSIDE + "\n---\n" + Mutator.OUTSIDE + "\n");
            Files.writeString(dir.resolve("folder/page.md"), "---\ntitle: Folder\n---\n" + Mutator.OUTSIDE + "\n");
            Files.writeString(dir.resolve("service.yml"), "name: Outside " + Mutator.OUTSIDE + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    /** The counts of every outcome so far, one "name: n" per line. */
    String counts() {
        Map<String, Integer> all = new TreeMap<>(counts);
        for (String k : List.of("builds", "stack traces", "failed builds that changed public/", "published a script or data link",
                "published markup from a title", "published a file from outside the site", "published a refuge postcode",
                "published an alias's name")) {
            all.putIfAbsent(k, 0);
        }
        StringBuilder b = new StringBuilder();
        all.forEach((k, v) -> b.append(String.format("  %-45s %d%n", k, v)));
        return b.toString();
    }

    /**
     * After a successful build of a mutation that fed something unsafe in: what the output must never hold. Each is a
     * failure, and counted.
     */
    private void published(String where) {
        check(where, "published a script or data link", org.waymark.testing.Published.scriptLinks(output));
        check(where, "published markup from a title", org.waymark.testing.Published.markup(output, Mutator.INJECTED));
        check(where, "published a file from outside the site", org.waymark.testing.Published.holding(output, Mutator.OUTSIDE));
        check(where, "published a refuge postcode", org.waymark.testing.Published.holdingPostcode(output, Mutator.POSTCODE));
        check(where, "published an alias's name", org.waymark.testing.Published.holding(output, Mutator.ALIAS));
    }

    private void check(String where, String what, List<String> files) {
        if (files.isEmpty()) return;
        count(what);
        failures.add(where + "a successful build " + what + ": " + files.stream().limit(5).toList());
    }

    /** Builds the unmutated site once: it must build, and its output is the "last good site" of every run. */
    void buildGood() {
        Build.Result result = Build.run(options());
        if (!result.ok()) {
            StringBuilder s = new StringBuilder("the fixture itself does not build:\n");
            result.diagnostics().forEach(d -> s.append(d.format()).append('\n'));
            throw new AssertionError(s);
        }
        snapshot = snapshot(output);
    }

    private Build.Options options() {
        return new Build.Options(root, null, false, AS_OF, LocalDate.now());
    }

    /**
     * One mutated build.
     *
     * @param run the run number; {@code new Random(seed + run)} picks the mutation, so a failure reproduces alone
     * @param cli whether to build through the command line rather than {@link Build#run}
     */
    void run(int run, List<Mutator.Kind> kinds, boolean cli) {
        run(run, kinds, cli, 1.0);
    }

    /**
     * One mutated build, where a mutation the load phase finds nothing wrong with is built in full only with
     * probability {@code fullShare}: on a large site that is most of the time a run takes.
     */
    void run(int run, List<Mutator.Kind> kinds, boolean cli, double fullShare) {
        Random random = new Random(seed * 1_000_003L + run);
        Mutator.Kind kind = kinds.get(random.nextInt(kinds.size()));
        Mutator.Applied m = mutator.apply(random, kind);
        String where = "seed " + seed + ", run " + run + ", " + m + ": ";
        long t0 = System.nanoTime();
        try {
            if (fullShare < 1.0 && !cli && loadsCleanly(where) && random.nextDouble() >= fullShare) {
                loadOnly++;
                return;
            }
            count("builds");
            boolean built = cli ? viaCli(where) : viaBuild(where);
            if (built) {
                ok++;
                if (kind.feedsSomethingUnsafe()) published(where);
            } else {
                failed++;
                Map<String, String> after = snapshot(output);
                if (!after.equals(snapshot)) {
                    count("failed builds that changed public/");
                    failures.add(where + "the last good site changed after a failed build: " + diff(snapshot, after));
                }
            }
            List<String> left = leftovers();
            if (!left.isEmpty()) failures.add(where + "a staging folder was left behind: " + left);
        } catch (Throwable t) {
            count("stack traces");
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            failures.add(where + "the build threw " + trace.toString().lines().limit(12).reduce((a, b) -> a + "\n    " + b).orElse(""));
        } finally {
            m.undo();
            if (Boolean.getBoolean("waymark.robustness.timing")) {
                System.out.printf("%6d ms %s %s%n", (System.nanoTime() - t0) / 1_000_000, kind, where.length() > 150 ? where.substring(0, 150) : where);
            }
        }
        if (!failures.isEmpty() && failures.get(failures.size() - 1).startsWith(where)) {
            // the site may now differ from the snapshot (a build that should have failed did not); start again
            snapshot = snapshot(output);
        }
    }

    /** The load phase of {@link Build#run} alone: configuration, theme, content, directory and plans. */
    private boolean loadsCleanly(String where) {
        YamlReader yaml = new YamlReader();
        Diagnostics diags = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(root, yaml, diags);
        if (config.isPresent()) {
            I18n i18n = I18n.load(root, config.get(), yaml, diags);
            Theme.load(root, config.get(), i18n, diags);
            Content content = new ContentLoader(yaml).load(root, config.get(), false, diags);
            Directory.load(root, content, yaml, AS_OF, diags);
            Plans.load(root, content, AS_OF, yaml, diags);
        }
        check(where, diags.sorted());
        return !diags.hasErrors();
    }

    private void check(String where, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.message().isBlank()) failures.add(where + "a diagnostic without a message: " + d);
            String text = d.message() + " " + d.hint();
            if (JAVA_CALL.matcher(text).find()) failures.add(where + "a Java method reaches the editor: " + shorten(d.format()));
            for (String marker : JAVA_MARKERS) {
                if (text.contains(marker) && !inContent(marker)) {
                    failures.add(where + "Java reaches the editor (" + marker.strip() + "): " + shorten(d.format()));
                }
            }
        }
    }

    private boolean viaBuild(String where) {
        Build.Result result = Build.run(options());
        count(result.ok() ? "exit 0" : "exit 1");
        boolean hasError = result.diagnostics().stream().anyMatch(Diagnostic::isError);
        if (result.ok() == hasError) failures.add(where + "ok is " + result.ok() + " but the errors say otherwise");
        if (!result.ok() && result.diagnostics().stream().noneMatch(d -> d.isError() && !d.file().isBlank())) {
            failures.add(where + "the build failed without an error that names a file");
        }
        check(where, result.diagnostics());
        if (Boolean.getBoolean("waymark.robustness.show")) {
            System.out.println(where + (result.ok() ? "ok" : result.diagnostics().stream().filter(Diagnostic::isError).limit(2)
                    .map(d -> shorten(d.format()).replaceAll("x{50,}", "x…")).reduce((a, b) -> a + "\n    " + b).orElse("")));
        }
        if (result.ok()) snapshot = snapshot(output);
        return result.ok();
    }

    private boolean viaCli(String where) {
        cliRuns++;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--site", root.toString(),
                "--as-of", AS_OF.toString());
        count("exit " + code);
        if (code != Main.OK && code != Main.CONTENT_ERRORS) failures.add(where + "exit code " + code + ":\n" + shorten(err.toString()));
        if (code == Main.CONTENT_ERRORS) {
            cliFailures++;
            if (!err.toString().contains("error")) failures.add(where + "exit code 1 without an error on stderr");
        }
        boolean java = false;
        for (String marker : JAVA_MARKERS) {
            if (err.toString().contains(marker) && !inContent(marker)) {
                java = true;
                failures.add(where + "Java on stderr (" + marker.strip() + "):\n" + shorten(err.toString()));
            }
        }
        if (java) count("stack traces");
        if (code == Main.OK) snapshot = snapshot(output);
        return code == Main.OK;
    }

    /** Whether the site's own text holds the word, so that quoting it back is not a leak. */
    private boolean inContent(String marker) {
        for (String f : Mutator.contentFiles(root)) {
            try {
                if (new String(Files.readAllBytes(root.resolve(f)), StandardCharsets.UTF_8).contains(marker.strip())) return true;
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private List<String> leftovers() throws IOException {
        String name = output.getFileName().toString();
        try (Stream<Path> s = Files.list(output.getParent())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-")).toList();
        }
    }

    List<String> failures() {
        return failures;
    }

    String summary() {
        return ok + " built, " + failed + " refused with diagnostics, " + loadOnly + " loaded without errors (not built); " + cliRuns + " through the command line ("
                + cliFailures + " with exit code 1)";
    }

    int cliFailures() {
        return cliFailures;
    }

    int failedBuilds() {
        return failed;
    }

    /** Every file of the output, with a digest of its bytes. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String diff(Map<String, String> a, Map<String, String> b) {
        List<String> out = new ArrayList<>();
        for (String k : a.keySet()) if (!b.containsKey(k)) out.add("-" + k);
        for (String k : b.keySet()) if (!a.containsKey(k)) out.add("+" + k);
        for (String k : a.keySet()) if (b.containsKey(k) && !a.get(k).equals(b.get(k))) out.add("~" + k);
        return out.stream().limit(10).toList().toString();
    }

    private static String shorten(String s) {
        return s.length() > 1500 ? s.substring(0, 1500) + "…" : s;
    }
}
