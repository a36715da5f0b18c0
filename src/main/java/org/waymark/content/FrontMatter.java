package org.waymark.content;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter and its body: where the body starts in the text, and on
 * which line.
 */
record FrontMatter(String yaml, int yamlLine, int bodyStart, int bodyLine) {

    /**
     * The parts of {@code text}, or empty when the file does not start with a {@code ---} line or the
     * front matter is never closed.
     */
    static Optional<FrontMatter> split(String text) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) return Optional.empty();
        int start = text.indexOf('\n') + 1;
        int line = 2;
        int i = start;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            String current = (end < 0 ? text.substring(i) : text.substring(i, end)).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                return Optional.of(new FrontMatter(text.substring(start, i), 2, end < 0 ? text.length() : end + 1, line + 1));
            }
            if (end < 0) break;
            i = end + 1;
            line++;
        }
        return Optional.empty();
    }
}
