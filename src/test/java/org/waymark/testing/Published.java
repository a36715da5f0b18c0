package org.waymark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a built site publishes, read the way its readers' software reads it, independently of the code that wrote it:
 * every file of the output folder (pages, JSON, CSV, JSON-LD, search indexes, feed, site map, copied assets), for
 * what must never be there. Each method returns the files (relative, with forward slashes) that hold it.
 */
public final class Published {
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background", "cite", "srcset", "ping");
    /** The SVG animation elements, which can change an attribute of another element once the page has loaded. */
    private static final List<String> ANIMATIONS = List.of("set", "animate", "animatemotion", "animatetransform", "discard");

    private Published() {}

    /** The files that hold {@code postcode} however it is written: any spaces, markup, entities, escapes, encodings. */
    public static List<String> holdingPostcode(Path output, String postcode) {
        String wanted = letters(postcode);
        List<String> out = new ArrayList<>();
        for (Path f : files(output)) {
            if (letters(decoded(text(f))).contains(wanted)) out.add(name(output, f));
        }
        return out;
    }

    /** The files that hold {@code marker}, a text that exists only in a file outside the site. */
    public static List<String> holding(Path output, String marker) {
        List<String> out = new ArrayList<>();
        for (Path f : files(output)) if (text(f).contains(marker)) out.add(name(output, f));
        return out;
    }

    /**
     * The pages with a link, a source, a form target or an embedded object whose address is a {@code javascript:},
     * {@code vbscript:} or {@code data:} one (as a browser reads it: case and spaces and control characters ignored), or
     * with a {@code <base>} element, or with an SVG animation that changes such an address, whatever its new value.
     */
    public static List<String> scriptLinks(Path output) {
        List<String> out = new ArrayList<>();
        for (Path f : files(output)) {
            String n = f.getFileName().toString();
            if (!n.endsWith(".html") && !n.endsWith(".svg")) continue;
            Document doc = n.endsWith(".svg") ? Jsoup.parse(text(f), "", Parser.xmlParser()) : Jsoup.parse(text(f));
            boolean bad = !doc.select("base").isEmpty();
            for (Element e : doc.getAllElements()) {
                if (ANIMATIONS.contains(e.tagName().toLowerCase(Locale.ROOT))
                        && LINK_ATTRIBUTES.contains(e.attr("attributeName").strip().toLowerCase(Locale.ROOT))) bad = true;
                for (Attribute a : e.attributes()) {
                    if (!LINK_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) continue;
                    String v = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    // an image may be a data address (README: the CSP allows img-src data:, and an image runs no script)
                    boolean image = e.tagName().equalsIgnoreCase("img") && v.startsWith("data:image/");
                    if (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:") && !image) bad = true;
                }
            }
            if (bad) out.add(name(output, f));
        }
        return out;
    }

    /**
     * The pages, feeds and site maps where an element carrying the attribute {@code attribute} (which an editor wrote
     * in a title, as markup) is markup, not text.
     */
    public static List<String> markup(Path output, String attribute) {
        List<String> out = new ArrayList<>();
        for (Path f : files(output)) {
            String n = f.getFileName().toString();
            boolean html = n.endsWith(".html");
            if (!html && !n.endsWith(".xml") && !n.endsWith(".atom")) continue;
            Document doc = html ? Jsoup.parse(text(f)) : Jsoup.parse(text(f), "", Parser.xmlParser());
            if (!doc.select("[" + attribute + "]").isEmpty()) out.add(name(output, f));
        }
        return out;
    }

    /** Every regular file under {@code output}. */
    public static List<Path> files(Path output) {
        if (!Files.isDirectory(output)) return List.of();
        try (Stream<Path> s = Files.walk(output)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decoded(String text) {
        String s = text;
        for (int i = 0; i < 3; i++) {
            Matcher m = JSON_ESCAPE.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            m.appendTail(b);
            s = Parser.unescapeEntities(b.toString(), false);
            try {
                s = URLDecoder.decode(s.replace("+", " ").replaceAll("%(?![0-9a-fA-F]{2})", "%25"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // left as it is
            }
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Only the letters and digits of {@code s}, in capitals, digits of any script as ASCII digits. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(c -> {
            if (Character.isDigit(c)) b.append((char) ('0' + Character.digit(c, 10)));
            else b.appendCodePoint(Character.toUpperCase(c));
        });
        return b.toString();
    }

    private static String text(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path output, Path f) {
        return output.relativize(f).toString().replace('\\', '/');
    }
}
