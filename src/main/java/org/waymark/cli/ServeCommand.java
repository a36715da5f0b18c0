package org.waymark.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.waymark.config.ConfigLoader;
import org.waymark.serve.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark serve}: builds the site, serves it on 127.0.0.1 and rebuilds it on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site, then serves it at http://127.0.0.1:8080/ for you to look at while you edit.",
            "Every time you save a file the site is rebuilt and open pages reload by themselves;",
            "when there is an error the page shows it above the last good site. Press Ctrl-C to stop."},
        footer = {"%nExample:%n  ./waymark serve --site my-partnership --port 8081"})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SiteOptions options;

    @Option(names = {"-p", "--port"}, description = "The port to serve on, on 127.0.0.1 (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path root = options.folder.site.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(ConfigLoader.FILE))) {
            err.println("There is no " + ConfigLoader.FILE + " in " + root + ": run `waymark serve` in the site folder, or name it with --site.");
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println("The port must be a number from 1 to 65535, such as `waymark serve --port 8081`.");
            return Main.USAGE;
        }
        Preview preview;
        try {
            // the preview runs for days: it reads the day from the clock at each rebuild, in this computer's time zone
            Clock clock = Clock.systemDefaultZone();
            preview = Preview.start(new Preview.Options(options.build(LocalDate.now(clock)), clock, port, out, err));
        } catch (BindException e) {
            int other = port >= 65535 ? 8081 : port + 1;
            err.println("Port " + port + " is in use; try `waymark serve --port " + other + "`.");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("The preview could not start: " + e.getMessage());
            return Main.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Stopped.");
            out.flush();
        }, "waymark-serve-stop"));
        out.println("Serving " + root + " at " + preview.url() + " — press Ctrl-C to stop.");
        out.flush();
        preview.awaitClose();
        return Main.OK;
    }
}
