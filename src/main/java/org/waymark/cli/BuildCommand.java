package org.waymark.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.waymark.build.Build;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code waymark build}: checks the content and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Checks all content and writes the site to the output folder (public/ by default).",
            "Nothing is written when an error is found: the last good site stays as it was."},
        footer = {"%nExample:%n  ./waymark build --site my-partnership --output /var/www/partnership"})
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SiteOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Build.Result result = Build.run(options.build(LocalDate.now()));
        Report.print(err, result.diagnostics());
        if (!result.ok()) {
            boolean moved = result.diagnostics().stream().anyMatch(d -> d.rule().equals("output-moved"));
            // when the last site could not be put back, the error above says where it is
            err.println("The site was not built" + (moved ? "." : result.output() == null ? "; nothing was written."
                    : "; " + result.output() + " is as it was."));
            return Main.CONTENT_ERRORS;
        }
        out.printf("Built %d pages into %s in %d ms.%n", result.pages(), result.output(), result.took().toMillis());
        return Main.OK;
    }
}
