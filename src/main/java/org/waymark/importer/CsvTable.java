package org.waymark.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;

/**
 * A CSV file read with Jackson CSV into a {@link Table}: rows, each with the physical line it starts on. Cells may be
 * quoted and hold line breaks. The text is UTF-8 with or without a byte order mark; a file that is not
 * UTF-8 is read as Windows-1252 (what spreadsheet programs write for plain "CSV") with a warning.
 * Package-private.
 */
final class CsvTable {
    private CsvTable() {}

    /** The table in {@code bytes}, or empty after reporting why it cannot be read. */
    static Optional<Table> read(byte[] bytes, String file, Diagnostics diags) {
        String text = decode(bytes, file, diags);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            diags.error(file, Pos.NONE, "csv", "The file is empty.", "save the spreadsheet as CSV with its header row and rows");
            return Optional.empty();
        }
        char separator = separator(text);
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<Table.Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            boolean first = true;
            while (true) {
                // the row starts on the line after the one the previous row ended on
                int line = first ? 1 : Math.max(1, it.getCurrentLocation().getLineNr());
                if (!it.hasNextValue()) break;
                first = false;
                String[] cells = it.nextValue();
                List<String> texts = Arrays.stream(cells).map(c -> c == null ? "" : c.replace("\r\n", "\n").replace('\r', '\n')).toList();
                Table.Row row = new Table.Row(texts, line, List.of("line " + line), false);
                if (!row.blank()) rows.add(row);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diags.error(file, at == null ? Pos.NONE : new Pos(at.getLineNr(), Math.max(0, at.getColumnNr())), "csv",
                    "The CSV cannot be read here: " + clean(e.getOriginalMessage()) + ".",
                    "check the quotes on this row: a cell that holds a quote, comma or line break is written in double quotes, "
                            + "and a quote inside it is doubled (\"\")");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            diags.error(file, Pos.NONE, "csv", "The CSV cannot be read: " + clean(e.getMessage()) + ".",
                    "save the spreadsheet again as CSV");
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            diags.error(file, Pos.NONE, "csv", "The file has no header row.", "the first row names the columns, such as Ref, Action, Lead, Timescale");
            return Optional.empty();
        }
        return Optional.of(new Table("", List.of(), rows, false));
    }

    /** Commas, unless the header row has more semicolons or tabs (spreadsheets in some locales write those). */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] bytes, String file, Diagnostics diags) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diags.warning(file, Pos.NONE, "encoding", "The file is not UTF-8, so it was read as Windows-1252 (the \"CSV\" of "
                    + "spreadsheet programs); check that £ signs, dashes and accented letters came through.",
                    "to be sure, save the spreadsheet as \"CSV UTF-8\" and import that");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String clean(String message) {
        if (message == null) return "unknown problem";
        String m = message.replaceAll("\\s*at \\[Source.*", "").replaceAll("\\s+", " ").strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
