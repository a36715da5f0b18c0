package org.waymark.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;

/**
 * An Excel workbook read with Apache POI: one {@link Table} per sheet, each cell's text as Excel shows it, a
 * merged range's text in every cell of the range, and a row merged across all its columns marked as
 * spanning. Package-private.
 */
final class XlsxTables {
    private XlsxTables() {}

    static Optional<List<Table>> read(byte[] bytes, String file, Diagnostics diags) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : book) tables.add(sheet(sheet, format, eval));
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

    private static Table sheet(Sheet sheet, DataFormatter format, FormulaEvaluator eval) {
        int first = Math.max(0, sheet.getFirstRowNum());
        int last = sheet.getLastRowNum();
        int width = 0;
        for (int r = first; r <= last; r++) {
            var row = sheet.getRow(r);
            if (row != null) width = Math.max(width, row.getLastCellNum());
        }
        String[][] grid = new String[Math.max(0, last - first + 1)][width];
        for (int r = first; r <= last; r++) {
            var row = sheet.getRow(r);
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                grid[r - first][c] = cell == null ? "" : format.formatCellValue(cell, eval).replace("\r\n", "\n").replace('\r', '\n');
            }
        }
        boolean[] spans = new boolean[grid.length];
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() < first) continue;
            String text = grid[m.getFirstRow() - first][Math.min(m.getFirstColumn(), width - 1)];
            for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), last); r++) {
                for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), width - 1); c++) grid[r - first][c] = text;
                if (m.getFirstColumn() == 0 && m.getLastColumn() >= width - 1 && width > 1) spans[r - first] = true;
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            List<String> places = new ArrayList<>();
            for (int c = 0; c < width; c++) places.add(sheet.getSheetName() + "!" + new CellReference(r + first, c).formatAsString(false));
            Table.Row row = new Table.Row(List.of(grid[r]), 0, places, spans[r]);
            if (!row.blank()) rows.add(row);
        }
        return new Table(sheet.getSheetName(), List.of(), rows, false);
    }
}
