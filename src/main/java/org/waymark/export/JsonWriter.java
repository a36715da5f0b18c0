package org.waymark.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The one JSON writer: a tree or records as a published document ({@link #document}) or compact ({@link #compact}),
 * or compact JSON written value by value ({@link #bytes}, {@link #forPage}) for the search index and the preview's state. Jackson writes it; every
 * method of an instance returns this writer.
 */
public final class JsonWriter {
    /** What to write, given the writer. */
    public interface Body {
        void write(JsonWriter json);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory PLAIN = new JsonFactory();
    private static final JsonFactory FOR_PAGE = new JsonFactory().setCharacterEscapes(new PageEscapes());

    private final JsonGenerator g;

    private JsonWriter(JsonGenerator g) {
        this.g = g;
    }

    /** A JSON document as the site publishes it: indented, ending with a new line. */
    public static String document(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A value as compact JSON, with only the escapes JSON requires. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** JSON as UTF-8, with only the escapes JSON requires. */
    public static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(() -> PLAIN.createGenerator(out), body);
        return out.toByteArray();
    }

    /**
     * JSON that is harmless if it is ever put in a page: {@code <}, U+2028 and U+2029 are written as \\u escapes,
     * and so is every control character but tab, line feed and carriage return (in lower-case hex).
     */
    public static String forPage(Body body) {
        StringWriter out = new StringWriter();
        write(() -> FOR_PAGE.createGenerator(out), body);
        return out.toString();
    }

    private interface Opening {
        JsonGenerator open() throws IOException;
    }

    private static void write(Opening opening, Body body) {
        try (JsonGenerator g = opening.open()) {
            body.write(new JsonWriter(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonWriter startArray() {
        return run(JsonGenerator::writeStartArray);
    }

    public JsonWriter endArray() {
        return run(JsonGenerator::writeEndArray);
    }

    public JsonWriter startObject() {
        return run(JsonGenerator::writeStartObject);
    }

    public JsonWriter endObject() {
        return run(JsonGenerator::writeEndObject);
    }

    /** The name of the next field of an object. */
    public JsonWriter name(String name) {
        return run(g -> g.writeFieldName(name));
    }

    public JsonWriter string(String value) {
        return run(g -> g.writeString(value));
    }

    public JsonWriter number(int value) {
        return run(g -> g.writeNumber(value));
    }

    /** A number as Java writes a double ("1.2", "0.5"). */
    public JsonWriter number(double value) {
        return run(g -> g.writeNumber(value));
    }

    public JsonWriter bool(boolean value) {
        return run(g -> g.writeBoolean(value));
    }

    public JsonWriter field(String name, String value) {
        return name(name).string(value);
    }

    public JsonWriter field(String name, int value) {
        return name(name).number(value);
    }

    public JsonWriter field(String name, double value) {
        return name(name).number(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).bool(value);
    }

    private interface Step {
        void on(JsonGenerator g) throws IOException;
    }

    private JsonWriter run(Step step) {
        try {
            step.on(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The escapes of {@link #forPage}, beyond the quote and backslash and the short escapes of tab, line feed and return. */
    private static final class PageEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        PageEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\t' && c != '\n' && c != '\r') ascii[c] = ESCAPE_CUSTOM;
            }
            ascii['<'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029'
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", c))
                    : null;
        }
    }
}
