package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.waymark.importer.PlanImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code waymark import}: turns a spreadsheet of an action plan, saved as CSV, into the plan's plan.yml. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns a spreadsheet of an action plan, saved as CSV, into content/plans/<plan>/plan.yml.",
            "Columns are matched to plan fields by their headers (Ref, Action, Theme, Lead, By whom, Resources,",
            "Timescale, Outcomes, Measures, Confidence, Risks, Steps and the names partnerships use for them);",
            "--map names the field of any other column. Rows are grouped into themes by the theme column,",
            "cells with several lines become lists, and timescales such as \"March 2010\" become due dates."},
        footer = {"%nExample:%n  ./waymark import action-plan.csv --plan 2011-12 --site my-partnership"})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<file.csv>", description = "The spreadsheet saved as CSV (UTF-8 or the spreadsheet program's own CSV).")
    Path csv;

    @Option(names = "--plan", required = true, paramLabel = "<id>", description = "The plan's id: its folder under content/plans/ and its web address, such as 2011-12.")
    String plan;

    @Option(names = "--map", paramLabel = "<Header=field>",
            description = {"Which plan field a column holds, such as --map \"Lead responsibility=leads\"; may be repeated.",
                "Fields: ref, theme, title, steps, leads, by, resources, milestones, outcomes, measures, confidence, risks;",
                "`ignore` leaves the column out."})
    List<String> map = new ArrayList<>();

    @Option(names = "--title", paramLabel = "<title>", description = "The plan's title (default: the existing plan's, or \"Action plan <id>\").")
    String title;

    @Option(names = "--force", description = "Replace the plan's plan.yml if it exists (its reports are kept).")
    boolean force;

    @CommandLine.Mixin
    SiteFolder folder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanImport.Result r = PlanImport.run(new PlanImport.Request(folder.site, csv, plan, title, map, force));
        Report.print(err, r.diagnostics());
        switch (r.kind()) {
            case WRITTEN -> {
                out.println(r.message());
                out.println("Now " + r.hint() + ".");
                return Main.OK;
            }
            case USAGE -> {
                err.println(r.message());
                if (!r.hint().isEmpty()) err.println("    hint: " + r.hint());
                return Main.USAGE;
            }
            default -> {
                err.println(r.message());
                if (!r.hint().isEmpty()) err.println("    hint: " + r.hint());
                return Main.CONTENT_ERRORS;
            }
        }
    }
}
