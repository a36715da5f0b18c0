package org.waymark.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.testing.TestSite;

/**
 * The default theme is built into Waymark: a site without a themes/ folder builds with it, and a site's own
 * themes/&lt;name&gt;/ file takes the place of the built-in one file by file.
 */
class ThemeLookupTest {
    private static final String PAGES = """
            -- content/about.md --
            ---
            title: About us
            ---
            Who we are.
            """;

    @TempDir
    Path dir;

    /** A test site with no themes/ folder: only the theme in Waymark. */
    private TestSite withoutThemes(String fixture) {
        TestSite site = TestSite.create(dir.resolve("site"), fixture);
        deleteTree(site.root().resolve("themes"));
        return site;
    }

    @Test
    void aSiteWithNoThemesFolderBuildsWithTheBuiltInTheme() throws IOException {
        TestSite site = withoutThemes(PAGES);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/about/").select(".wm-exit a[data-wm-exit]").attr("href")).isEqualTo("https://www.bbc.co.uk/weather");
        assertThat(site.page("/about/").select("h1").text()).isEqualTo("About us");
        assertThat(site.file("/assets/css/waymark.css")).isEqualTo(Files.readString(Path.of("themes/default/assets/css/waymark.css")));
        assertThat(site.file("/assets/js/waymark.js")).isEqualTo(Files.readString(Path.of("themes/default/assets/js/waymark.js")));
    }

    @Test
    void aWordsFileOfTheSitesOwnChangesTheWordsItGivesAndKeepsTheRest() {
        TestSite site = withoutThemes(PAGES);
        site.put("themes/default/i18n/en.yml", "skip: Go to the main content\n");
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/about/").select("a.wm-skip-link[href=#main]").text()).isEqualTo("Go to the main content");
        // the words the site's file leaves out come from the built-in theme, not as their keys
        assertThat(site.page("/about/").select(".wm-exit__button").text()).contains("Exit this page");
        assertThat(site.file("/about/index.html")).doesNotContain("exit.button");
    }

    @Test
    void overridingOneTemplateChangesOnlyThePagesItRenders() throws IOException {
        TestSite site = withoutThemes(PAGES);
        assertThat(site.build().ok()).isTrue();
        Map<String, String> before = texts(site.output());

        String mark = "<p class=\"local-note\">Our own note</p>";
        String page = Files.readString(Path.of("themes/default/templates/page.peb"));
        site.put("themes/default/templates/page.peb", page.replace("<h1>{{ page.title }}</h1>", "<h1>{{ page.title }}</h1>\n" + mark));
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        Map<String, String> after = texts(site.output());

        assertThat(after.keySet()).isEqualTo(before.keySet());
        Map<String, String> changed = new TreeMap<>();
        after.forEach((file, text) -> {
            if (!text.equals(before.get(file))) changed.put(file, text);
        });
        // the pages of layout `page`, and nothing else: not the home page, the sections, the helplines or the assets
        assertThat(changed.keySet()).contains("about/index.html", "get-help/emergency/index.html",
                "get-help/staying-safe-online/index.html").doesNotContain("index.html", "get-help/index.html",
                "helplines/index.html", "accessibility/index.html", "assets/css/waymark.css");
        changed.forEach((file, text) -> assertThat(text.replace(mark + "\n", "")).as(file).isEqualTo(before.get(file)));
    }

    @Test
    void overridingOneStylesheetReplacesThatFileOnly() throws IOException {
        TestSite site = withoutThemes(PAGES);
        site.put("themes/default/assets/css/plans.css", "/* our own plan styles */\n");
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.file("/assets/css/plans.css")).isEqualTo("/* our own plan styles */\n");
        assertThat(site.file("/assets/css/waymark.css")).isEqualTo(Files.readString(Path.of("themes/default/assets/css/waymark.css")));
    }

    @Test
    void aThemeOfAnotherNameFallsBackToTheBuiltInOneFileByFile() {
        TestSite site = withoutThemes(PAGES);
        site.put("site-config.yml", read(site.root().resolve("site-config.yml")) + "theme: ours\n");
        site.put("themes/ours/templates/home.peb", "{% extends \"base\" %}{% block main %}<h1>{{ page.title }}</h1><p>Ours</p>{% endblock %}");
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/").select("main p").text()).isEqualTo("Ours");
        assertThat(site.page("/about/").select("h1").text()).isEqualTo("About us");
    }

    @Test
    void aMissingThemeNamesWhatIsMissingAndWhereItWasLookedFor() {
        TestSite site = withoutThemes(PAGES + """
                -- content/news.md --
                ---
                title: News
                layout: newsletter
                ---
                Text.
                """);
        site.put("site-config.yml", read(site.root().resolve("site-config.yml")) + "theme: ours\n");
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format)
                .anyMatch(e -> e.startsWith("site-config.yml") && e.contains("The theme `ours` was not found")
                        && e.contains("themes/ours/") && e.contains("set `theme: default`"));

        site.put("site-config.yml", read(site.root().resolve("site-config.yml")).replace("theme: ours\n", ""));
        result = site.build();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format)
                .anyMatch(e -> e.startsWith("content/news.md:3") && e.contains("There is no layout `newsletter`")
                        && e.contains("themes/default/templates/newsletter.peb, then the built-in theme's templates/newsletter.peb"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts(Path output) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(output)) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                out.put(output.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
