package org.waymark.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.testing.TestSite;

/**
 * A site built into a temporary folder and served on 127.0.0.1 for the browser. Built once per test run and shared
 * by every test class through the root store of {@link BrowserExtension}.
 */
final class BuiltSite implements AutoCloseable {
    /** The date plan progress is judged against, so that the pages do not change from day to day. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    /**
     * The site the browser tests build: the example site at the repository root, or the site folder given by the
     * system property {@code waymark.browser.site} (to run these checks on another partnership's site).
     */
    static Path siteFolder() {
        return Path.of(System.getProperty("waymark.browser.site", "."));
    }

    private static final Pattern EXIT_URL = Pattern.compile("(?m)^(\\s+exit_url:)[^\\n]*$");

    private final Path temp;
    private final Path output;
    private final StaticServer server;
    private final List<PageTypes.PageType> pageTypes;

    private BuiltSite(Path temp, Path root, Path output, StaticServer server) {
        this.temp = temp;
        this.output = output;
        this.server = server;
        this.pageTypes = PageTypes.of(root, output);
    }

    /**
     * Builds a copy of {@code site} (with {@code safety.exit_url} replaced when {@code exitUrl} is not null) and serves
     * it. A build that fails is a test failure that lists the build's diagnostics.
     */
    static BuiltSite build(Path site, String exitUrl) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("waymark-browser-");
            Path root = site;
            if (exitUrl != null) {
                root = TestSite.copyOf(site, temp.resolve("site")).root();
                Path config = root.resolve("site-config.yml");
                String text = Files.readString(config);
                Matcher m = EXIT_URL.matcher(text);
                if (!m.find()) throw new AssertionError("no `safety: exit_url:` line in " + site.resolve("site-config.yml") + " to replace");
                Files.writeString(config, m.replaceFirst("$1 " + Matcher.quoteReplacement(exitUrl)));
            }
            Path output = temp.resolve("public");
            Build.Result result = Build.run(new Build.Options(root, output, false, AS_OF, LocalDate.now()));
            if (!result.ok()) {
                throw new AssertionError("The site at " + site.toAbsolutePath().normalize() + " does not build, so the browser tests "
                        + "cannot run. The build reported " + result.errors() + " errors (and " + result.warnings() + " warnings):\n"
                        + errors(result));
            }
            return new BuiltSite(temp, root, output, StaticServer.start(output));
        } catch (IOException e) {
            deleteTree(temp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            deleteTree(temp);
            throw e;
        }
    }

    private static String errors(Build.Result result) {
        StringBuilder s = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) if (d.isError()) s.append(d.format()).append('\n');
        return s.toString();
    }

    /** The address of a site path, such as {@code url("/helplines/")}. */
    String url(String path) {
        return server.origin() + path;
    }

    /** The origin every request of a page should go to, such as {@code http://127.0.0.1:41234}. */
    String origin() {
        return server.origin();
    }

    Path output() {
        return output;
    }

    /** One page of each kind the build wrote. */
    List<PageTypes.PageType> pageTypes() {
        return pageTypes;
    }

    @Override
    public void close() {
        server.close();
        deleteTree(temp);
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test for
        }
    }
}
