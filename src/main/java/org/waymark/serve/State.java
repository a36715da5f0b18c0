package org.waymark.serve;

import java.nio.file.Path;
import java.util.List;
import org.waymark.diag.Diagnostic;

/**
 * What the preview shows after a build: the output folder of the last good site and, when the latest
 * build failed, its errors.
 *
 * @param token names this build; pages carry it so a browser that missed a rebuild learns of it
 * @param ok whether the latest build succeeded
 * @param errors the errors of the latest build, empty when it succeeded
 * @param output the output folder served (the last good site stays there when a build fails)
 * @param basePath the path the site is published under ("/" or "/partnership/")
 * @param rules the rewrites and headers of the site served, from its {@code _redirects} and {@code _headers}
 */
record State(String token, boolean ok, List<Diagnostic> errors, Path output, String basePath, HostRules rules) {
    State {
        errors = List.copyOf(errors);
    }

    State(String token, boolean ok, List<Diagnostic> errors, Path output, String basePath) {
        this(token, ok, errors, output, basePath, HostRules.NONE);
    }
}
