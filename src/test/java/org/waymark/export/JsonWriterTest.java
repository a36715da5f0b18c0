package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The preview's state was JSON written by hand before it was written with Jackson; each test here is a way in
 * which the hand-written JSON differed from Jackson's, kept so that the answer stays byte for byte the same.
 */
class JsonWriterTest {
    private static String page(String value) {
        return JsonWriter.forPage(json -> json.string(value));
    }

    @Test
    void forPageEscapesTheLessThanSignSoThatNoScriptElementCanEnd() {
        assertThat(page("</script><b>")).isEqualTo("\"\\u003c/script>\\u003cb>\"");
    }

    @Test
    void forPageEscapesTheLineAndParagraphSeparatorsThatEndALineOfScript() {
        assertThat(page("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
    }

    @Test
    void forPageEscapesBackspaceAndFormFeedAsHexNotAsShortEscapes() {
        assertThat(page("\b\f")).isEqualTo("\"\\u0008\\u000c\"");
    }

    @Test
    void forPageWritesOtherControlCharactersInLowerCaseHex() {
        assertThat(page("\u0000\u001f\u001b")).isEqualTo("\"\\u0000\\u001f\\u001b\"");
    }

    @Test
    void forPageKeepsTheShortEscapesOfQuoteBackslashTabNewLineAndReturn() {
        assertThat(page("\"\\\t\n\r")).isEqualTo("\"\\\"\\\\\\t\\n\\r\"");
    }

    @Test
    void forPageWritesOtherCharactersAsTheyAreIncludingNonAsciiAndTheGreaterThanSign() {
        assertThat(page("£ – é ﷺ 😀 > & / \u007f")).isEqualTo("\"£ – é ﷺ 😀 > & / \u007f\"");
    }

    @Test
    void bytesAreUtf8WithOnlyTheEscapesJsonRequires() {
        byte[] json = JsonWriter.bytes(j -> j.startArray().string("</a>\u2028£").endArray());
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("[\"</a>\u2028£\"]");
    }

    @Test
    void numbersAreWrittenAsJavaWritesThem() {
        byte[] json = JsonWriter.bytes(j -> j.startObject().field("k1", 1.2).field("b", 0.5).field("docs", 12548)
                .field("ok", false).endObject());
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"k1\":1.2,\"b\":0.5,\"docs\":12548,\"ok\":false}");
    }
}
