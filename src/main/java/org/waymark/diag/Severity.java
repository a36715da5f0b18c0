package org.waymark.diag;

/** How bad a problem is: an error stops the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
