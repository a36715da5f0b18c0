package org.waymark.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.waymark.build.Build;
import org.waymark.check.external.ExternalCheckOptions;
import org.waymark.check.external.ExternalCheckResult;
import org.waymark.check.external.ExternalLink;
import org.waymark.check.external.ExternalLinkChecker;
import org.waymark.config.ConfigLoader;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.golive.ToDo;
import org.waymark.yaml.YamlReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code waymark check}: builds the site without writing it and lists what editors should look at:
 * errors, services and helplines not checked lately, overdue milestones, and with {@code --external}
 * links to other sites that no longer work.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the site without publishing it, and lists what editors should look at:",
            "errors, services and helplines not checked lately, overdue milestones;",
            "with --external, links to other sites that fail (results cached for 7 days).",
            "Ends with what is left to do before the site goes live: the accessibility statement's missing fields,",
            "text `waymark init` wrote for you to replace, example addresses, helplines and services never checked."},
        footer = {"%nExample:%n  ./waymark check --site my-partnership --external"})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SiteFolder folder;

    @Option(names = "--external", description = "Also check links to other websites (slow; results are cached).")
    boolean external;

    @Option(names = "--cache", description = "The cache file for external link results (default: .waymark/external-links.json in the site folder).")
    Path cache;

    @Option(names = "--skip", split = ",", description = "Addresses (prefixes or patterns) not to check, comma-separated.")
    List<String> skip = List.of();

    @Option(names = "--as-of", description = "Judge plan progress and freshness as of this date (YYYY-MM-DD).")
    LocalDate asOf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        LocalDate today = LocalDate.now();
        Build.Result result = Build.run(new Build.Options(folder.site, null, false, asOf, today).checkOnly());
        List<Diagnostic> all = result.diagnostics();
        if (external && result.ok()) {
            Path cacheFile = cache != null ? cache : folder.site.resolve(".waymark/external-links.json");
            ExternalCheckOptions options = withSkip(ExternalCheckOptions.defaults(cacheFile), skip);
            Diagnostics diags = new Diagnostics();
            List<ExternalLink> links = result.externalLinks().stream()
                    .map(r -> new ExternalLink(r.url(), r.file(), r.line()))
                    .toList();
            out.printf("Checking %d links to other sites …%n", links.stream().map(ExternalLink::url).distinct().count());
            ExternalCheckResult r = new ExternalLinkChecker(ExternalLinkChecker.newHttpClient(options), options, Clock.systemUTC())
                    .check(links, diags);
            out.printf("External links: %d checked, %d from the cache, %d skipped; %d ok, %d warnings, %d errors.%n",
                    r.checked(), r.fromCache(), r.skipped(), r.ok(), r.warnings(), r.errors());
            all = new ArrayList<>(all);
            all.addAll(diags.sorted());
        }
        List<Diagnostic> todo = toDo(all, today);
        all = all.stream().filter(d -> !todo.contains(d)).toList();
        Report.print(err, all);
        if (!todo.isEmpty()) {
            out.println("To do before the site goes live (" + todo.size() + "):");
            for (Diagnostic d : todo) out.println(d.format());
            out.println();
        }
        boolean errors = all.stream().anyMatch(Diagnostic::isError);
        if (!errors && !todo.isEmpty()) out.println("No errors; " + todo.size() + (todo.size() == 1 ? " thing is" : " things are")
                + " left to do before the site goes live (above).");
        else if (!errors) out.println(all.isEmpty() ? "Nothing to look at: the site is in good order." : "No errors; the warnings above are for editors to look at.");
        return errors ? Main.CONTENT_ERRORS : Main.OK;
    }

    /** The to-do list: what init left to fill in, the example's left-overs, and the helplines and services never checked. */
    private List<Diagnostic> toDo(List<Diagnostic> found, LocalDate today) {
        List<Diagnostic> todo = new ArrayList<>(found.stream()
                .filter(d -> !d.isError() && (d.rule().equals("freshness") || d.rule().equals("stale"))).toList());
        Path root = folder.site.toAbsolutePath().normalize();
        ConfigLoader.load(root, new YamlReader(), new Diagnostics())
                .ifPresent(config -> todo.addAll(ToDo.list(root, config, asOf != null ? asOf : today)));
        todo.sort(Diagnostic.ORDER);
        return todo;
    }

    private static ExternalCheckOptions withSkip(ExternalCheckOptions o, List<String> skip) {
        return new ExternalCheckOptions(o.perHostConcurrency(), o.overallConcurrency(), o.pauseBetweenRequestsToSameHost(),
                o.timeout(), o.retries(), o.initialBackoff(), o.maxRetryAfter(), o.cacheLifetime(), o.cacheFile(), skip);
    }
}
