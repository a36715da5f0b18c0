package org.waymark.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads editors' files as UTF-8 text, and says where a file is not valid UTF-8 instead of guessing. */
public final class SourceFiles {
    private SourceFiles() {}

    /** The site-relative name of a file, with forward slashes, as diagnostics show it. */
    public static String name(Path root, Path file) {
        if (file.isAbsolute()) {
            // the common case, a file under the root, without Path's relativize (it is asked for every file, often)
            String r = root.toString();
            String f = file.toString();
            char sep = file.getFileSystem().getSeparator().charAt(0);
            if (f.length() > r.length() + 1 && f.startsWith(r) && f.charAt(r.length()) == sep && r.indexOf(sep + ".") < 0
                    && f.indexOf(sep + ".", r.length()) < 0) {
                return sep == '/' ? f.substring(r.length() + 1) : f.substring(r.length() + 1).replace(sep, '/');
            }
        }
        Path rel = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    /**
     * The file's text without a byte order mark, or empty after reporting the problem (unreadable
     * file, bytes that are not UTF-8) to {@code diags}.
     */
    public static Optional<String> read(Path root, Path file, Diagnostics diags) {
        String name = name(root, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diags.error(name, Pos.NONE, "read", "This file cannot be read: " + e.getMessage() + ".",
                    "check that the file exists and that you may read it");
            return Optional.empty();
        }
        return decode(bytes, name, diags);
    }

    /** Decodes UTF-8 strictly; a bad byte is reported with its line and column. */
    public static Optional<String> decode(byte[] bytes, String name, Diagnostics diags) {
        // the quick decoder puts U+FFFD for a bad byte: only a text that has one is decoded again, strictly
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) return Optional.of(quick.startsWith("\uFEFF") ? quick.substring(1) : quick);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            diags.error(name, new Pos(line, column), "encoding",
                    "This file is not UTF-8 text (byte " + bad + " is not valid UTF-8).",
                    "save the file as UTF-8 in your editor (\"Save as\", encoding UTF-8)");
            return Optional.empty();
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }
}
