package org.waymark.diag;

/** A 1-based line and column in a source file; {@link #NONE} when the place is the whole file. */
public record Pos(int line, int column) implements Where {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public Pos pos() {
        return this;
    }

    public static Pos line(int line) {
        return new Pos(line, 0);
    }

    /** This position moved down by {@code lines}, for text that starts part-way into a file. */
    public Pos shift(int lines) {
        return line <= 0 ? this : new Pos(line + lines, column);
    }
}
