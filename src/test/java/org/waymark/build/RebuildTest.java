package org.waymark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.TestSite;

/** A build over earlier sites publishes exactly what a build into an empty folder publishes. */
class RebuildTest {
    @TempDir
    Path dir;

    private static final String PAGES = """
            -- content/about.md --
            ---
            title: About the partnership
            ---
            Who we are. Read [the news](news/index.md).
            -- content/news/index.md --
            ---
            title: News
            ---
            -- content/news/first.md --
            ---
            title: First news
            ---
            The first item.
            -- content/news/second.md --
            ---
            title: Second news
            ---
            The second item.
            """;

    @Test
    void aSiteBuiltOverEarlierSitesIsTheSiteBuiltFromNothing() throws IOException {
        TestSite site = TestSite.create(dir.resolve("a"), PAGES);
        assertThat(site.build().ok()).isTrue();
        // a page goes, one comes, one changes: built twice, so that the earlier site is written over
        site.delete("content/news/second.md");
        site.put("content/news/third.md", "---\ntitle: Third news\n---\nThe third item.\n");
        site.put("content/about.md", "---\ntitle: About us\n---\nWho we are now.\n");
        assertThat(site.build().ok()).isTrue();
        assertThat(site.build().ok()).isTrue();

        TestSite fresh = TestSite.copyOf(site.root(), dir.resolve("b")); // its content and theme, not its output
        assertThat(fresh.build().ok()).isTrue();

        Map<String, byte[]> built = BuildTest.snapshot(site.output());
        Map<String, byte[]> expected = BuildTest.snapshot(fresh.output());
        assertThat(built.keySet()).isEqualTo(expected.keySet()).doesNotContain("news/second/index.html");
        expected.forEach((k, v) -> assertThat(new String(built.get(k))).as(k).isEqualTo(new String(v)));
        assertThat(site.file("/about/")).contains("Who we are now.");
    }

    @Test
    void aFileAddedByHandToThePublishedSiteIsNotPublishedAgain() throws IOException {
        TestSite site = TestSite.create(dir, PAGES);
        assertThat(site.build().ok()).isTrue();
        site.put("public/stray.html", "<p>not from Waymark</p>");
        site.put("public/news/first/notes.txt", "kept by hand");
        for (int i = 0; i < 3; i++) {
            assertThat(site.build().ok()).isTrue();
            assertThat(site.output().resolve("stray.html")).doesNotExist();
            assertThat(site.output().resolve("news/first/notes.txt")).doesNotExist();
            assertThat(site.output().resolve("news/first/index.html")).exists();
        }
    }

    @Test
    void aBuildThatFailsAfterRenderingLeavesThePublishedSiteAndTheNextBuildIsWhole() throws IOException {
        TestSite site = TestSite.create(dir, PAGES);
        assertThat(site.build().ok()).isTrue();
        assertThat(site.build().ok()).isTrue();
        Map<String, byte[]> before = BuildTest.snapshot(site.output());

        // a link to a page that does not exist is found while the pages are rendered, after the staging folder is written
        site.put("content/news/first.md", "---\ntitle: First news\n---\nSee [the plan](plan.md).\n");
        assertThat(site.build().ok()).isFalse();

        Map<String, byte[]> after = BuildTest.snapshot(site.output());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
        try (Stream<Path> s = Files.list(site.root())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }

        site.put("content/news/first.md", "---\ntitle: First news\n---\nThe first item, mended.\n");
        assertThat(site.build().ok()).isTrue();
        assertThat(site.file("/news/first/")).contains("The first item, mended.");
        assertThat(site.output().resolve("news/second/index.html")).exists();
    }

    @Test
    void anOutputFolderThatIsALinkIsReplacedAndWhatItPointedToIsLeftAlone() throws IOException {
        TestSite site = TestSite.create(dir.resolve("a"), PAGES);
        Path elsewhere = dir.resolve("elsewhere");
        assertThat(Build.run(new Build.Options(site.root(), elsewhere, false, null, LocalDate.now())).ok()).isTrue();
        Map<String, byte[]> before = BuildTest.snapshot(elsewhere);
        Path link = site.root().resolve("linked");
        Files.createSymbolicLink(link, elsewhere);

        assertThat(Build.run(new Build.Options(site.root(), link, false, null, LocalDate.now())).ok()).isTrue();
        // the link was replaced by the new site; the folder it pointed to is as it was
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(link.resolve("about/index.html")).exists();
        Map<String, byte[]> after = BuildTest.snapshot(elsewhere);
        assertThat(after.keySet()).isEqualTo(before.keySet()).isNotEmpty();
    }
}
