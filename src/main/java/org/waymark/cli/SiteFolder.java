package org.waymark.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --site} option every command takes: the folder with site-config.yml. */
final class SiteFolder {
    @Option(names = {"-s", "--site"}, description = "The site folder, with site-config.yml (default: the current folder).", defaultValue = ".")
    Path site;
}
