package org.waymark.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.yaml.YamlReader;

/** What the suite found: YAML problems that reached editors in Java's words, or at the wrong place. */
class YamlMessagesTest {
    private static List<Diagnostic> read(String yaml) {
        Diagnostics diags = new Diagnostics();
        new YamlReader().read(yaml, "content/x.yml", 1, diags);
        return diags.sorted();
    }

    @Test
    void aKeyWrittenAsAListIsExplainedInWordsNotParserEventClasses() {
        List<Diagnostic> d = read("title: x\n[x]: y\n");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("a key must be a word or a text, but this key is a list")
                    .doesNotContain("org.yaml").doesNotContain("Event");
            assertThat(x.line()).isEqualTo(2);
        });
    }

    @Test
    void theCommonestMistakesAreSaidInAnEditorsWordsWithWhatToDo() {
        assertThat(read("title: Getting help: what to do\n")).singleElement().satisfies(x -> {
            assertThat(x.message()).startsWith("A colon followed by a space here starts a new field");
            assertThat(x.hint()).contains("title: \"Getting help: what to do\"");
            assertThat(x.line()).isEqualTo(1);
        });
        assertThat(read("title: \"Unclosed\nsummary: x\n")).singleElement()
                .satisfies(x -> assertThat(x.message()).isEqualTo("A quote opened here is never closed."));
        assertThat(read("languages: [en, ur\n")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("A list in square brackets here is not closed"));
        assertThat(read("title: x\nsummary\nname: y\n")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("This line is not a field"));
        assertThat(read("contact:\n  email: a@example.org\n website: https://example.org/\n")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("This line is indented differently"));
        assertThat(read("name: \"C:\\docs\\x\"\n")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("A backslash inside double quotes"));
        assertThat(read("email: @example\n")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("A value here starts with a character YAML keeps"));
    }

    @Test
    void nestingTooDeepSaysSoInWordsWithTheLine() {
        List<Diagnostic> d = read("title: x\nsteps: " + "[".repeat(300) + "x" + "]".repeat(300) + "\n");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.message()).isEqualTo("The lists and fields here are nested more than 200 levels deep.")
                    .doesNotContain("StreamReadConstraints");
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.hint()).contains("brackets");
        });
    }

    @Test
    void aControlCharacterIsReportedWhereItIsNotAtTheStartOfTheFile() {
        List<Diagnostic> d = read("title: x\nsummary: one\u0000two\n");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("invisible control character U+0000");
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.column()).isEqualTo(13);
        });
    }

    @Test
    void textInOtherScriptsAndEmojiIsNotTakenForControlCharacters() {
        assertThat(read("title: اردو ਪੰਜਾਬੀ \uD83D\uDE00 – £\n")).isEmpty();
    }
}
