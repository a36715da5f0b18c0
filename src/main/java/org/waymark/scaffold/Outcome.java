package org.waymark.scaffold;

import java.nio.file.Path;
import java.util.List;
import org.waymark.diag.Diagnostic;

/** What asking for a starter file did: wrote it, refused (and why), or found the site itself unreadable. */
public sealed interface Outcome {
    /** The file was written; {@code next} says what the editor does now. */
    record Written(Path file, String next) implements Outcome {}

    /** The name is taken: a file exists at {@code file}, and it was left as it was. */
    record Exists(Path file, String message, String hint) implements Outcome {}

    /** The request itself is wrong (an id with capitals, a plan that does not exist, a date that is not one). */
    record Invalid(String message, String hint) implements Outcome {}

    /** The site's own files have errors that stop the starter being made (the plan does not parse). */
    record ContentErrors(String message, List<Diagnostic> diagnostics) implements Outcome {
        public ContentErrors {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
