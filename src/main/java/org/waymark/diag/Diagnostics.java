package org.waymark.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run from any thread; nothing is dropped and all are reported at once. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public void error(String file, Pos pos, String rule, String message, String hint) {
        add(Diagnostic.error(file, pos, rule, message, hint));
    }

    public void warning(String file, Pos pos, String rule, String message, String hint) {
        add(Diagnostic.warning(file, pos, rule, message, hint));
    }

    public synchronized void addAll(Diagnostics other) {
        all.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    /** Every problem, errors first, then by file and place; duplicates removed. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
