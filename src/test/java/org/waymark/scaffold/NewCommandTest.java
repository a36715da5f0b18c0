package org.waymark.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

class NewCommandTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir, "");
    }

    @Test
    void newServiceWritesAStarterWithEveryFieldThatBuilds() throws IOException {
        TestSite site = site();
        Cli run = Cli.run("new", "service", "north-outreach", "--site", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("content/services/north-outreach.yml").contains("/directory/north-outreach/");
        String text = Files.readString(dir.resolve("content/services/north-outreach.yml"));
        for (String field : List.of("name:", "organisation:", "summary:", "description:", "categories:", "areas:", "for:",
                "languages:", "referral:", "contact:", "phones:", "number:", "label:", "hours:", "free:", "text:", "email:",
                "website:", "address:", "confidential:", "opening_hours:", "how_to_refer:", "access:", "last_verified:")) {
            assertThat(text).as(field).contains(field);
        }
        assertThat(text).contains("\"01632 960000\"").contains("example.org").contains("categories: [advocacy]")
                .contains("areas: [north]").contains("one or more of: refuge, advocacy, helpline");
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.exists("/directory/north-outreach/")).isTrue();
    }

    @Test
    void newServiceRefusesAnIdThatExistsAndChangesNothing() throws IOException {
        site().put("content/services/north-outreach.yml", "name: Mine\n");
        Cli run = Cli.run("new", "service", "north-outreach", "--site", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/services/north-outreach.yml exists already").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("content/services/north-outreach.yml"))).isEqualTo("name: Mine\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"North Outreach", "north_outreach", "North-Outreach", "north/outreach"})
    void newServiceRefusesAnIdThatIsNotAnAddressAndSaysWhatToUse(String id) {
        site();
        Cli run = Cli.run("new", "service", id, "--site", dir.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be a service id").contains("hint: use `");
        assertThat(dir.resolve("content/services")).doesNotExist();
    }

    @Test
    void newServiceSuggestsTheIdMadeFromWhatWasTyped() {
        site();
        assertThat(Cli.run("new", "service", "North Outreach", "--site", dir.toString()).err()).contains("use `north-outreach`");
    }

    @Test
    void newServiceRefusesAnIdTheDirectoryUsesForItsOwnPages() {
        site();
        Cli run = Cli.run("new", "service", "category", "--site", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("/directory/category/");
    }

    @Test
    void newServiceOutsideASiteSaysWhereToRunIt() {
        Cli run = Cli.run("new", "service", "north-outreach", "--site", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("There is no site-config.yml").contains("--site");
    }

    @Test
    void newPageWritesFrontMatterAndABodyThatBuild() throws IOException {
        TestSite site = site();
        Cli run = Cli.run("new", "page", "about/our-work", "--site", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String text = Files.readString(dir.resolve("content/about/our-work.md"));
        assertThat(text).startsWith("---\n").contains("title: Our work").contains("description:").contains("# order:")
                .contains("# draft:").contains("# menu:");
        assertThat(run.out()).contains("/about/our-work/").contains("waymark new page about/index");
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/about/our-work/").select("h1").text()).isEqualTo("Our work");
    }

    @Test
    void newPageMayBeASectionsIndex() {
        TestSite site = site();
        assertThat(Cli.run("new", "page", "about/index", "--site", dir.toString()).code()).isZero();
        assertThat(Cli.run("new", "page", "about/our-work.md", "--site", dir.toString()).out()).doesNotContain("index");
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/about/").select("h1").text()).isEqualTo("About");
    }

    @Test
    void newPageRefusesAnAddressThatAPageHasAlready() throws IOException {
        site().put("content/about/our-work/index.md", "---\ntitle: Ours\n---\n");
        Cli run = Cli.run("new", "page", "about/our-work", "--site", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/about/our-work/index.md");
        assertThat(dir.resolve("content/about/our-work.md")).doesNotExist();
    }

    @Test
    void newPageRefusesAFileThatExists() throws IOException {
        site();
        String before = Files.readString(dir.resolve("content/get-help/emergency.md"));
        Cli run = Cli.run("new", "page", "get-help/emergency", "--site", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/get-help/emergency.md");
        assertThat(Files.readString(dir.resolve("content/get-help/emergency.md"))).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"About/Our Work", "about/our_work", "about//x y", "../outside"})
    void newPageRefusesANameThatIsNotAnAddress(String name) {
        site();
        Cli run = Cli.run("new", "page", name, "--site", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot name a page").contains("hint:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets/notes", "services/x", "plans/x", "directory/x", "helplines/x"})
    void newPageRefusesFoldersWaymarkUsesItself(String name) {
        site();
        Cli run = Cli.run("new", "page", name, "--site", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Waymark uses itself");
    }

    @ParameterizedTest
    @ValueSource(strings = {"service", "page", "report"})
    void everyNewCommandExplainsItselfWithHelp(String what) {
        Cli run = Cli.run("new", what, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: waymark new " + what).contains("--site");
    }

    @Test
    void newWithoutWhatToWriteIsAUsageError() {
        Cli run = Cli.run("new");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("waymark new service <id>");
    }

    @Test
    void newReportDefaultsToTodayAndNamesTheFileAfterItsDate() throws IOException {
        RagPlan.site(dir);
        Cli run = Cli.run("new", "report", "--plan", "2008-11", "--site", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Path file = dir.resolve("content/plans/2008-11/reports/" + LocalDate.now() + ".yml");
        assertThat(Files.readString(file)).containsPattern("(?m)^date: " + LocalDate.now() + " ");
    }
}
