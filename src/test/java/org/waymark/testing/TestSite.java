package org.waymark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;

/**
 * A small site in a temporary folder, written from inline fixtures in the style of Hugo's tests:
 *
 * <pre>
 * -- content/about.md --
 * ---
 * title: About
 * ---
 * Text.
 * </pre>
 *
 * The default theme of this repository is copied in, with a minimal site (config, home page, the two
 * safety pages every site has) that a fixture may override file by file.
 */
public final class TestSite {
    public static final String BASE = """
            -- site-config.yml --
            title: Test Partnership
            base_url: https://example.org/
            example_notice: A test site; its local numbers are Ofcom's drama numbers.
            areas:
              - {id: north, label: North}
              - {id: south, label: South}
            directory:
              categories:
                - {id: refuge, label: Refuges}
                - {id: advocacy, label: Advocacy}
                - {id: helpline, label: Helplines}
              groups:
                - {id: women, label: Women}
                - {id: men, label: Men}
                - {id: children, label: Children}
            accessibility:
              prepared: 2026-11-24
              contact_email: accessibility@example.org
            -- content/index.md --
            ---
            title: Welcome
            description: Help for anyone affected by domestic abuse.
            ---
            If you are in danger, call [999](tel:999).
            -- content/get-help/index.md --
            ---
            title: Get help
            order: 1
            ---
            Ways to get help.
            -- content/get-help/emergency.md --
            ---
            title: In an emergency
            ---
            Call 999 and press 55 if you cannot speak.
            -- content/get-help/staying-safe-online.md --
            ---
            title: Staying safe online
            ---
            The exit button does not clear your history.
            -- content/helplines.yml --
            - id: national-domestic-abuse-helpline
              name: National Domestic Abuse Helpline
              for: Anyone affected by domestic abuse
              phones:
                - number: "0808 2000 247"
              hours: Free, 24 hours, every day
              free: true
              featured: true
              last_verified: 2026-11-01
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site in {@code dir} made of the base fixture, the theme, and {@code fixture} on top. */
    public static TestSite create(Path dir, String fixture) {
        TestSite site = new TestSite(dir);
        copyTree(Path.of("themes"), dir.resolve("themes"));
        site.write(BASE);
        site.write(fixture);
        return site;
    }

    /** A copy of a site folder of this repository (such as the example site, or a fixture under src/test/resources/sites). */
    public static TestSite copyOf(Path site, Path dir) {
        for (String part : List.of("site-config.yml", "content", "themes")) {
            Path from = site.resolve(part);
            if (Files.isDirectory(from)) copyTree(from, dir.resolve(part));
            else if (Files.exists(from)) copyTree(from, dir.resolve(part));
        }
        if (!Files.exists(dir.resolve("themes"))) copyTree(Path.of("themes"), dir.resolve("themes"));
        return new TestSite(dir);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("public");
    }

    /** Writes every {@code -- path --} block of {@code fixture}, replacing files that exist. */
    public TestSite write(String fixture) {
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : fixture.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
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

    public TestSite put(String path, String text) {
        return put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite put(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Build.Result build() {
        return Build.run(new Build.Options(root, null, false, LocalDate.of(2026, 11, 24), LocalDate.now()));
    }

    public Build.Result build(Build.Options options) {
        return Build.run(options);
    }

    /** The published file at a site path ("/about/" reads public/about/index.html). */
    public String file(String sitePath) {
        String rel = sitePath.endsWith("/") ? sitePath.substring(1) + "index.html" : sitePath.substring(1);
        try {
            return Files.readString(output().resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sitePath) {
        String rel = sitePath.endsWith("/") ? sitePath.substring(1) + "index.html" : sitePath.substring(1);
        return Files.exists(output().resolve(rel));
    }

    public Document page(String sitePath) {
        return Jsoup.parse(file(sitePath), "https://example.org" + sitePath);
    }

    /** Every file of the output, relative, for tests that look at all of it. */
    public List<Path> outputFiles() {
        try (Stream<Path> s = Files.walk(output())) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics of a result as the lines a person would read. */
    public static String report(Build.Result result) {
        StringBuilder s = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) s.append(d.format()).append('\n');
        return s.toString();
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
