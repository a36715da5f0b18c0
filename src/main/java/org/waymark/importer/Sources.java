package org.waymark.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;

/**
 * Reads a plan's file into {@link Table}s by its kind: CSV, an Excel workbook (.xlsx) or a Word document
 * (.docx). A file over {@link #MAX_BYTES}, a password-protected or damaged workbook or document, and a file of
 * another kind are reported, and nothing is read. Package-private.
 */
final class Sources {
    /** Larger files are refused: a plan is a few hundred kilobytes; a workbook of 20 MB is a data dump. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private Sources() {}

    /** The kinds of file the import reads, by the end of their names. */
    static final List<String> KINDS = List.of(".csv", ".xlsx", ".docx");

    static Optional<String> kind(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return KINDS.stream().filter(lower::endsWith).findFirst();
    }

    /** The tables of {@code bytes}, or empty after reporting why they cannot be read. */
    static Optional<List<Table>> read(byte[] bytes, String file, Diagnostics diags) {
        String kind = kind(file).orElse("");
        if (bytes.length > MAX_BYTES) {
            diags.error(file, Pos.NONE, "import-size", "The file is " + bytes.length / (1024 * 1024) + " MB; a plan of more than 20 MB is "
                    + "not imported.", "save only the sheet or table of the action plan, without pictures, and import that");
            return Optional.empty();
        }
        if (!kind.equals(".csv") && isOle2(bytes)) {
            boolean encrypted = encrypted(bytes);
            diags.error(file, Pos.NONE, "import-file", encrypted
                            ? "The file is protected with a password, so it cannot be read."
                            : "The file is in the old Office format (.xls or .doc), which the import does not read.",
                    encrypted ? "open it, remove the password (File > Info > Protect), save it and import that"
                            : "open it and save it as " + (kind.equals(".docx") ? "a Word document (.docx)" : "an Excel workbook (.xlsx)")
                            + " or as CSV");
            return Optional.empty();
        }
        return switch (kind) {
            case ".csv" -> CsvTable.read(bytes, file, diags).map(List::of);
            case ".xlsx" -> XlsxTables.read(bytes, file, diags);
            case ".docx" -> DocxTables.read(bytes, file, diags);
            default -> Optional.empty();
        };
    }

    /** Office files with a password, and the old .xls and .doc, are OLE2 containers rather than zip files. */
    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0;
    }

    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The message of a damaged file: what the reader said, without its class names. */
    static void damaged(String file, String what, Exception e, Diagnostics diags) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip();
        if (m.length() > 160) m = m.substring(0, 160) + "…";
        diags.error(file, Pos.NONE, "import-file", "The file cannot be read as " + what + ": it is damaged or of another kind ("
                + m + ").", "open it in its program, save it again under a new name, and import that");
    }
}
