package org.waymark.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.waymark.scaffold.NewSite;
import org.waymark.scaffold.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code waymark init}: starts a new partnership's site in an empty folder. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Starts a new partnership's site in an empty folder: its settings, home page, get-help pages,",
            "about page, the national helplines, and the partners and glossary files to fill in. The site builds",
            "at once with the theme built into Waymark. On a terminal, without options, it asks for each."},
        footer = {"%nExample:%n  ./waymark init my-site --title \"Northshire Partnership\" --area \"North Town\""})
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<folder>", description = "The folder for the new site; it must be missing or empty.")
    Path dir;

    @Option(names = "--title", paramLabel = "<title>", description = "The site's title, such as \"Bedfordshire Domestic Abuse Partnership\".")
    String title;

    @Option(names = "--base-url", paramLabel = "<url>", description = "The site's public address (default: an example address, to change before going live).")
    String baseUrl;

    @Option(names = "--area", paramLabel = "<name>", description = "An area the partnership covers, such as \"Bedford Borough\"; may be repeated.")
    List<String> areas = new ArrayList<>();

    @Option(names = "--language", paramLabel = "<code>", description = "A language of the site, such as en, cy or ur; may be repeated, the first is the default (default: en).")
    List<String> languages = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = System.console();
        if (console != null && title == null && baseUrl == null && areas.isEmpty() && languages.isEmpty()) ask(console);
        if (title == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give the site's title: --title \"Bedfordshire Domestic Abuse Partnership\".");
        }
        Outcome outcome = NewSite.write(dir, new NewSite.Request(title, baseUrl == null ? "" : baseUrl, areas, languages), LocalDate.now());
        if (outcome instanceof Outcome.Written w) {
            var out = spec.commandLine().getOut();
            out.println("Wrote a new site in " + w.file() + ": site-config.yml and content/ (home page, get help, about,");
            out.println("helplines, partners, glossary). It uses the theme built into Waymark.");
            out.println(w.next());
            out.flush();
            return Main.OK;
        }
        return NewCommand.tell(spec, outcome);
    }

    /** Asks for each setting on the terminal, with a default in brackets. */
    private void ask(Console console) {
        String t = console.readLine("The site's title: ");
        title = t == null || t.isBlank() ? null : t.trim();
        String url = console.readLine("Its public address [%s]: ", NewSite.EXAMPLE_BASE_URL);
        baseUrl = url == null || url.isBlank() ? null : url.trim();
        String a = console.readLine("The areas it covers, separated by commas [none yet]: ");
        if (a != null && !a.isBlank()) areas = Arrays.stream(a.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String l = console.readLine("Its languages, as codes separated by commas, the first the default [en]: ");
        if (l != null && !l.isBlank()) languages = Arrays.stream(l.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
