package org.waymark.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.waymark.build.Build;
import picocli.CommandLine.Option;

/** The options that say which site to build and how, shared by {@code build} and {@code serve}. */
final class SiteOptions {
    @Option(names = {"-s", "--site"}, description = "The site folder, with site-config.yml (default: the current folder).", defaultValue = ".")
    Path site;

    @Option(names = {"-o", "--output"}, description = "The output folder (default: `output` in site-config.yml, or public).")
    Path output;

    @Option(names = "--drafts", description = "Also publish pages marked `draft: true`.")
    boolean drafts;

    @Option(names = "--as-of", description = "Judge plan progress as of this date (YYYY-MM-DD) instead of `as_of` in site-config.yml or today.")
    LocalDate asOf;

    Build.Options build() {
        return new Build.Options(site.toAbsolutePath().normalize(), output, drafts, asOf);
    }
}
