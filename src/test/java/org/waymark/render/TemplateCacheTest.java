package org.waymark.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/**
 * The default theme renders its header, main navigation and footer once for all the pages they are the same
 * on, with Pebble's cache tag keyed by the page's language and {@code page.navKey}. A key that missed
 * something the blocks show would give a page another page's navigation or language: so every page must be
 * byte for byte what the same theme without its cache tags writes.
 */
class TemplateCacheTest {
    @TempDir
    Path dir;

    @Test
    void theExampleSiteIsTheSameWithoutTheCache() throws IOException {
        // three languages, sections within sections, the directory and the plans
        sameWithoutCache(Path.of("."));
    }

    @Test
    void aSiteWhoseNavigationHoldsPagesWithinSectionsIsTheSameWithoutTheCache() throws IOException {
        TestSite site = TestSite.create(dir.resolve("made"), """
                -- content/about/index.md --
                ---
                title: About
                order: 2
                ---
                About us.
                -- content/about/team.md --
                ---
                title: Our team
                menu: true
                ---
                Who we are.
                -- content/about/team/roles.md --
                ---
                title: Roles
                ---
                What each of us does.
                -- content/updates/index.md --
                ---
                title: Updates
                order: 3
                ---
                -- content/updates/2026-11.md --
                ---
                title: November update
                menu: true
                ---
                What changed this month.
                """);
        sameWithoutCache(site.root());
    }

    private void sameWithoutCache(Path source) throws IOException {
        TestSite cached = TestSite.copyOf(source, dir.resolve("cached"));
        TestSite plain = TestSite.copyOf(source, dir.resolve("plain"));
        Path base = plain.root().resolve("themes/default/templates/base.peb");
        String template = Files.readString(base);
        assertThat(template).contains("{% cache ").contains("{% endcache %}");
        Files.writeString(base, template.replaceAll("\\{% cache [^%]*%\\}", "").replace("{% endcache %}", ""));

        Map<String, String> withCache = build(cached.root());
        Map<String, String> without = build(plain.root());
        assertThat(withCache.keySet()).isEqualTo(without.keySet());
        assertThat(withCache.keySet().stream().filter(k -> k.endsWith(".html"))).hasSizeGreaterThan(5);
        without.forEach((file, text) -> assertThat(withCache.get(file)).as(file).isEqualTo(text));
    }

    private static Map<String, String> build(Path root) throws IOException {
        Path output = root.resolve("public");
        Build.Result result = Build.run(new Build.Options(root, output, false, LocalDate.of(2010, 3, 31), LocalDate.now()));
        assertThat(result.ok()).as("the site builds").isTrue();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(output)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(output.relativize(p).toString(), Files.readString(p));
        }
        return files;
    }
}
