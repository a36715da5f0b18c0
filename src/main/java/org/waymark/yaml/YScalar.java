package org.waymark.yaml;

import org.waymark.diag.Pos;

/**
 * A single value. The text is kept as written, so {@code 1.10} stays "1.10" and {@code no} stays "no";
 * the kind records what YAML made of it.
 */
public record YScalar(Pos pos, String text, Kind kind) implements YNode {
    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "empty";
        };
    }
}
