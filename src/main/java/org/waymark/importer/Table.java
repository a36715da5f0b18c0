package org.waymark.importer;

import java.util.List;

/**
 * The neutral form every source is read into: a table of rows of cell texts, each row with its place in the
 * source (a CSV's physical line, an Excel sheet and row, a Word table and row), merged cells already filled
 * in, and, for Word, the paragraphs written before the table. The mapping stage turns tables into a plan
 * without knowing which kind of file they came from. Package-private.
 *
 * @param name how messages name the table ("", "Sheet1", "table 2")
 * @param before paragraphs between the previous table (or the start of the document) and this one
 * @param rows every row, title and header rows included
 * @param titleRowsNameThemes whether rows above the header name a theme (Word) rather than the plan (Excel, CSV)
 * @param unread cells whose value could not be read (an Excel formula), each with its place
 */
record Table(String name, List<Note> before, List<Row> rows, boolean titleRowsNameThemes, List<Draft.Unread> unread) {
    Table {
        before = List.copyOf(before);
        rows = List.copyOf(rows);
        unread = List.copyOf(unread);
    }

    Table(String name, List<Note> before, List<Row> rows, boolean titleRowsNameThemes) {
        this(name, before, rows, titleRowsNameThemes, List.of());
    }

    /** A paragraph outside the tables of a Word document. */
    record Note(String text, Kind kind, String place) {}

    enum Kind {
        /** the document's title */
        TITLE,
        /** a heading: names the theme of the table under it */
        HEADING,
        /** text in bold italics just under a table: progress on the action above */
        EMPHASIS,
        /** any other paragraph */
        TEXT
    }

    /**
     * One row.
     *
     * @param cells the texts, one per column, line breaks kept as "\n"
     * @param line the physical line of a CSV file it starts on, or 0
     * @param places where each cell is, for messages ("line 12", "Sheet1!C7", "table 2, row 3, column 4")
     * @param spans whether one cell spans the whole row (a merged title or theme row)
     */
    record Row(List<String> cells, int line, List<String> places, boolean spans) {
        Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
            places = List.copyOf(places);
        }

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        String place(int column) {
            if (places.isEmpty()) return "";
            return places.get(Math.max(0, Math.min(column, places.size() - 1)));
        }

        /** Where the row is: its first cell's place. */
        String place() {
            return place(0);
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }

        /** The one text of a row with a single filled cell (or a spanning row), else "". */
        String single() {
            List<String> filled = cells.stream().filter(c -> !c.isBlank()).distinct().toList();
            return filled.size() == 1 ? filled.get(0).strip() : "";
        }
    }
}
