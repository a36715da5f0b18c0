package org.waymark.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
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
     * Why the symbolic link {@code link} may not be read as part of the site at {@code root}, or empty when it leads to
     * a file inside the site folder (the one kind of link Waymark follows). A link that leads outside the site folder,
     * to a folder, nowhere or round in a loop is refused: it would publish a file from elsewhere, the same files twice,
     * or nothing without a word.
     */
    public static Optional<String> linkProblem(Path root, Path link) {
        String shown = name(root, link);
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        String is = "`" + shown + "` is a symbolic link to " + target;
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.of(is + ", which does not exist, so there is nothing to publish.");
        } catch (IOException e) {
            // "Too many levels of symbolic links": a link that leads back to itself
            return Optional.of(is + ", which leads round in a loop (" + e.getMessage() + ").");
        }
        Path site;
        try {
            site = root.toRealPath();
        } catch (IOException e) {
            site = root.toAbsolutePath().normalize();
        }
        if (!real.startsWith(site)) {
            return Optional.of(is + ", which is outside the site folder (" + real + "): Waymark publishes only files of the site.");
        }
        if (Files.isDirectory(real)) {
            return Optional.of(is + ", a folder: Waymark follows links only to files, so nothing in it would be published.");
        }
        if (!Files.isRegularFile(real)) return Optional.of(is + ", which is not a file.");
        return Optional.empty();
    }

    /** Reports {@link #linkProblem} as an error; true when there was one. */
    public static boolean refuseLink(Path root, Path link, Diagnostics diags) {
        Optional<String> problem = linkProblem(root, link);
        problem.ifPresent(p -> diags.error(name(root, link), Pos.NONE, "link", p,
                "copy the file itself into the site folder, or delete the link"));
        return problem.isPresent();
    }

    /**
     * The files under {@code dir} (a folder of the site at {@code root}), and the links among them that lead to files
     * inside the site folder; everything else is reported: links that lead elsewhere ({@link #linkProblem}), what is
     * neither a file nor a folder (a named pipe, a socket, a device), a folder that cannot be read and, when
     * {@code pageLikeFolders} is false, a folder named like a page or data file ({@code x.md}, {@code x.yml}). Names
     * that start with a dot or end with "~" are left out without a word, as the content contract says.
     */
    public static List<Path> files(Path root, Path dir, boolean pageLikeFolders, Diagnostics diags) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    String n = d.getFileName().toString();
                    if (!pageLikeFolders && !ignored(n) && (n.endsWith(".md") || n.endsWith(".yml") || n.endsWith(".yaml"))) {
                        diags.error(name(root, d), Pos.NONE, "folder-name", "`" + name(root, d) + "` is a folder, but its name "
                                + "ends like a file's, so it is not a page or a data file and would be passed over.",
                                "rename the folder without `." + n.substring(n.lastIndexOf('.') + 1) + "`, or make it a file");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (ignored(f.getFileName().toString())) return FileVisitResult.CONTINUE;
                    if (a.isRegularFile()) {
                        out.add(f);
                    } else if (a.isSymbolicLink()) {
                        if (!refuseLink(root, f, diags)) out.add(f);
                    } else if (!a.isDirectory()) {
                        diags.error(name(root, f), Pos.NONE, "not-a-file", "`" + name(root, f) + "` is neither a file nor a "
                                + "folder (a named pipe, a socket or a device), so it cannot be published.", "delete it");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    diags.error(name(root, f), Pos.NONE, "read", "This cannot be read: " + e.getMessage() + ".",
                            "check that it exists and that you may read it");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diags.error(name(root, dir), Pos.NONE, "read", "The folder cannot be read: " + e.getMessage(), "");
        }
        return out;
    }

    private static boolean ignored(String fileName) {
        return fileName.startsWith(".") || fileName.endsWith("~");
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
