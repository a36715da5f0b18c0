package org.waymark.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;

/**
 * A Word document read with Apache POI: every table, in order, each with the paragraphs written before it.
 * A cell merged across columns gives its text to each column it covers, a cell merged down gives its text to
 * the rows it covers, and a row that is one cell across the table is marked as spanning. A cell's
 * paragraphs are its lines. Headings (a Heading or Title style, or a paragraph all in bold) and progress
 * (a paragraph all in bold italics) are told apart from other text. Package-private.
 */
final class DocxTables {
    private DocxTables() {}

    static Optional<List<Table>> read(byte[] bytes, String file, Diagnostics diags) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Table> tables = new ArrayList<>();
            List<Table.Note> notes = new ArrayList<>();
            int paragraph = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph++;
                    String text = p.getText().strip();
                    if (!text.isEmpty()) notes.add(new Table.Note(text, kind(p), "paragraph " + paragraph));
                } else if (e instanceof XWPFTable t) {
                    tables.add(table(t, tables.size() + 1, notes));
                    notes = new ArrayList<>();
                }
            }
            if (tables.isEmpty()) {
                diags.error(file, Pos.NONE, "import-file", "The document has no table, so there is no plan to import.",
                        "the import reads the plan's tables; put the actions in a table (one row per action) and import again");
                return Optional.empty();
            }
            if (!notes.isEmpty()) tables.add(new Table("the end of the document", notes, List.of(), true));
            return Optional.of(tables);
        } catch (IOException | RuntimeException e) {
            Sources.damaged(file, "a Word document", e, diags);
            return Optional.empty();
        }
    }

    private static Table.Kind kind(XWPFParagraph p) {
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
        if (style.startsWith("title")) return Table.Kind.TITLE;
        if (style.startsWith("heading")) return Table.Kind.HEADING;
        List<XWPFRun> runs = p.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank()).toList();
        if (runs.isEmpty()) return Table.Kind.TEXT;
        boolean bold = runs.stream().allMatch(XWPFRun::isBold);
        boolean italic = runs.stream().allMatch(XWPFRun::isItalic);
        if (bold && italic) return Table.Kind.EMPHASIS;
        return bold ? Table.Kind.HEADING : Table.Kind.TEXT;
    }

    private static Table table(XWPFTable t, int number, List<Table.Note> before) {
        List<XWPFTableRow> rows = t.getRows();
        int width = 0;
        for (XWPFTableRow r : rows) {
            int w = 0;
            for (XWPFTableCell c : r.getTableCells()) w += span(c);
            width = Math.max(width, w);
        }
        Map<Integer, String> above = new HashMap<>();
        List<Table.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            List<String> places = new ArrayList<>();
            List<XWPFTableCell> tcs = rows.get(i).getTableCells();
            int column = 0;
            for (int k = 0; k < tcs.size(); k++) {
                XWPFTableCell c = tcs.get(k);
                String text = continues(c) ? above.getOrDefault(column, "") : text(c);
                for (int s = 0; s < span(c); s++) {
                    above.put(column, text);
                    cells.add(text);
                    places.add("table " + number + ", row " + (i + 1) + ", column " + (k + 1));
                    column++;
                }
            }
            while (cells.size() < width) {
                cells.add("");
                places.add("table " + number + ", row " + (i + 1) + ", column " + (cells.size()));
            }
            boolean spans = width > 1 && tcs.size() == 1;
            Table.Row row = new Table.Row(cells, 0, places, spans);
            if (!row.blank()) out.add(row);
        }
        return new Table("table " + number, before, out, true);
    }

    private static String text(XWPFTableCell c) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : c.getParagraphs()) {
            String line = p.getText();
            if (!line.isBlank()) lines.add(line.strip());
        }
        return String.join("\n", lines);
    }

    private static int span(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) return 1;
        return Math.max(1, pr.getGridSpan().getVal().intValue());
    }

    /** A cell that goes on with the merged cell above it. */
    private static boolean continues(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || pr.getVMerge() == null) return false;
        return pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
    }
}
