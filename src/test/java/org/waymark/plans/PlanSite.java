package org.waymark.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;

/**
 * A site for the plan tests in a temporary folder: this repository's theme, a small base site or a copy of
 * a fixture site, and plan files written inline as {@code -- path --} blocks.
 */
final class PlanSite {
    /** The pages the theme links to from every page. */
    private static final String EMERGENCY = """
            -- content/get-help/emergency.md --
            ---
            title: In an emergency
            ---
            Call 999.
            """;

    private static final String STAYING_SAFE = """
            -- content/get-help/staying-safe-online.md --
            ---
            title: Staying safe online
            ---
            The exit button does not clear your history.
            """;

    static final String BASE = """
            -- site-config.yml --
            title: Test Partnership
            base_url: https://example.org/
            accessibility:
              prepared: 2026-11-24
              contact_email: accessibility@example.org
            -- content/index.md --
            ---
            title: Welcome
            ---
            Help for anyone affected by domestic abuse.
            -- content/partners.yml --
            - id: police
              name: Example Police
              short_name: Police
              type: police
            - id: council
              name: Example Council
              type: council
            """ + EMERGENCY + STAYING_SAFE;

    private final Path root;
    private final Path output;

    private PlanSite(Path root) {
        this.root = root;
        this.output = root.resolveSibling(root.getFileName() + "-public");
    }

    /** The base site with {@code fixture} written on top. */
    static PlanSite create(Path dir, String fixture) {
        PlanSite site = new PlanSite(dir.resolve("site"));
        copy(Path.of("themes"), site.root.resolve("themes"));
        site.write(BASE).write(fixture);
        return site;
    }

    /** A copy of a site folder (site-config.yml and content) with this repository's theme. */
    static PlanSite copyOf(Path site, Path dir) {
        PlanSite copy = new PlanSite(dir.resolve("site"));
        copy(site.resolve("content"), copy.root.resolve("content"));
        copy(site.resolve("site-config.yml"), copy.root.resolve("site-config.yml"));
        copy(Path.of("themes"), copy.root.resolve("themes"));
        // the theme links to these from every page; a fixture written before it did may lack them
        if (!Files.exists(copy.root.resolve("content/get-help/emergency.md"))) copy.write(EMERGENCY);
        if (!Files.exists(copy.root.resolve("content/get-help/staying-safe-online.md"))) copy.write(STAYING_SAFE);
        return copy;
    }

    PlanSite write(String fixture) {
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : fixture.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null) put(current, text.toString());
                current = line.substring(3, line.length() - 3).trim();
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) put(current, text.toString());
        return this;
    }

    PlanSite put(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Build.Result build(LocalDate asOf) {
        return Build.run(new Build.Options(root, output, false, asOf, LocalDate.now()));
    }

    String file(String sitePath) {
        String rel = sitePath.endsWith("/") ? sitePath.substring(1) + "index.html" : sitePath.substring(1);
        try {
            return Files.readString(output.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String sitePath) {
        String rel = sitePath.endsWith("/") ? sitePath.substring(1) + "index.html" : sitePath.substring(1);
        return Files.isRegularFile(output.resolve(rel));
    }

    Document page(String sitePath) {
        return Jsoup.parse(file(sitePath), "https://example.org" + sitePath);
    }

    /** The diagnostics of a build as a person would read them, for assertion messages. */
    static String report(Build.Result result) {
        StringBuilder s = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) s.append(d.format()).append('\n');
        return s.toString();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
