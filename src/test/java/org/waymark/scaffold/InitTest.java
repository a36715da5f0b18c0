package org.waymark.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.testing.TestSite;

/** {@code waymark init}: a new partnership's site that builds at once, with the theme built into Waymark. */
class InitTest {
    @TempDir
    Path dir;

    private Cli init(Path site, String... more) {
        List<String> args = new ArrayList<>(List.of("init", site.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void initIntoAnEmptyFolderBuildsAtOnceWithNoThemesFolder() throws IOException {
        Path site = dir.resolve("new-site");
        Cli run = init(site, "--title", "Northshire Domestic Abuse Partnership", "--area", "North Town", "--area", "South Vale",
                "--base-url", "https://www.northshire-dap.example/", "--language", "en", "--language", "cy");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(site.resolve("themes")).doesNotExist();
        for (String file : List.of("site-config.yml", "content/index.md", "content/get-help/index.md", "content/get-help/emergency.md",
                "content/get-help/staying-safe-online.md", "content/about/index.md", "content/helplines.yml", "content/partners.yml",
                "content/glossary.yml")) {
            assertThat(site.resolve(file)).as(file).isRegularFile();
        }
        String config = Files.readString(site.resolve("site-config.yml"));
        assertThat(config).contains("title: Northshire Domestic Abuse Partnership", "base_url: https://www.northshire-dap.example/",
                "{id: north-town, label: North Town}", "{id: south-vale, label: South Vale}", "{code: cy, name: Cymraeg}",
                "accessibility:", "# contact_email:", "theme: default", "exit_url:", "allowed_origins: []", "stale_after_days:");

        Build.Result result = Build.run(new Build.Options(site, null, false, LocalDate.of(2026, 12, 7), LocalDate.now()));
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        // every page passed the site's checks: no error at all, and no warning but the helplines still to confirm
        // and the Welsh words the built-in theme lacks
        assertThat(result.diagnostics()).filteredOn(d -> !d.rule().equals("freshness") && !d.rule().equals("i18n"))
                .extracting(Diagnostic::format).isEmpty();
        Path out = site.resolve("public");
        for (String page : List.of("index.html", "get-help/index.html", "get-help/emergency/index.html",
                "get-help/staying-safe-online/index.html", "about/index.html", "helplines/index.html", "accessibility/index.html",
                "directory/index.html", "assets/css/waymark.css")) {
            assertThat(out.resolve(page)).as(page).isRegularFile();
        }
        String helplines = Files.readString(out.resolve("helplines/index.html"));
        assertThat(helplines).contains("0808 200 0247", "0808 801 0327").doesNotContain("01632", "0808 157");
    }

    @Test
    void namesWithCommasQuotesAndColonsAreWrittenSoThatTheSiteBuilds() throws IOException {
        Path site = dir.resolve("commas");
        Cli run = init(site, "--title", "Bedford, Kempston & \"Wootton\": together", "--area", "Bedford, Kempston and Wootton",
                "--area", "Mid {North} [Vale]");
        assertThat(run.code()).as(run.err()).isZero();
        Build.Result result = Build.run(new Build.Options(site, null, false, LocalDate.of(2026, 12, 7), LocalDate.now()));
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        String home = Files.readString(site.resolve("public/index.html"));
        assertThat(home).contains("Bedford, Kempston &amp; &quot;Wootton&quot;: together");
    }

    @Test
    void theNationalHelplinesComeWithoutTheExamplesLocalLinesAndUnconfirmedOnesHaveNoDate() throws IOException {
        Path site = dir.resolve("s");
        assertThat(init(site, "--title", "T").code()).isZero();
        String text = Files.readString(site.resolve("content/helplines.yml"));
        assertThat(text).contains("id: national-domestic-abuse-helpline", "id: mens-advice-line", "id: rape-crisis-support-line")
                .doesNotContain("0808 157", "01632", "bedfordshire");
        String mens = text.substring(text.indexOf("- id: mens-advice-line"), text.indexOf("- id: galop"));
        assertThat(mens).doesNotContain("last_verified");
        String nda = text.substring(text.indexOf("- id: national-domestic-abuse-helpline"), text.indexOf("- id: mens-advice-line"));
        assertThat(nda).contains("last_verified:");
    }

    @Test
    void initPrintsTheCommandsToRunNext() {
        Path site = dir.resolve("s");
        Cli run = init(site, "--title", "T");
        assertThat(run.out()).contains("./waymark serve --site " + site, "./waymark new service <id> --site " + site,
                "./waymark import plan.docx --plan <id> --site " + site, "./waymark check --site " + site);
    }

    @Test
    void initRefusesAFolderWithFilesAndChangesNothing() throws IOException {
        Path site = dir.resolve("taken");
        Files.createDirectories(site);
        Files.writeString(site.resolve("notes.txt"), "mine");
        Cli run = init(site, "--title", "T");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("has files in it already (notes.txt)").contains("nothing was written");
        try (Stream<Path> s = Files.list(site)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void initWithoutATitleOffATerminalSaysHowToGiveIt() {
        Cli run = init(dir.resolve("s"));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--title");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void themeCopyWritesTheBuiltInThemeAndKeepsTheSitesOwnFiles() throws IOException {
        Path site = dir.resolve("s");
        assertThat(init(site, "--title", "T").code()).isZero();
        Files.createDirectories(site.resolve("themes/default/templates"));
        Files.writeString(site.resolve("themes/default/templates/page.peb"), "{% extends \"base\" %}{% block main %}<h1>{{ page.title }}</h1>{% endblock %}");
        Cli run = Cli.run("theme", "copy", "--site", site.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("kept the site's own templates/page.peb");
        assertThat(Files.readString(site.resolve("themes/default/templates/base.peb")))
                .isEqualTo(Files.readString(Path.of("themes/default/templates/base.peb")));
        assertThat(Files.readString(site.resolve("themes/default/templates/page.peb"))).startsWith("{% extends \"base\" %}{% block main %}<h1>");
        assertThat(Build.run(new Build.Options(site, null, false, LocalDate.of(2026, 12, 7), LocalDate.now())).ok()).isTrue();
    }
}
