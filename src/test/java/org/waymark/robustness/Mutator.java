package org.waymark.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Breaks one file of a site in one of the ways editors and their tools break files: truncated, bytes flipped,
 * bad UTF-8, tabs for indenting, a list where text goes and text where a list goes, huge values, duplicate,
 * deleted and unknown keys, deep nesting, empty files, binary files named .md, odd YAML scalars, Markdown
 * that breaks the site's rules. {@link Applied#undo()} puts the site back exactly as it was.
 */
final class Mutator {
    enum Kind {
        TRUNCATE, BYTE_FLIP, BAD_UTF8, CONTROL_CHARS, TAB_INDENT, LIST_FOR_TEXT, TEXT_FOR_LIST, MAP_FOR_TEXT, HUGE_VALUE,
        HUGE_LIST, DUPLICATE_KEY, DELETE_KEY, UNKNOWN_KEY, DEEP_NESTING, ODD_SCALAR, SWAP_LINES, EMPTY_FILE, DELETE_FILE,
        BINARY_MD, ODD_FILE, MARKDOWN, FRONT_MATTER,
        /** A script or data link, or a base element, in a page's Markdown (refused by the escaping branch, issue 17 point 2). */
        SCRIPT_LINK,
        /** Markup in a page's title, a service's name or the site's title (escaped by the escaping branch, point 1). */
        TITLE_MARKUP,
        /** A postcode or street in a refuge's text, written with Unicode spaces, entities, markup or inside a web address. */
        REFUGE_TEXT,
        /** A symbolic link: to a file or page outside the site, to a folder, to nothing, round in a loop. */
        SYMLINK,
        /** `output:` in site-config.yml among the site's own files. */
        OUTPUT_FOLDER,
        /** A YAML anchor and alias (read as their names before the YAML branch, point 8). */
        YAML_ALIAS;

        /** The kinds whose successful builds are searched for what they fed in. */
        boolean feedsSomethingUnsafe() {
            return this == MARKDOWN || ordinal() >= SCRIPT_LINK.ordinal();
        }
    }

    /** What the safety mutations write, for the harness to look for in what a successful build published. */
    static final String INJECTED = "data-injected";
    static final String POSTCODE = "MK40 3ZZ";
    static final String OUTSIDE = "OUTSIDE-THE-SITE-5c1f";
    static final String ALIAS = "aliasname5c1f";

    /** A mutation applied to the site; {@link #undo()} restores every file it touched. */
    static final class Applied {
        final Kind kind;
        final String file;
        final String detail;
        private final Map<Path, byte[]> before;
        private final List<Path> created;

        private Applied(Kind kind, String file, String detail, Map<Path, byte[]> before, List<Path> created) {
            this.kind = kind;
            this.file = file;
            this.detail = detail;
            this.before = before;
            this.created = created;
        }

