package org.waymark.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;

/**
 * Parses YAML text into a {@link YNode} tree with the position of every key and value. Syntax
 * errors, tabs used for indenting and duplicate keys are reported as diagnostics, never thrown.
 * One instance may be shared between threads.
 */
public final class YamlReader {
    private final YAMLFactory factory;

    public YamlReader() {
        this.factory = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(5_000_000)
                        .maxNestingDepth(200)
                        .build())
                .build();
    }

    /**
     * Reads one YAML document.
     *
     * @param text the YAML
     * @param file the file name for diagnostics
     * @param firstLine the line of the file on which {@code text} starts (1 for a whole file; more for
     *     front matter)
     * @return the tree, or empty when the document is empty or could not be read (then reported)
     */
    public Optional<YNode> read(String text, String file, int firstLine, Diagnostics diags) {
        int shift = firstLine - 1;
        int tab = tabIndent(text);
        if (tab > 0) {
            diags.error(file, new Pos(tab + shift, 1), "yaml",
                    "A tab is used to indent this line; YAML only allows spaces for indenting.",
                    "replace the tab at the start of the line with spaces");
            return Optional.empty();
        }
        final JsonParser p;
        try {
            p = factory.createParser(text);
        } catch (IOException | RuntimeException e) {
            diags.error(file, Pos.NONE, "yaml", "The YAML in this file cannot be read: " + cleanMessage(e.getMessage()) + ".",
                    "check the file for unfinished quotes or brackets");
            return Optional.empty();
        }
        try (p) {
            JsonToken t = p.nextToken();
            if (t == null) return Optional.empty();
            YNode node = readValue(p, shift, file, diags);
            return Optional.ofNullable(node);
        } catch (StreamConstraintsException e) {
            // a limit that protects the build (nesting, length): say which, in words, where the parser stopped
            Pos at = pos(e.getLocation() != null ? e.getLocation() : p.currentLocation(), shift);
            String m = String.valueOf(e.getOriginalMessage());
            boolean nesting = m.contains("nesting depth");
            diags.error(file, at, "yaml", nesting ? "The lists and fields here are nested more than 200 levels deep."
                            : "A value here is longer than Waymark reads: " + m.replaceAll("\\s*\\(.*?from `[^`]*`\\)", "")
                                    .replace("String value length", "text of").replace("Number value length", "a number of") + ".",
                    nesting ? "check the brackets [ ] and { } near this line: each one that is opened must be closed"
                            : "check for a quote that is opened and never closed, or split the text");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr() + shift;
            int col = at == null ? 0 : Math.max(0, at.getColumnNr());
            String message = cleanMessage(e.getOriginalMessage());
            int special = message.startsWith("special characters are not allowed") ? specialCharacter(text) : -1;
            if (special >= 0) {
                // the YAML parser points at the start of the stream; point at the character itself
                String before = text.substring(0, special);
                diags.error(file, new Pos(1 + shift + (int) before.chars().filter(c -> c == '\n').count(),
                                special - before.lastIndexOf('\n')), "yaml",
                        String.format("The YAML here cannot be read: it holds the invisible control character U+%04X.",
                                text.codePointAt(special)),
                        "delete the character (it often comes from copying text out of another program)");
                return Optional.empty();
            }
            String[] plain = explain(message);
            diags.error(file, new Pos(Math.max(line, 0), col), "yaml",
                    plain != null ? plain[0] : "The YAML here cannot be read: " + message + ".",
                    plain != null ? plain[1] : "check the indentation and the quotes on this line and the line before; "
                            + "a value with a colon followed by a space needs quotes");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            diags.error(file, Pos.NONE, "yaml", "The YAML in this file cannot be read: " + cleanMessage(e.getMessage()) + ".",
                    "check the file for unfinished quotes or brackets");
            return Optional.empty();
        }
    }

    private YNode readValue(JsonParser p, int shift, String file, Diagnostics diags) throws IOException {
        JsonToken t = p.currentToken();
        Pos pos = pos(p.currentTokenLocation(), shift);
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            // the parser gives an alias as its name: refused, so that the name is never published as the value
            diags.error(file, pos, "yaml", "`*" + p.getText() + "` repeats another value (the one marked `&" + p.getText()
                            + "`); Waymark does not read repeated values.",
                    "write the value out in full here");
            return new YScalar(pos, "", YScalar.Kind.NULL);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, YMap.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Pos keyPos = pos(p.currentTokenLocation(), shift);
                    p.nextToken();
                    YNode value = readValue(p, shift, file, diags);
                    if (entries.containsKey(key)) {
                        diags.error(file, keyPos, "duplicate-key",
                                "The key `" + key + "` is given twice (first on line "
                                        + entries.get(key).keyPos().line() + ").",
                                "keep one of the two and delete the other");
                    } else {
                        entries.put(key, new YMap.Entry(key, keyPos, value));
                    }
                }
                return new YMap(pos, entries);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, shift, file, diags));
                }
                return new YList(pos, items);
            }
            case VALUE_STRING:
                return new YScalar(pos, p.getText(), YScalar.Kind.STRING);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YScalar(pos, p.getText(), YScalar.Kind.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YScalar(pos, p.getText(), YScalar.Kind.BOOLEAN);
            case VALUE_NULL:
                return new YScalar(pos, "", YScalar.Kind.NULL);
            default:
                return new YScalar(pos, p.getText() == null ? "" : p.getText(), YScalar.Kind.STRING);
        }
    }

    private static Pos pos(JsonLocation at, int shift) {
        if (at == null || at.getLineNr() <= 0) return Pos.NONE;
        return new Pos(at.getLineNr() + shift, Math.max(at.getColumnNr(), 0));
    }

    /** Where the first character YAML does not allow is (a control character other than tab and line breaks), or -1. */
    static int specialCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F || c == 0x85
                    || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!allowed) return i;
        }
        return -1;
    }

    /** The first line indented with a tab (1-based), or 0. Tabs inside block text are fine. */
    static int tabIndent(String text) {
        int line = 1;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                atStart = true;
            } else if (atStart && c == '\t') {
                return line;
            } else if (c != ' ') {
                atStart = false;
            }
        }
        return 0;
    }

    /** Snakeyaml's message without its source excerpt: "expected ',' or ']', but got <stream end> (while parsing a flow sequence)". */
    /**
     * The YAML parser's words for the mistakes editors make most, said as an editor would understand them,
     * with what to do: the message and the hint, or null for a message with no plainer wording.
     */
    static String[] explain(String parser) {
        String m = parser.toLowerCase(Locale.ROOT);
        if (m.contains("mapping values are not allowed here")) {
            return new String[] {"A colon followed by a space here starts a new field in the middle of a value, or this line is indented more than the one before.",
                    "put a value that holds a colon in quotes, such as title: \"Getting help: what to do\"; or indent this line like the lines around it"};
        }
        if (m.contains("while scanning a quoted scalar")) {
            return new String[] {"A quote opened here is never closed.", "add the closing quote at the end of the value, or remove the opening one"};
        }
        if (m.contains("while parsing a flow sequence")) {
            return new String[] {"A list in square brackets here is not closed, or two of its items have no comma between them.",
                    "close the list with ] and put a comma between items, such as [en, ur]"};
        }
        if (m.contains("while parsing a flow mapping")) {
            return new String[] {"A set of fields in curly brackets here is not closed, or two of its fields have no comma between them.",
                    "close it with } and put a comma between fields, such as {days: [mon], opens: \"09:00\"}"};
        }
        if (m.contains("could not find expected ':'")) {
            return new String[] {"This line is not a field: there is no colon after its name.",
                    "write it as `name: value`; if it continues the text above, indent it under that text or put the whole text in quotes"};
        }
        if (m.contains("did not find expected key") || m.contains("expected <block end>") || m.contains("did not find expected '-' indicator")) {
            return new String[] {"This line is indented differently from the fields or list items around it.",
                    "give the fields of one level the same number of spaces at the start of the line, and start each list item with - at the same place"};
        }
        if (m.contains("found unknown escape character")) {
            return new String[] {"A backslash inside double quotes here starts something YAML does not know.",
                    "put the value in single quotes instead, or write two backslashes for one"};
        }
        if (m.contains("that cannot start any token") || m.contains("found undefined alias")) {
            return new String[] {"A value here starts with a character YAML keeps for itself (such as @, `, * or %).",
                    "put the value in quotes"};
        }
        return null;
    }

    static String cleanMessage(String message) {
        if (message == null) return "unknown problem";
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("in 'reader'") || l.startsWith("in 'string'") || l.startsWith("^")
                    || line.startsWith("    ") || l.startsWith("at [Source")) continue;
            parts.add(l.replaceAll(" at \\[Source:.*", ""));
        }
        if (parts.isEmpty()) return "unknown problem";
        String main = parts.get(parts.size() - 1);
        String context = parts.size() > 1 ? " (" + String.join("; ", parts.subList(0, parts.size() - 1)) + ")" : "";
        String out = words(main + context);
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    /** Jackson names the parser's event classes ("<org.yaml.snakeyaml.events.SequenceStartEvent(…)>"): say what they are. */
    private static String words(String message) {
        String out = message.replace("Expected a field name (Scalar value in YAML), got this instead:",
                "a key must be a word or a text, but this key is");
        Matcher m = Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event(\\([^)]*\\))?>?")
                .matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String what = switch (m.group(1)) {
                case "SequenceStart" -> "a list";
                case "MappingStart" -> "a set of fields";
                case "Alias" -> "an alias (*name)";
                case "Scalar" -> "a value";
                default -> "the end of a list or of a set of fields";
            };
            m.appendReplacement(b, what);
        }
        m.appendTail(b);
        return b.toString();
    }
}
