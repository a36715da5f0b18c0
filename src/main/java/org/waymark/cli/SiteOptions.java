package org.waymark.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.waymark.build.Build;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say which site to build and how, shared by {@code build} and {@code serve}. */
final class SiteOptions {
    @CommandLine.Mixin
    SiteFolder folder;

    @Option(names = {"-o", "--output"}, description = "The output folder (default: `output` in site-config.yml, or public).")
    Path output;

    @Option(names = "--drafts", description = "Also publish pages marked `draft: true`.")
    boolean drafts;

    @Option(names = "--as-of", description = "Judge plan progress as of this date (YYYY-MM-DD) instead of `as_of` in site-config.yml or today.")
    LocalDate asOf;

    /** The build these options ask for, run on {@code today}. */
    Build.Options build(LocalDate today) {
        return new Build.Options(folder.site.toAbsolutePath().normalize(), output, drafts, asOf, today);
    }
}
