package org.waymark.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code waymark} command. Exit codes: 0 when all went well, 1 when the content has errors, 2 when
 * the command was used wrongly, 3 for an internal error (a bug in Waymark, not in the content).
 */
@Command(name = "waymark", mixinStandardHelpOptions = true, version = "Waymark 0.1.0",
        description = "Builds the website of a domestic abuse partnership from Markdown and YAML.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the content has errors (each is listed with its file and line)",
            "2:the command was used wrongly", "3:an internal error in Waymark"},
        footer = {"%nExample:%n  ./waymark init my-partnership --title \"Northshire Partnership\"",
            "  ./waymark serve --site my-partnership"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, such as `waymark build`.");
    }

    /** The commands, made only when named (picocli reads each one's options from its annotations when it is added). */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("theme", ThemeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(first, COMMANDS.get(first).get());
        } else {
            COMMANDS.forEach((name, make) -> cli.addSubcommand(name, make.get()));
        }
        cli.setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("Internal error in Waymark (not a problem in your content): " + e);
                    e.printStackTrace(commandLine.getErr());
                    return INTERNAL;
                });
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        return cli.execute(args);
    }
}
