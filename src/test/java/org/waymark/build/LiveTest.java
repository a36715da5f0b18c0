package org.waymark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.SearchFiles;
import org.waymark.testing.TestSite;

/** An edit to a page's text renders that page again, and nothing else, for the preview server. */
class LiveTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir, """
                -- content/about/index.md --
                ---
                title: About
                ---
                -- content/about/us.md --
                ---
                title: Us
                ---
                ## Who we are
                The first text.
                """);
    }

    private Live start(TestSite site) {
        Build.Built built = Build.start(new Build.Options(site.root(), null, false, LocalDate.of(2026, 11, 24), LocalDate.now()));
        assertThat(built.result().ok()).as(TestSite.report(built.result())).isTrue();
        return built.live().orElseThrow();
    }

    /** Every file of the search indexes and the search pages that name them, by path, as text. */
    private static Map<String, String> searchFiles(TestSite site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path f : site.outputFiles()) {
            String rel = site.output().relativize(f).toString().replace('\\', '/');
            if (rel.startsWith("search/")) files.put(rel, Files.readString(f));
        }
        return files;
    }

    @Test
    void editingAPagesTextRewritesThatPageOnly() throws IOException {
        TestSite site = site();
        Live live = start(site);
        Path other = site.output().resolve("about/index.html");
        long otherBefore = Files.getLastModifiedTime(other).toMillis();
        site.put("content/about/us.md", "---\ntitle: Us\n---\n## Who we are\nThe second text.\n");

        Optional<Build.Result> result = live.update(Set.of("content/about/us.md"));

        assertThat(result).isPresent();
        assertThat(result.get().ok()).isTrue();
        assertThat(result.get().pages()).isEqualTo(1);
        assertThat(site.page("/about/us/").text()).contains("The second text.");
        assertThat(Files.getLastModifiedTime(other).toMillis()).isEqualTo(otherBefore);
        assertThat(SearchFiles.of(site, "/search/").text()).contains("The second text.");
    }

    @Test
    void theSearchIndexAfterEditsIsTheOneAFullBuildWrites() throws IOException {
        TestSite site = site();
        Live live = start(site);
        site.put("content/about/us.md", "---\ntitle: Us\n---\n## Who we are\nThe second text.\n");
        assertThat(live.update(Set.of("content/about/us.md")).orElseThrow().ok()).isTrue();
        site.put("content/about/us.md", "---\ntitle: Us and them\ndescription: Who we are.\n---\n## Who we are\nThe third text.\n");
        assertThat(live.update(Set.of("content/about/us.md")).orElseThrow().ok()).isTrue();
        Map<String, String> edited = searchFiles(site);
        // only the edited page's document was made again: the others, and the helplines', are as the first build made them
        assertThat(SearchFiles.of(site, "/search/").text()).contains("Us and them", "Who we are.", "#helpline-").doesNotContain("The second text.");
        assertThat(SearchFiles.of(site, "/search/").find("third")).containsExactly("/about/us/");

        assertThat(site.build().ok()).isTrue();
        // the same files, of the same bytes, and no others: those the edits replaced are gone
        assertThat(searchFiles(site)).isEqualTo(edited);
        assertThat(site.page("/search/").select("[data-wm-search]").attr("data-wm-search-meta")).isNotEmpty();
    }

    @Test
    void anEditWritesOnlyTheSearchFilesWhoseContentChanged() throws IOException {
        TestSite site = site();
        Live live = start(site);
        FileTime old = FileTime.fromMillis(0);
        Map<String, String> before = searchFiles(site);
        for (String f : before.keySet()) Files.setLastModifiedTime(site.output().resolve(f), old);
        site.put("content/about/us.md", "---\ntitle: Us\n---\n## Who we are\nThe second text.\n");

        assertThat(live.update(Set.of("content/about/us.md")).orElseThrow().ok()).isTrue();

        Map<String, String> after = searchFiles(site);
        List<String> kept = after.keySet().stream().filter(before::containsKey).filter(f -> f.endsWith(".json")).toList();
        assertThat(kept).as("the files of the other pages and words").isNotEmpty();
        for (String f : kept) assertThat(Files.getLastModifiedTime(site.output().resolve(f))).as(f).isEqualTo(old);
        assertThat(after.keySet()).as("new files for what changed").anyMatch(f -> !before.containsKey(f));
    }

    @Test
    void changingATitleRewritesThePageAndThePagesThatShowIt() throws IOException {
        TestSite site = site();
        Live live = start(site);
        Path home = site.output().resolve("index.html");
        long homeBefore = Files.getLastModifiedTime(home).toMillis();
        // an edit of the text first: the title change after it must still find the page
        site.put("content/about/us.md", "---\ntitle: Us\n---\n## Who we are\nEdited.\n");
        assertThat(live.update(Set.of("content/about/us.md")).orElseThrow().pages()).isEqualTo(1);
        site.put("content/about/us.md", "---\ntitle: Us and them\ndescription: Who we are.\n---\n## Who we are\nText.\n");

        Build.Result result = live.update(Set.of("content/about/us.md")).orElseThrow();

        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/about/us/").select("h1").text()).isEqualTo("Us and them");
        assertThat(site.page("/about/").select(".wm-list a").eachText()).containsExactly("Us and them");
        assertThat(site.page("/about/").select(".wm-list").text()).contains("Who we are.");
        assertThat(site.page("/site-map/").select("main a").eachText()).contains("Us and them").doesNotContain("Us");
        assertThat(SearchFiles.of(site, "/search/").titles()).containsValue("Us and them");
        assertThat(Files.getLastModifiedTime(home).toMillis()).isEqualTo(homeBefore);

        // and the next edit starts from the new title
        site.put("content/about/us.md", "---\ntitle: Us and them\ndescription: Who we are.\n---\n## Who we are\nMore text.\n");
        assertThat(live.update(Set.of("content/about/us.md")).orElseThrow().pages()).isEqualTo(1);
        assertThat(site.page("/about/").select(".wm-list a").eachText()).containsExactly("Us and them");
    }

    @Test
    void renamingASectionRewritesTheBreadcrumbsOfItsPages() {
        TestSite site = site();
        site.put("content/about/team/index.md", "---\ntitle: Team\n---\n");
        site.put("content/about/team/advisers.md", "---\ntitle: Advisers\n---\nText.\n");
        Live live = start(site);
        site.put("content/about/team/index.md", "---\ntitle: Our team\n---\n");

        Build.Result result = live.update(Set.of("content/about/team/index.md")).orElseThrow();

        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/about/team/advisers/").select(".wm-breadcrumbs a").eachText()).containsExactly("Home", "About", "Our team");
        assertThat(site.page("/about/").select(".wm-list a").eachText()).contains("Our team");
    }

    @Test
    void changingTheTitleOfAPageInTheMainNavigationNeedsAFullBuild() {
        TestSite site = site();
        Live live = start(site);
        site.put("content/about/index.md", "---\ntitle: About this partnership\n---\n");
        assertThat(live.update(Set.of("content/about/index.md"))).isEmpty();
    }

    @Test
    void movingAPageToAnotherLayoutNeedsAFullBuild() {
        TestSite site = site();
        Live live = start(site);
        site.put("content/about/us.md", "---\ntitle: Us\nlayout: section\n---\nText.\n");
        assertThat(live.update(Set.of("content/about/us.md"))).isEmpty();
    }

    @Test
    void anEditWithABrokenLinkIsReportedAndTheLastGoodPageStays() {
        TestSite site = site();
        Live live = start(site);
        String before = site.file("/about/us/");
        site.put("content/about/us.md", "---\ntitle: Us\n---\nSee [nothing](/nowhere/).\n");

        Build.Result result = live.update(Set.of("content/about/us.md")).orElseThrow();

        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result)).contains("content/about/us.md:4:5: error: The link `/nowhere/`");
        assertThat(site.file("/about/us/")).isEqualTo(before);
    }

    @Test
    void aBrokenLinkIsReportedAgainOnEveryEditUntilItIsMended() {
        // pages whose links are as they were are not checked again: "as they were" is as in the last good site (the
        // ids stay the same, so that the other pages' links need no new check)
        TestSite site = site();
        Live live = start(site);
        site.put("content/about/us.md", "---\ntitle: Us\n---\n## Who we are\nSee [nothing](/nowhere/).\n");
        assertThat(live.update(Set.of("content/about/us.md")).orElseThrow().ok()).isFalse();
        site.put("content/about/us.md", "---\ntitle: Us and them\n---\n## Who we are\nSee [nothing](/nowhere/).\n");

        Build.Result again = live.update(Set.of("content/about/us.md")).orElseThrow();

        assertThat(again.ok()).isFalse();
        assertThat(TestSite.report(again)).contains("content/about/us.md:5:5: error: The link `/nowhere/`");
        assertThat(site.page("/about/").select(".wm-list a").eachText()).containsExactly("Us");

        // the renderer holds the title that did not reach the site: the mending edit builds the whole site
        site.put("content/about/us.md", "---\ntitle: Us and them\n---\n## Who we are\nSee [about](/about/).\n");
        assertThat(live.update(Set.of("content/about/us.md"))).isEmpty();
    }

    @Test
    void anEditThatBreaksTheFrontMatterIsReported() {
        TestSite site = site();
        Live live = start(site);
        site.put("content/about/us.md", "---\ntitle: [Us\n---\nText.\n");
        Build.Result result = live.update(Set.of("content/about/us.md")).orElseThrow();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result)).contains("content/about/us.md:");
    }

    @Test
    void aNewPageNeedsAFullBuild() {
        TestSite site = site();
        Live live = start(site);
        site.put("content/about/new.md", "---\ntitle: New\n---\n");
        assertThat(live.update(Set.of("content/about/new.md"))).isEmpty();
    }
}
