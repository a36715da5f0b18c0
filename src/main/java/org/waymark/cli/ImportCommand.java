package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.waymark.importer.PlanImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code waymark import}: turns an action plan in CSV, Excel or Word into the plan's plan.yml and a first report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns an action plan (CSV, Excel .xlsx or Word .docx) into content/plans/<plan>/plan.yml,",
            "and its progress column into a first report round. Columns are matched to plan fields by their",
            "headers (see README.md); a column that matches no field is kept as an extra field of each action.",
            "Headings, a row across the table, or a theme column name the themes; merged cells are filled in;",
            "each line of a cell is one item; timescales such as \"March 2010\" become due dates."},
        footer = {"%nExample:%n  ./waymark import plan.docx --plan 2011-12 --report-date 2011-09-30"})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<file>", description = "The plan: .csv (UTF-8 or the spreadsheet program's own CSV), .xlsx or .docx.")
    Path csv;

    @Option(names = "--plan", required = true, paramLabel = "<id>", description = "The plan's id: its folder under content/plans/ and its web address, such as 2011-12.")
    String plan;

    @Option(names = "--map", paramLabel = "<Header=field>",
            description = {"Which plan field a column holds, such as --map \"Lead responsibility=leads\"; may be repeated.",
                "Fields: ref, theme, objectives, title, steps, leads, by, resources, milestones, outcomes, measures,",
                "confidence, risks, progress; `extra` keeps the column as an extra field; `ignore` leaves it out."})
    List<String> map = new ArrayList<>();

    @Option(names = "--title", paramLabel = "<title>", description = "The plan's title (default: the existing plan's, or \"Action plan <id>\").")
    String title;

    @Option(names = "--force", description = "Replace the plan's plan.yml if it exists (its reports are kept).")
    boolean force;

    @Option(names = "--dry-run", description = "Print the summary and the plan.yml the import would write, and write nothing.")
    boolean dryRun;

    @Option(names = "--add-partners", description = "Add the lead names that match no partner to content/partners.yml.")
    boolean addPartners;

    @Option(names = "--report-date", paramLabel = "<yyyy-mm-dd>",
            description = "The date of the progress column's report: it is written as reports/<date>.yml.")
    LocalDate reportDate;

    @CommandLine.Mixin
    SiteFolder folder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanImport.Result r;
        try {
            r = PlanImport.run(new PlanImport.Request(folder.site, csv, plan, title, map, force, dryRun, addPartners,
                    Optional.ofNullable(reportDate)));
        } catch (OutOfMemoryError e) {
            // a workbook is read whole into memory (Apache POI): one formatted far down can need more than Waymark has
            err.println(csv + " is too large to read in the memory Waymark was given; the import stopped.");
            err.println("    hint: give it more memory, such as JAVA_OPTS=-Xmx2g ./waymark import …, or copy the plan's table "
                    + "into a new workbook and import that");
            return Main.CONTENT_ERRORS;
        }
        Report.print(err, r.diagnostics());
        if (!r.summary().isEmpty()) out.print(r.summary());
        switch (r.kind()) {
            case DRY_RUN -> {
                out.println("--- " + r.file().getFileName() + " (not written)");
                out.print(r.yaml());
                out.println(r.message());
                return Main.OK;
            }
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
