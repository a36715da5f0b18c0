package org.waymark.scaffold;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.waymark.cli.Main;

/** One run of the command line, with what it printed. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(o, e, args);
        }
        return new Cli(code, out.toString(), err.toString());
    }
}
