package org.waymark.cli;

import java.io.PrintWriter;
import java.util.List;
import org.waymark.diag.Diagnostic;

/** Prints diagnostics for a person: each with its place, what is wrong and what to do, then a count. */
final class Report {
    private Report() {}

    static void print(PrintWriter out, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) out.println(d.format());
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            out.println();
            out.println(errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings") + ".");
        }
        out.flush();
    }
}
