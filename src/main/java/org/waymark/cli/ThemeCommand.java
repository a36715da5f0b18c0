package org.waymark.cli;

import java.util.concurrent.Callable;
import org.waymark.scaffold.ThemeCopy;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code waymark theme}: what to do with the theme built into Waymark. */
@Command(name = "theme", mixinStandardHelpOptions = true,
        description = {"The theme built into Waymark. A site uses it without a themes/ folder; a file of the site's own",
            "at the same place under themes/<theme>/ takes the place of the built-in one."},
        subcommands = ThemeCommand.CopyCommand.class,
        footer = {"%nExample:%n  ./waymark theme copy --site my-partnership"})
final class ThemeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: `waymark theme copy`.");
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copies the built-in theme into the site's themes/<theme>/ (the theme named in site-config.yml),",
                "for those who want to change all of it. Files the site has already are kept as they are."},
            footer = {"%nExample:%n  ./waymark theme copy --site my-partnership"})
    static final class CopyCommand implements Callable<Integer> {
        @CommandLine.Mixin
        SiteFolder folder;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return NewCommand.tell(spec, ThemeCopy.copy(folder.site));
        }
    }
}
