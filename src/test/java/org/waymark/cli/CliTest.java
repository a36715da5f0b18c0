package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.TestSite;

/** The command line as an editor meets it: help for each command, exit codes, and the editors' to-do list. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "serve", "check", "new", "import", "init", "theme"}) {
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString()).contains("Usage: waymark " + command);
        }
    }

    @Test
    void everyCommandsHelpEndsWithAnExample() {
        for (String[] command : new String[][] {{}, {"build"}, {"serve"}, {"check"}, {"new"}, {"new", "service"}, {"new", "page"},
                {"new", "report"}, {"import"}, {"init"}, {"theme"}, {"theme", "copy"}}) {
            out.getBuffer().setLength(0);
            String[] args = Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(run(args)).as(String.join(" ", command)).isZero();
            String help = out.toString().stripTrailing();
            String last = help.substring(help.lastIndexOf("Example:"));
            assertThat(last).as(String.join(" ", command)).startsWith("Example:\n  ./waymark " + (command.length > 0 ? command[0] : ""));
            // each line of the example is a whole command, not wrapped
            assertThat(last.lines().skip(1)).as(String.join(" ", command)).isNotEmpty().allMatch(l -> l.startsWith("  ./waymark "));
        }
    }

    @Test
    void aPlanIsNamedWithPlanInBothNewReportAndImport() {
        for (String command : new String[] {"new report", "import"}) {
            out.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            assertThat(run(args.toArray(String[]::new))).isZero();
            assertThat(out.toString()).as(command).contains("--plan=<id>");
        }
    }

    @Test
    void aCommandUsedWronglyExitsWithTwo() {
        assertThat(run("publish")).isEqualTo(Main.USAGE);
        assertThat(run("build", "--no-such-option")).isEqualTo(Main.USAGE);
    }

    @Test
    void contentErrorsExitWithOneAndNoStackTrace() {
        TestSite site = TestSite.create(dir, "-- content/bad.md --\n---\ntitle: [\n---\n");
        assertThat(run("build", "--site", site.root().toString())).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(err.toString()).contains("content/bad.md:").contains("The site was not built")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void checkListsAServiceNotVerifiedForYearsWithTheFileToEdit() {
        TestSite site = TestSite.create(dir, """
                -- content/services/old-service.yml --
                name: Old service
                organisation: North Advice Service
                summary: Advice for anyone affected by domestic abuse.
                categories: [advocacy]
                areas: [north]
                for: [women]
                contact:
                  phones:
                    - number: "01632 960123"
                last_verified: 2021-01-01
                """);
        assertThat(run("check", "--site", site.root().toString())).as(err.toString()).isEqualTo(Main.OK);
        String todo = out.toString().substring(out.toString().indexOf("To do before the site goes live"));
        assertThat(todo).contains("content/services/old-service.yml").contains("warning").contains("last checked on 1 January 2021");
        assertThat(out.toString()).contains("No errors; ").contains("left to do before the site goes live (above).");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void buildReportsThePagesItWrote() {
        TestSite site = TestSite.create(dir, "");
        assertThat(run("build", "--site", site.root().toString())).isZero();
        assertThat(out.toString()).startsWith("Built ").contains(" pages into ");
    }

    @Test
    void checkListsAMilestonePastItsDueDateWithItsLine() {
        TestSite site = TestSite.create(dir, """
                -- content/plans/p/plan.yml --
                title: A plan
                themes:
                  - id: "1"
                    title: Support
                    actions:
                      - ref: "1.1"
                        title: Open a helpline
                        milestones:
                          - {title: Helpline open, due: 2009-09}
                """);
        assertThat(run("check", "--site", site.root().toString(), "--as-of", "2010-01-15")).as(err.toString()).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("content/plans/p/plan.yml:9:13: warning: Action 1.1: the milestone \"Helpline open\" was due by 2009-09-30 and is not done.");
    }
}