        void undo() {
            try {
                for (Map.Entry<Path, byte[]> e : before.entrySet()) {
                    if (e.getValue() == null) Files.deleteIfExists(e.getKey());
                    else Files.write(e.getKey(), e.getValue());
                }
                for (Path p : created) deleteTree(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return kind + " " + file + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(- )?([A-Za-z_\"][\\w\".-]*):( .*)?$");
    private static final String[] ODD = {"~", "null", "yes", "no", ".inf", "-.nan", "0x1F", "0o17", "1e400",
        "99999999999999999999999999", "2009-13-45", "\"unterminated", "'also unterminated", "&anchor value", "*alias",
        "!!binary aGVsbG8=", "!custom tag", "<<: *x", "| ", "> ", "{", "[", "}", "]", ",", "? complex key", "%YAML 1.2",
        "\"\\u0000\"", "\"\\uD800\"", "''", "\"\"", "- item", "key: value: more", "@reserved", "`backtick", "#"};
    private static final String[] MARKDOWN = {
        "[a broken link](missing-page.md)", "[a broken anchor](team.md#nowhere)", "![](/assets/none.png)",
        "![no alt](picture.png)", "[bad phone](tel:12345)", "[phone](tel:+1-202-555-0100)", "# A second top heading",
        "#### Skipped heading levels", "<script src=\"https://tracker.example.com/t.js\"></script>",
        "<iframe src=\"https://evil.example.com/\"></iframe>", "<img src=\"https://cdn.example.com/x.png\" alt=\"x\">",
        "[^nofootnote]", "| a | b |\n| --- |\n| 1 | 2 | 3 |", "[](empty-text.md)",
        "[link](../../../../etc/passwd)", "[link](/plans/nothing/)", "<style>@import url(https://fonts.example.com/x.css)</style>",
        "```\nunclosed code", "<div>\n<p>unclosed", "[x]: <>", "&#0; &#xD800; &bogus;", "<h1>html heading</h1>",
        "<table><tr><td>no header</td></tr></table>", "<form action=\"https://example.com/\"><input></form>",
        "[click here](team.md)", "Text with a \u202E right-to-left override.", "[tel](tel:)", "<a name=\"x\"></a>[dup](#x)",
    };
    private static final String[] SCRIPT_LINKS = {"<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "![alt](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)", "<base href=\"https://example.com/\">",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "<object data=\"x\"></object>",
        "[x](  java\tscript:alert(1))", "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>",
        "<svg><a href=\"/\"><animate attributeName=\"xlink:HREF\" values=\"https://evil.example/\"/><text>x</text></a></svg>"};
    private static final String[] TITLES = {"'Safe <i data-injected>x</i> place'",
        "'Help</a><a href=\"https://evil.example/\" data-injected>Get help now</a><a>'", "\"Beds <b data-injected>bold</b> & co\""};
    /** Ways to write the postcode, or a street, into a refuge's text. */
    private static final String[] HIDDEN = {"MK40\u00A03ZZ", "MK40&nbsp;3ZZ", "MK40&#160;3ZZ", "MK\u00AD40 3ZZ", "MK40\u200B 3ZZ",
        "MK40 *3ZZ*", "<b>MK40</b> 3ZZ", "https://example.org/?near=MK40+3ZZ", "https://example.org/MK40%203ZZ",
        "mk403zz@example.org", "ＭＫ４０ ３ＺＺ", "MK40\u202F3ZZ", "MK40\u20093ZZ", "MK40 3ZZ"};
    private static final String[] OUTPUTS = {"content/assets", "content/x", "themes/default/assets/site", "themes", ".", "content",
        "..", "/"};

    private final Path root;
    private final List<String> files;
    private final Path outside;

    /**
     * @param files the files (relative to the site root) that may be mutated
     * @param outside a folder outside the site, holding secret.txt, page.md and a folder, each with {@link #OUTSIDE} in it
     */
    Mutator(Path root, List<String> files, Path outside) {
        this.root = root;
        this.files = List.copyOf(files);
        this.outside = outside;
    }

    /** The content files and the site configuration of {@code root}. */
    static List<String> contentFiles(Path root) {
        List<String> out = new ArrayList<>();
        out.add("site-config.yml");
        try (Stream<Path> s = Files.walk(root.resolve("content"))) {
            s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".md") || p.endsWith(".yml")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    Applied apply(Random random, Kind kind) {
        List<String> from = switch (kind) {
            case REFUGE_TEXT -> files.stream().filter(f -> f.startsWith("content/services/") && isRefuge(f)).toList();
            case TITLE_MARKUP -> files.stream().filter(f -> f.endsWith(".md") || f.equals("site-config.yml")
                    || f.startsWith("content/services/")).toList();
            case SCRIPT_LINK -> files.stream().filter(f -> f.endsWith(".md")).toList();
            case OUTPUT_FOLDER -> List.of("site-config.yml");
            default -> files;
        };
        if (from.isEmpty()) from = files;
        String file = from.get(random.nextInt(from.size()));
        Path path = root.resolve(file);
        byte[] bytes = read(path);
        Map<Path, byte[]> before = new LinkedHashMap<>();
        List<Path> created = new ArrayList<>();
        before.put(path, bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String detail = "";
        byte[] out;
        switch (kind) {
            case TRUNCATE -> {
                int at = random.nextInt(bytes.length + 1);
                detail = "at byte " + at + " of " + bytes.length;
                out = Arrays.copyOf(bytes, at);
            }
            case BYTE_FLIP -> {
                out = bytes.clone();
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n && out.length > 0; i++) out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
                detail = n + " bytes";
            }
            case BAD_UTF8 -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
                byte[] b = bad[random.nextInt(bad.length)];
                int at = random.nextInt(bytes.length + 1);
                out = insert(bytes, at, b);
                detail = "at byte " + at;
            }
            case CONTROL_CHARS -> {
                String[] c = {"\u0000", "\u0007", "\r", "\u202E", "\uFEFF", "\u2028", "\u000B", "\uFFFE", "\uD83D\uDE00"};
                String s = c[random.nextInt(c.length)];
                int at = random.nextInt(text.length() + 1);
                out = (text.substring(0, at) + s + text.substring(at)).getBytes(StandardCharsets.UTF_8);
                detail = "U+" + Integer.toHexString(s.codePointAt(0)) + " at char " + at;
            }
            case TAB_INDENT -> {
                List<String> lines = lines(text);
                List<Integer> indented = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(" ")) indented.add(i);
                int i = indented.isEmpty() ? random.nextInt(lines.size()) : indented.get(random.nextInt(indented.size()));
                lines.set(i, "\t" + lines.get(i).stripLeading());
                detail = "line " + (i + 1);
                out = join(lines);
            }
            case LIST_FOR_TEXT, MAP_FOR_TEXT, HUGE_VALUE, HUGE_LIST, DEEP_NESTING, ODD_SCALAR -> {
                List<String> lines = lines(text);
                int i = keyLine(random, lines);
                if (i < 0) {
                    out = bytes;
                    detail = "no key";
                    break;
                }
                Matcher m = KEY_LINE.matcher(lines.get(i));
                m.matches();
                String prefix = m.group(1) + (m.group(2) == null ? "" : m.group(2)) + m.group(3) + ":";
                String value = switch (kind) {
                    case LIST_FOR_TEXT -> " [first, second]";
                    case MAP_FOR_TEXT -> " {a: 1, b: [2]}";
                    case HUGE_VALUE -> " " + "x".repeat(1_000_000);
                    case HUGE_LIST -> " [" + String.join(", ", Collections.nCopies(10_000, firstItem(m.group(4)))) + "]";
                    case DEEP_NESTING -> {
                        int depth = new int[] {20, 150, 199, 201, 1_000, 20_000}[random.nextInt(6)];
                        yield " " + (random.nextBoolean() ? "[".repeat(depth) + "x" + "]".repeat(depth)
                                : "{a: ".repeat(depth) + "x" + "}".repeat(depth));
                    }
                    default -> " " + ODD[random.nextInt(ODD.length)];
                };
                // the old value's nested lines go with it
                int end = blockEnd(lines, i);
                for (int j = end - 1; j > i; j--) lines.remove(j);
                lines.set(i, prefix + value);
                detail = "line " + (i + 1) + " `" + m.group(3) + "`" + (kind == Kind.ODD_SCALAR ? " =" + value : "");
                out = join(lines);
            }
            case TEXT_FOR_LIST -> {
                List<String> lines = lines(text);
                List<Integer> lists = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = KEY_LINE.matcher(lines.get(i));
                    if (m.matches() && (m.group(4) == null || m.group(4).isBlank() || m.group(4).strip().startsWith("[")
                            || m.group(4).strip().startsWith("{") || m.group(4).strip().startsWith("|"))) {
                        lists.add(i);
                    }
                }
                if (lists.isEmpty()) {
                    out = bytes;
                    break;
                }
                int i = lists.get(random.nextInt(lists.size()));
                Matcher m = KEY_LINE.matcher(lines.get(i));
                m.matches();
                int end = blockEnd(lines, i);
                for (int j = end - 1; j > i; j--) lines.remove(j);
                lines.set(i, m.group(1) + (m.group(2) == null ? "" : m.group(2)) + m.group(3) + ": just some text");
                detail = "line " + (i + 1) + " `" + m.group(3) + "`";
                out = join(lines);
            }
            case DUPLICATE_KEY -> {
                List<String> lines = lines(text);
                int i = keyLine(random, lines);
                if (i < 0) {
                    out = bytes;
                    break;
                }
                String line = lines.get(i).replaceFirst("^(\\s*)- ", "$1  ");
                lines.add(i + 1, line);
                detail = "line " + (i + 1);
                out = join(lines);
            }
            case DELETE_KEY -> {
                List<String> lines = lines(text);
                int i = keyLine(random, lines);
                if (i < 0) {
                    out = bytes;
                    break;
                }
                int end = blockEnd(lines, i);
                detail = "lines " + (i + 1) + "-" + end + " `" + lines.get(i).strip() + "`";
                if (detail.length() > 120) detail = detail.substring(0, 120);
                for (int j = end - 1; j >= i; j--) lines.remove(j);
                out = join(lines);
            }
            case UNKNOWN_KEY -> {
                List<String> lines = lines(text);
                int i = keyLine(random, lines);
                if (i < 0) {
                    out = bytes;
                    break;
                }
                Matcher m = KEY_LINE.matcher(lines.get(i));
                m.matches();
                String indent = m.group(1) + (m.group(2) == null ? "" : "  ");
                lines.add(blockEnd(lines, i), indent + new String[] {"colour", "titel", "summery", "stauts", "x"}[random.nextInt(5)] + ": red");
                detail = "after line " + (i + 1);
                out = join(lines);
            }
            case SWAP_LINES -> {
                List<String> lines = lines(text);
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
                detail = "lines " + (a + 1) + " and " + (b + 1);
                out = join(lines);
            }
            case EMPTY_FILE -> out = random.nextBoolean() ? new byte[0] : "\n  \n".getBytes(StandardCharsets.UTF_8);
            case DELETE_FILE -> out = null;
            case BINARY_MD -> {
                byte[] junk = new byte[1 + random.nextInt(4096)];
                random.nextBytes(junk);
                out = bytes;
                String target = random.nextBoolean() && file.endsWith(".md") ? file : "content/about/binary-" + random.nextInt(1000) + ".md";
                Path p = root.resolve(target);
                before.putIfAbsent(p, Files.exists(p) ? read(p) : null);
                write(p, junk, created);
                if (p.equals(path)) out = junk;
                detail = junk.length + " random bytes in " + target;
            }
            case ODD_FILE -> {
                String[] names = {"content/about/notes.txt", "content/services/Bad Name.yml", "content/services/x.yaml",
                    "content/plans/p1/reports/not-a-date.yml", "content/plans/p2/notes.md", "content/services/category.yml",
                    "content/about/index.ur.md", "content/about/page.zz.md", "content/plans/p1/reports/2026-02-30.yml",
                    "content/help/index.md", "content/helplines/index.md", "content/assets/../about/x.md", "content/.hidden.yml",
                    "content/about/backup.md~", "content/plans/UPPER/plan.yml", "content/services/sub/dir.yml"};
                String target = names[random.nextInt(names.length)];
                Path p = root.resolve(target).normalize();
                before.putIfAbsent(p, Files.exists(p) ? read(p) : null);
                byte[] body = target.endsWith(".md") ? "---\ntitle: Odd\n---\nText.\n".getBytes(StandardCharsets.UTF_8)
                        : Files.exists(p) ? read(p) : text.getBytes(StandardCharsets.UTF_8);
                write(p, body, created);
                out = p.equals(path) ? body : bytes;
                detail = target;
            }
            case MARKDOWN -> {
                String fragment = MARKDOWN[random.nextInt(MARKDOWN.length)];
                int bodyAt = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
                bodyAt = bodyAt < 0 ? text.length() : text.indexOf('\n', bodyAt + 1) + 1;
                if (bodyAt <= 0 || bodyAt > text.length()) bodyAt = text.length();
                int at = bodyAt + (text.length() > bodyAt ? random.nextInt(text.length() - bodyAt + 1) : 0);
                at = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                out = (text.substring(0, at) + "\n" + fragment + "\n\n" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
                detail = "`" + fragment.lines().findFirst().orElse("") + "` at char " + at;
            }
            case FRONT_MATTER -> {
                String[] ways = {"drop the closing ---", "drop the opening ---", "front matter is a list", "two front matters",
                    "front matter only"};
                int w = random.nextInt(ways.length);
                detail = ways[w];
                String t = text;
                out = switch (w) {
                    case 0 -> t.replaceFirst("(?s)^(---\\n.*?\\n)---\\n", "$1").getBytes(StandardCharsets.UTF_8);
                    case 1 -> t.replaceFirst("^---\\n", "").getBytes(StandardCharsets.UTF_8);
                    case 2 -> ("---\n- a\n- b\n---\n" + t.replaceFirst("(?s)^---\\n.*?\\n---\\n", "")).getBytes(StandardCharsets.UTF_8);
                    case 3 -> ("---\ntitle: One\n---\n" + t).getBytes(StandardCharsets.UTF_8);
                    default -> "---\ntitle: Only\n---\n".getBytes(StandardCharsets.UTF_8);
                };
            }
            case SCRIPT_LINK -> {
                String fragment = SCRIPT_LINKS[random.nextInt(SCRIPT_LINKS.length)];
                out = (text + "\n\n" + fragment + "\n").getBytes(StandardCharsets.UTF_8);
                detail = "`" + fragment + "`";
            }
            case TITLE_MARKUP -> {
                String title = TITLES[random.nextInt(TITLES.length)];
                String key = file.startsWith("content/services/") ? "name" : "title";
                out = text.replaceFirst("(?m)^" + key + ":.*$", Matcher.quoteReplacement(key + ": " + title)).getBytes(StandardCharsets.UTF_8);
                detail = key + ": " + title;
            }
            case REFUGE_TEXT -> {
                String hidden = HIDDEN[random.nextInt(HIDDEN.length)];
                List<String> lines = lines(text);
                List<Integer> texts = scalarLines(lines, "address");
                if (texts.isEmpty()) {
                    out = bytes;
                    break;
                }
                int i = texts.get(random.nextInt(texts.size()));
                Matcher m = KEY_LINE.matcher(lines.get(i));
                m.matches();
                String value = m.group(4).strip();
                if (value.startsWith("\"") || value.startsWith("'")) value = value.substring(1, Math.max(1, value.length() - 1));
                String joined = random.nextBoolean() ? hidden + " " + value : value + ", " + hidden;
                lines.set(i, m.group(1) + (m.group(2) == null ? "" : m.group(2)) + m.group(3) + ": \"" + joined.replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\"");
                detail = "line " + (i + 1) + " `" + m.group(3) + "` with " + hidden.replaceAll("\\P{ASCII}", "?");
                out = join(lines);
            }
            case SYMLINK -> {
                out = bytes;
                String[][] links = {{"content/assets/passwd.txt", outside.resolve("secret.txt").toString()},
                    {"content/about/outside.md", outside.resolve("page.md").toString()},
                    {"content/services/outside.yml", outside.resolve("service.yml").toString()},
                    {"content/more", outside.resolve("folder").toString()},
                    {"content/about/inside-folder", root.resolve("content/about").toString()},
                    {"content/about/gone.md", root.resolve("content/about/never-written.md").toString()},
                    {"content/about/loop.md", root.resolve("content/about/loop.md").toString()},
                    {"themes/default/assets/outside.css", outside.resolve("secret.txt").toString()},
                    {"content/assets/etc-passwd.txt", "/etc/passwd"}};
                String[] link = links[random.nextInt(links.length)];
                Path p = root.resolve(link[0]);
                try {
                    Path missing = null;
                    for (Path d = p.getParent(); d != null && !Files.exists(d); d = d.getParent()) missing = d;
                    if (missing != null) created.add(missing);
                    Files.createDirectories(p.getParent());
                    Files.createSymbolicLink(p, Path.of(link[1]));
                    created.add(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                detail = link[0] + " -> " + link[1];
            }
            case OUTPUT_FOLDER -> {
                String output = OUTPUTS[random.nextInt(OUTPUTS.length)];
                String line = "output: \"" + output + "\"";
                out = (text.contains("\noutput:") ? text.replaceFirst("(?m)^output:.*$", Matcher.quoteReplacement(line)) : text + "\n" + line + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                detail = line;
            }
            case YAML_ALIAS -> {
                List<String> lines = lines(text);
                List<Integer> keys = scalarLines(lines, "");
                if (keys.size() < 2) {
                    out = bytes;
                    break;
                }
                int a = keys.get(random.nextInt(keys.size()));
                int b = keys.get(random.nextInt(keys.size()));
                Matcher ma = KEY_LINE.matcher(lines.get(a));
                ma.matches();
                Matcher mb = KEY_LINE.matcher(lines.get(b));
                mb.matches();
                if (a != b) {
                    lines.set(a, ma.group(1) + (ma.group(2) == null ? "" : ma.group(2)) + ma.group(3) + ": &" + ALIAS + ma.group(4));
                    lines.set(b, mb.group(1) + (mb.group(2) == null ? "" : mb.group(2)) + mb.group(3) + ": *" + ALIAS);
                } else {
                    lines.set(b, mb.group(1) + (mb.group(2) == null ? "" : mb.group(2)) + mb.group(3) + ": *" + ALIAS);
                }
                detail = "&" + ALIAS + " at line " + (a + 1) + ", *" + ALIAS + " at line " + (b + 1);
                out = join(lines);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        if (out == null) {
            delete(path);
        } else if (kind != Kind.BINARY_MD && kind != Kind.ODD_FILE || out != bytes) {
            write(path, out, created);
        }
        return new Applied(kind, file, detail, before, created);
    }

    /** The lines that give a key a plain value on the same line (not a list, map, block, anchor, alias or tag), but {@code except}. */
    private static List<Integer> scalarLines(List<String> lines, String except) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = KEY_LINE.matcher(lines.get(i));
            if (m.matches() && m.group(4) != null && !m.group(4).isBlank() && !m.group(4).strip().matches("[\\[{|>&*!].*")
                    && !m.group(3).equals(except)) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean isRefuge(String file) {
        String t = new String(read(root.resolve(file)), StandardCharsets.UTF_8);
        // a refuge, or a service that must keep its address as confidential as one
        return Pattern.compile("^(categories:.*\\brefuge\\b|address: *confidential|confidential: *true)", Pattern.MULTILINE)
                .matcher(t).find();
    }

    private static String firstItem(String value) {
        if (value == null) return "item";
        String v = value.strip();
        if (v.startsWith("[") && v.length() > 2) {
            String first = v.substring(1).split("[,\\]]")[0].strip();
            if (!first.isEmpty()) return first;
        }
        return "item";
    }

    /** A random line with a key on it, or -1. */
    private static int keyLine(Random random, List<String> lines) {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (KEY_LINE.matcher(lines.get(i)).matches()) keys.add(i);
        return keys.isEmpty() ? -1 : keys.get(random.nextInt(keys.size()));
    }

    /** The line after the block that starts at {@code i}: the lines indented more deeply than it. */
    private static int blockEnd(List<String> lines, int i) {
        int indent = indent(lines.get(i));
        int j = i + 1;
        while (j < lines.size() && (lines.get(j).isBlank() || indent(lines.get(j)) > indent
                || indent(lines.get(j)) == indent && lines.get(j).stripLeading().startsWith("- ") && !lines.get(i).stripLeading().startsWith("- "))) {
            j++;
        }
        while (j > i + 1 && lines.get(j - 1).isBlank()) j--;
        return j;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        Matcher m = Pattern.compile("^\\s*- ").matcher(line);
        return m.find() ? m.end() : n;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        byte[] out = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
        return out;
    }

    private static byte[] read(Path p) {
        try {
            return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path p, byte[] bytes, List<Path> created) {
        try {
            Path missing = null;
            for (Path d = p.getParent(); d != null && !Files.exists(d); d = d.getParent()) missing = d;
            if (missing != null) created.add(missing);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(p)) {
            Files.delete(p);
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
