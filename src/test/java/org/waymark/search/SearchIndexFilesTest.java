package org.waymark.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.SearchFiles;
import org.waymark.testing.TestSite;

/**
 * The search index is small files the browser fetches as a query needs them: each named by its content (so it
 * can be cached for ever), none over 50 KB however large the site or its pages, found from the manifest that the
 * search page names, with every word in the form the browser looks it up in.
 */
class SearchIndexFilesTest {
    @TempDir
    Path dir;

    private static final String TWO_LANGUAGES = """
            -- site-config.yml --
            title: Test Partnership
            base_url: https://example.org/
            languages:
              - {code: en, name: English}
              - {code: ur, name: اردو}
            accessibility:
              prepared: 2026-11-24
              contact_email: accessibility@example.org
            -- content/about.md --
            ---
            title: Café and Women's Aid
            ---
            A drop-in café where women's advocates listen. Naïve questions welcome.
            -- content/index.ur.md --
            ---
            title: خوش آمدید
            ---
            -- content/about.ur.md --
            ---
            title: ہمارے بارے میں
            ---
            پناہ گاہ کے بارے میں معلومات۔
            """;

    @Test
    void theSearchPageNamesItsManifestAndEveryFileIsNamedByItsContent() throws Exception {
        TestSite site = TestSite.create(dir, TWO_LANGUAGES);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();

        for (String page : List.of("/search/", "/ur/search/")) {
            SearchFiles index = SearchFiles.of(site, page);
            assertThat(index.titles()).isNotEmpty();
        }
        List<Path> files;
        try (var s = Files.walk(site.output().resolve("search"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).toList();
        }
        assertThat(files).extracting(f -> site.output().relativize(f.getParent()).toString().replace('\\', '/'))
                .containsOnly("search/en", "search/ur");
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            String name = f.getFileName().toString();
            String hash = name.startsWith("fragment-") ? Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 5)
                    : HexFormat.of().formatHex(sha, 0, 5);
            assertThat(name).as("named by its content").endsWith("." + hash + ".json");
        }
        assertThat(SearchFiles.of(site, "/ur/search/").titles()).containsValue("ہمارے بارے میں").doesNotContainValue("Café and Women's Aid");
    }

    @Test
    void wordsAreIndexedInTheFormTheBrowserLooksThemUpIn() {
        TestSite site = TestSite.create(dir, TWO_LANGUAGES);
        assertThat(site.build().ok()).isTrue();
        SearchFiles en = SearchFiles.of(site, "/search/");

        assertThat(en.find("cafe")).contains("/about/");
        assertThat(en.find("womens")).contains("/about/");
        assertThat(en.find("naive")).containsExactly("/about/");
        assertThat(en.find("café")).isEmpty();
        // Arabic-script letters written more than one way are one: Urdu heh goal (ہ) is indexed as heh (ه)
        assertThat(SearchFiles.of(site, "/ur/search/").find("پناه")).contains("/ur/about/");
    }

    @Test
    void aPageWhoseAddressHasSearchInItIsFoundAndTheSearchPagesAreNot() {
        // "research/" and "guides/search/" end in "search/" as the search page's address does: they are pages like any other
        TestSite site = TestSite.create(dir, TWO_LANGUAGES + """
                -- content/research/index.md --
                ---
                title: Research
                ---
                -- content/research/findings.md --
                ---
                title: Domestic abuse support
                ---
                What survivors told us.
                -- content/guides/index.md --
                ---
                title: Guides
                ---
                -- content/guides/search.md --
                ---
                title: Searching for support
                ---
                How to search for a refuge.
                """);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();

        SearchFiles en = SearchFiles.of(site, "/search/");
        assertThat(en.titles()).containsEntry("/research/", "Research").containsEntry("/research/findings/", "Domestic abuse support")
                .containsEntry("/guides/search/", "Searching for support").doesNotContainKey("/search/");
        assertThat(en.find("support")).contains("/research/findings/", "/guides/search/");
        assertThat(SearchFiles.of(site, "/ur/search/").titles()).doesNotContainKey("/ur/search/");
    }

    @Test
    void aLargeSiteOfTheSameTitleAndAHugeWordStaysInFilesOf50KBAtMost() throws IOException {
        TestSite site = TestSite.create(dir, "");
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 20_000; i++) huge.append("Support for survivors word").append(i).append(". ");
        site.put("content/notes/huge.md", "---\ntitle: Huge\ndescription: " + "a".repeat(100_000) + "\n---\n" + huge + "\n");
        site.put("content/notes/index.md", "---\ntitle: Notes\n---\n");
        for (int i = 0; i < 1_200; i++) {
            site.put("content/notes/p" + i + ".md", "---\ntitle: Support and advice\n---\nSupport for survivors, number " + i + ".\n");
        }
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();

        try (var s = Files.walk(site.output().resolve("search"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".json")).toList()) assertThat(Files.size(f)).as(f.toString()).isLessThanOrEqualTo(50_000);
        }
        SearchFiles en = SearchFiles.of(site, "/search/");
        assertThat(en.find("support")).hasSizeGreaterThan(1_200);
        assertThat(en.find("a".repeat(40))).containsExactly("/notes/huge/");
    }
}
