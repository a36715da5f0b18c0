package org.waymark.golive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.cli.Main;
import org.waymark.diag.Diagnostic;
import org.waymark.testing.TestSite;

/** {@code waymark check} ends with what is left to do before the site goes live, each item with its file and line. */
class ToDoTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The 1-based line of the first line of {@code file} that starts (after spaces) with {@code start}. */
    private static int line(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).stripLeading().startsWith(start)) return i + 1;
        throw new AssertionError("no line starting with " + start + " in " + file);
    }

    private Path init(String... more) {
        Path site = dir.resolve("site");
        List<String> args = new ArrayList<>(List.of("init", site.toString(), "--title", "Northshire Partnership"));
        args.addAll(List.of(more));
        assertThat(run(args.toArray(String[]::new)).code()).isZero();
        return site;
    }

    @Test
    void checkListsEachThingInitLeftToFillInWithItsFileAndLine() throws IOException {
        Path site = init();
        Files.createDirectories(site.resolve("content/services"));
        Files.writeString(site.resolve("content/services/north-outreach.yml"), """
                name: North Outreach
                organisation: North Advice
                summary: Advice for anyone affected by domestic abuse.
                categories: [advocacy]
                areas: [our-area]
                contact:
                  phones:
                    - number: "0808 2000 247"
                """);
        // a site without an example notice may not publish a drama number: the service gives a national helpline's
        Run r = run("check", "--site", site.toString(), "--as-of", "2026-12-07");
        assertThat(r.code()).as(r.err()).isZero();
        String todo = r.out().substring(r.out().indexOf("To do before the site goes live"));
        Path config = site.resolve("site-config.yml");
        assertThat(todo)
                .contains("site-config.yml:" + line(config, "# prepared:") + ": warning: The date the statement was prepared is missing")
                .contains("site-config.yml:" + line(config, "# reviewed:") + ": warning: The date the statement was last reviewed is missing")
                .contains("site-config.yml:" + line(config, "# contact_email:") + ": warning: There is no contact in the accessibility statement")
                .contains("site-config.yml:" + line(config, "known_issues:") + ": warning: The statement says the site is not fully accessible")
                .contains("site-config.yml:" + line(config, "# tested_with:") + ": warning: How the site was tested is missing")
                .contains("site-config.yml:" + line(config, "base_url:") + ": warning: `base_url` is still an example address")
                .contains("site-config.yml:" + line(config, "- {id: our-area") + ":")
                .contains("content/index.md:3:15: warning: Text that `waymark init` wrote for you to replace is still here: [fill in: one sentence")
                .contains("content/about/index.md:6:1: warning: Text that `waymark init` wrote for you to replace")
                .contains("content/helplines.yml:" + (line(site.resolve("content/helplines.yml"), "- id: mens-advice-line")) + ":7: warning: The number and hours of Men's Advice Line have not been confirmed.")
                .contains("content/services/north-outreach.yml:1:1: warning: \"North Outreach\" has never been checked");
        assertThat(r.out()).contains("No errors; ").contains(" things are left to do before the site goes live (above).");
    }

    @Test
    void aSiteWithItsOwnAddressIsToldOfExampleAddressesAndTheExampleNotice() throws IOException {
        Path site = init("--base-url", "https://www.northshire-partnership.org.uk/", "--area", "North");
        Path config = site.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config).replace("# example_notice: This is an example site.", "example_notice: An example."));
        Files.writeString(site.resolve("content/about/index.md"), """
                ---
                title: About
                ---
                Write to [us](https://example.org/contact).
                """);
        Run r = run("check", "--site", site.toString());
        String todo = r.out();
        assertThat(todo).contains("site-config.yml:" + line(config, "example_notice:") + ": warning: Every page still says the site is an example")
                .contains("content/about/index.md:4:23: warning: An example address (example.org) is still in the site.")
                .doesNotContain("`base_url` is still an example address");

        // the same on a site whose own address is still an example: only the address is listed
        Files.writeString(config, Files.readString(config).replace("https://www.northshire-partnership.org.uk/", "https://example.org/"));
        todo = run("check", "--site", site.toString()).out();
        assertThat(todo).contains("`base_url` is still an example address").doesNotContain("An example address (example.org)")
                .doesNotContain("Every page still says");
    }

    @Test
    void thePlaceholdersGoOnceReplacedAndTheStatementFilledIn() throws IOException {
        Path site = init("--base-url", "https://www.northshire-partnership.org.uk/", "--area", "North");
        for (String file : List.of("content/index.md", "content/about/index.md")) {
            Path f = site.resolve(file);
            Files.writeString(f, Files.readString(f).replaceAll("\\[fill in: ([^\\]]*)\\]", "$1"));
        }
        Path config = site.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config)
                .replaceFirst("# prepared: ", "prepared: ").replaceFirst("# reviewed: ", "reviewed: ")
                .replace("# contact_email: accessibility@example.org", "contact_email: access@northshire-partnership.org.uk").replace("known_issues: []", "known_issues: [Some PDFs]")
                .replace("# tested_with:", "tested_with:"));
        Run r = run("check", "--site", site.toString());
        assertThat(r.out()).doesNotContain("[to-do]");
    }

    @Test
    void aPartnerWithNoNameIsListedWithItsLine() throws IOException {
        Path site = init("--area", "North");
        Files.writeString(site.resolve("content/partners.yml"), "- id: north-police\n  type: police\n");
        Run r = run("check", "--site", site.toString());
        assertThat(r.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(r.err()).contains("content/partners.yml:1:3: error:").contains("name");
    }

    @Test
    void aBuildWithNoAccessibilityStatementFailsNamingTheFieldsToFill() {
        TestSite site = TestSite.create(dir, "");
        site.put("site-config.yml", "title: Test\nbase_url: https://example.org/\n");
        Build.Result result = site.build(new Build.Options(site.root(), null, false, LocalDate.of(2026, 12, 7), LocalDate.now()));
        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format)
                .anyMatch(e -> e.startsWith("site-config.yml:1:1: error: site-config.yml has no `accessibility:` block")
                        && e.contains("prepared, reviewed, contact_email, contact_phone, compliance, known_issues, tested_with"));
        assertThat(site.output()).doesNotExist();
    }
}
