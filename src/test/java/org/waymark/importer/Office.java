package org.waymark.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Workbooks and documents made in the test with Apache POI, laid out as partnerships lay out their plans:
 * title rows above the header, merged cells, headings between tables, rows across a table.
 */
final class Office {
    private Office() {}

    /** A workbook of one sheet: {@code rows} from the first row down; {@code merges} in Excel's "A1:C1" form. */
    static byte[] workbook(String sheetName, List<List<String>> rows, String... merges) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (text != null && !text.isEmpty()) row.createCell(c).setCellValue(text);
                }
            }
            for (String m : merges) sheet.addMergedRegion(CellRangeAddress.valueOf(m));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a Word document holds, in order. */
    sealed interface Block permits Para, Grid {}

    /** A paragraph: style "Title", "Heading1"…, or "" for text; bold and italic for all its runs. */
    record Para(String text, String style, boolean bold, boolean italic) implements Block {}

    /**
     * A table. Each cell's text may hold "\n" (one paragraph per line). A cell written as {@link #ACROSS} + text
     * spans the whole row; {@link #DOWN} goes on with the merged cell above.
     */
    record Grid(List<List<String>> rows) implements Block {}

    static final String ACROSS = "\u0001";
    static final String DOWN = "\u0002";

    static Para heading(String text) {
        return new Para(text, "Heading2", false, false);
    }

    static Para text(String text) {
        return new Para(text, "", false, false);
    }

    static Para boldItalic(String text) {
        return new Para(text, "", true, true);
    }

    static Para title(String text) {
        return new Para(text, "Title", false, false);
    }

    static byte[] document(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block b : blocks) {
                if (b instanceof Para p) {
                    XWPFParagraph para = doc.createParagraph();
                    if (!p.style().isEmpty()) para.setStyle(p.style());
                    XWPFRun run = para.createRun();
                    run.setText(p.text());
                    run.setBold(p.bold());
                    run.setItalic(p.italic());
                } else if (b instanceof Grid g) {
                    table(doc, g);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Grid g) {
        int width = g.rows().stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable(1, 1);
        t.removeRow(0);
        for (int r = 0; r < g.rows().size(); r++) {
            List<String> cells = g.rows().get(r);
            XWPFTableRow row = t.createRow();
            while (!row.getTableCells().isEmpty()) row.removeCell(0);
            if (cells.size() == 1 && cells.get(0).startsWith(ACROSS)) {
                XWPFTableCell cell = row.addNewTableCell();
                fill(cell, cells.get(0).substring(1));
                pr(cell).addNewGridSpan().setVal(BigInteger.valueOf(width));
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.addNewTableCell();
                String text = cells.get(c);
                if (text.equals(DOWN)) {
                    pr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    fill(cell, text);
                    if (mergedBelow(g, r, c)) pr(cell).addNewVMerge().setVal(STMerge.RESTART);
                }
            }
        }
    }

    private static boolean mergedBelow(Grid g, int row, int column) {
        return row + 1 < g.rows().size() && g.rows().get(row + 1).size() > column && g.rows().get(row + 1).get(column).equals(DOWN);
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void fill(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        first.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) cell.addParagraph().createRun().setText(lines[i]);
    }
}
