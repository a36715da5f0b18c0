package org.waymark.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;

/**
 * An Excel workbook read with Apache POI: one {@link Table} per sheet, each cell's text as Excel shows it, a
 * merged range's text in every cell of the range, and a row merged across all its columns marked as
 * spanning. A formula cell shows the value Excel saved with the file; one without a saved value is worked out,
 * and one that cannot be keeps its formula text and is reported as not read. Only rows with a filled cell are
 * kept, so empty rows formatted down to the end of the sheet cost nothing; a sheet of more than
 * {@link #MAX_CELLS} filled cells is refused. Package-private.
 */
final class XlsxTables {
    /** More filled cells than this in one sheet is a data dump, not a plan (a plan of 500 actions has a few thousand). */
    static final int MAX_CELLS = 200_000;

    private XlsxTables() {}

    static Optional<List<Table>> read(byte[] bytes, String file, Diagnostics diags) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            format.setUseCachedValuesForFormulaCells(true);
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : book) {
                Optional<Table> table = sheet(sheet, format, eval, file, diags);
                if (table.isEmpty()) return Optional.empty();
                tables.add(table.get());
            }
            if (tables.stream().allMatch(t -> t.rows().isEmpty())) {
                diags.error(file, Pos.NONE, "import-file", "The workbook has no filled cells.", "import the workbook that holds the plan");
                return Optional.empty();
            }
            return Optional.of(tables);
        } catch (IOException | RuntimeException e) {
            Sources.damaged(file, "an Excel workbook", e, diags);
            return Optional.empty();
        }
    }

    /** A row with a filled cell: its index in the sheet and its filled cells. */
    private record Filled(int index, List<Integer> columns, List<String> texts) {}

    private static Optional<Table> sheet(Sheet sheet, DataFormatter format, FormulaEvaluator eval, String file, Diagnostics diags) {
        String name = sheet.getSheetName();
        List<Draft.Unread> unread = new ArrayList<>();
        List<Filled> filled = new ArrayList<>();
        int width = 0;
        int count = 0;
        for (Row row : sheet) { // only the rows the file holds, in order
            List<Integer> columns = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Cell cell : row) {
                String text = text(cell, format, eval, name, unread);
                if (text.isBlank()) continue;
                if (++count > MAX_CELLS) {
                    diags.error(file, Pos.NONE, "import-size", "The sheet " + name + " has more than " + MAX_CELLS + " filled cells (the "
                                    + "last one read is " + place(name, row.getRowNum(), cell.getColumnIndex()) + "); a plan is not that large.",
                            "copy only the action plan's table to a new workbook and import that");
                    return Optional.empty();
                }
                columns.add(cell.getColumnIndex());
                texts.add(text);
                width = Math.max(width, cell.getColumnIndex() + 1);
            }
            if (!columns.isEmpty()) filled.add(new Filled(row.getRowNum(), columns, texts));
        }
        String[][] grid = new String[filled.size()][width];
        for (int i = 0; i < filled.size(); i++) {
            Arrays.fill(grid[i], "");
            Filled f = filled.get(i);
            for (int j = 0; j < f.columns().size(); j++) grid[i][f.columns().get(j)] = f.texts().get(j);
        }
        boolean[] spans = new boolean[grid.length];
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            int top = kept(filled, m.getFirstRow());
            if (top < 0 || m.getFirstColumn() >= width) continue; // the range's text is blank
            String text = grid[top][m.getFirstColumn()];
            for (int i = top; i < filled.size() && filled.get(i).index() <= m.getLastRow(); i++) {
                for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), width - 1); c++) grid[i][c] = text;
                if (m.getFirstColumn() == 0 && m.getLastColumn() >= width - 1 && width > 1) spans[i] = true;
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < grid.length; i++) {
            List<String> places = new ArrayList<>();
            for (int c = 0; c < width; c++) places.add(place(name, filled.get(i).index(), c));
            rows.add(new Table.Row(List.of(grid[i]), 0, places, spans[i]));
        }
        return Optional.of(new Table(name, List.of(), rows, false, unread));
    }

    /** The position in {@code filled} of the row of index {@code row}, or -1 when that row has no filled cell. */
    private static int kept(List<Filled> filled, int row) {
        int lo = 0;
        int hi = filled.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = filled.get(mid).index();
            if (at == row) return mid;
            if (at < row) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /**
     * A cell's text as Excel shows it. A formula shows the value saved with the file; without one it is worked
     * out; when that fails, or the saved value is an error, its formula text is kept and the cell is reported.
     */
    private static String text(Cell cell, DataFormatter format, FormulaEvaluator eval, String sheet, List<Draft.Unread> unread) {
        if (cell.getCellType() != CellType.FORMULA) return lines(format.formatCellValue(cell));
        boolean saved = !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
        if (saved && cell.getCachedFormulaResultType() != CellType.ERROR) return lines(format.formatCellValue(cell));
        String why = "has the error " + format.formatCellValue(cell) + " as its saved value";
        if (!saved) {
            try {
                return lines(format.formatCellValue(cell, eval));
            } catch (RuntimeException e) {
                why = "has no value saved with the workbook, and the import cannot work it out";
            }
        }
        String formula = "=" + cell.getCellFormula();
        unread.add(new Draft.Unread(place(sheet, cell.getRowIndex(), cell.getColumnIndex()), "the formula " + formula + " " + why
                + ", so its text was imported; open the workbook in Excel, save it, and import it again"));
        return formula;
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String place(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }
}
