package org.waymark.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.waymark.scaffold.Outcome;
import org.waymark.scaffold.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code waymark new}: writes a starter file for a service, a page or a progress report. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes a starter file, with a note beside each field that says what to write.",
            "A file that exists already is never overwritten."},
        footer = {"%nExample:%n  ./waymark new service bedford-outreach --site my-partnership"},
        subcommands = {NewCommand.ServiceCommand.class, NewCommand.PageCommand.class, NewCommand.ReportCommand.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Say what to write: `waymark new service <id>`, `waymark new page <section>/<name>` or `waymark new report --plan <id> [date]`.");
    }

    @Command(name = "service", mixinStandardHelpOptions = true,
            description = "Writes content/services/<id>.yml, a service of the directory with every field explained.",
            footer = {"%nExample:%n  ./waymark new service bedford-outreach --site my-partnership"})
    static final class ServiceCommand implements Callable<Integer> {
        @Parameters(paramLabel = "<id>", description = "The service's id and file name: lower-case letters, digits and hyphens, such as bedford-outreach.")
        String id;

        @CommandLine.Mixin
        SiteFolder folder;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return tell(spec, Scaffold.service(folder.site, id, LocalDate.now()));
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true,
            description = "Writes content/<section>/<name>.md, a page with its front matter explained.",
            footer = {"%nExample:%n  ./waymark new page about/our-work --site my-partnership"})
    static final class PageCommand implements Callable<Integer> {
        @Parameters(paramLabel = "<section>/<name>", description = "Where the page goes, such as about/our-work (published at /about/our-work/).")
        String path;

        @CommandLine.Mixin
        SiteFolder folder;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return tell(spec, Scaffold.page(folder.site, path));
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Writes content/plans/<plan>/reports/<date>.yml, a progress-report round that lists every action",
                "of the plan with the status it had in the last report, so that you only change what moved."},
            footer = {"%nExample:%n  ./waymark new report --plan 2009-10 2010-03-31 --site my-partnership"})
    static final class ReportCommand implements Callable<Integer> {
        @Option(names = "--plan", required = true, paramLabel = "<id>", description = "The plan's id: its folder under content/plans/, such as 2009-10.")
        String plan;

        @Parameters(index = "0", arity = "0..1", paramLabel = "<date>", description = "The date of the report round, as 2010-03-31 (default: today).")
        String date;

        @CommandLine.Mixin
        SiteFolder folder;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return tell(spec, Scaffold.report(folder.site, plan, date, LocalDate.now()));
        }
    }

    /** Says what happened and returns the exit code: 0 written, 1 exists or the content has errors, 2 a wrong name. */
    static int tell(CommandLine.Model.CommandSpec spec, Outcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outcome instanceof Outcome.Written w) {
            out.println("Wrote " + w.file().normalize() + ".");
            out.println(w.next());
            return Main.OK;
        }
        if (outcome instanceof Outcome.Exists e) {
            err.println(e.message());
            err.println("    hint: " + e.hint());
            return Main.CONTENT_ERRORS;
        }
        if (outcome instanceof Outcome.Invalid i) {
            err.println(i.message());
            err.println("    hint: " + i.hint());
            return Main.USAGE;
        }
        Outcome.ContentErrors c = (Outcome.ContentErrors) outcome;
        Report.print(err, c.diagnostics());
        err.println(c.message());
        return Main.CONTENT_ERRORS;
    }
}
