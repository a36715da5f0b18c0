package org.waymark.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The kinds of page a built site has, found by walking its output rather than from a list, so that a kind of page
 * added later is tested as soon as it is built.
 *
 * <p>A page in another language than the home page's is of the kind "page in" that language, whatever it shows: its
 * templates are those of the first language; its words and writing direction are what is new. The directory is the
 * exception: its home and a service page in another language mix the page's words with a service's text that may
 * still be in the first language (marked with its own {@code lang} and {@code dir}), so each is a kind of its own,
 * "directory home in" and "service page in" that language. Otherwise a page's kind
 * comes from its address: the fixed pages by their path, the directory and the plans by the words and shape of
 * theirs, a service page also by its schema.org JSON-LD, a Markdown page by its source (a folder's {@code index.md}
 * with pages below it is a section). Where no rule names a page, its address with the last part replaced by
 * {@code *} names its kind, so that a new kind is still tested once. For each kind the largest page is chosen: it
 * has the most for the checks to look at.
 */
final class PageTypes {
    private static final Map<String, String> FIXED = Map.of(
            "/", "home page",
            "/404.html", "not-found page",
            "/helplines/", "helplines page",
            "/accessibility/", "accessibility statement",
            "/glossary/", "glossary",
            "/search/", "search page",
            "/site-map/", "site map",
            "/directory/", "directory home",
            "/plans/", "plans index",
            "/partners/", "partners index");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");

    private PageTypes() {}

    /** One page to test for a kind of page. */
    record PageType(String name, String path) {
        @Override
        public String toString() {
            return name + " " + path;
        }
    }

    /** One page of each kind that {@code site} built into {@code output}, ordered by kind. */
    static List<PageType> of(Path site, Path output) {
        List<String> paths = htmlPaths(output);
        String siteLang = langOf(read(output, "/"));
        Map<String, String> chosen = new TreeMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (String path : paths) {
            String html = read(output, path);
            String lang = langOf(html);
            String kind = lang.equals(siteLang) || path.equals("/404.html") ? kindOf(path, html, paths, site) : translatedKindOf(path, html, lang);
            if (html.length() > sizes.getOrDefault(kind, -1)) {
                sizes.put(kind, html.length());
                chosen.put(kind, path);
            }
        }
        List<PageType> types = new ArrayList<>();
        chosen.forEach((kind, path) -> types.add(new PageType(kind, path)));
        return types;
    }

    /** The kind of a page in another language than the home page's. */
    private static String translatedKindOf(String path, String html, String lang) {
        if (path.equals("/" + lang + "/directory/")) return "directory home in " + lang;
        if (path.startsWith("/" + lang + "/directory/") && describesService(html)) return "service page in " + lang;
        return "page in " + lang;
    }

    private static String kindOf(String path, String html, List<String> all, Path site) {
        String fixed = FIXED.get(path);
        if (fixed != null) return fixed;
        List<String> parts = List.of(path.substring(1).split("/"));
        boolean file = !path.endsWith("/");
        if (parts.contains("print") || parts.contains("print.html")) return "print view";
        if (describesService(html) || has(parts, "service")) return "service page";
        if (path.startsWith("/plans/")) {
            if (parts.size() == 2 && !file) return "plan overview";
            if (has(parts, "partner") || has(parts, "lead")) return "partner page";
            if (has(parts, "action")) return "action page";
            if (has(parts, "report") || has(parts, "round") || parts.stream().anyMatch(p -> DATE.matcher(p).matches())) {
                return "report-round page";
            }
            if (has(parts, "theme") || parts.size() == 3 && !file) return "theme page";
            return "plans page " + pattern(path);
        }
        if (has(parts, "partner")) return "partner page";
        if (path.startsWith("/directory/")) return "directory filter page";
        if (!file) {
            Path source = site.resolve("content").resolve(path.substring(1, path.length() - 1));
            boolean hasPagesBelow = all.stream().anyMatch(p -> p.startsWith(path) && !p.equals(path));
            if (Files.isRegularFile(source.resolve("index.md"))) return hasPagesBelow ? "section page" : "content page";
            if (Files.isRegularFile(source.resolveSibling(source.getFileName() + ".md"))) return "content page";
        }
        return "generated page " + pattern(path);
    }

    /** A service page carries schema.org JSON-LD describing a Service (issue 4). */
    private static boolean describesService(String html) {
        int ld = html.indexOf("application/ld+json");
        return ld >= 0 && html.indexOf("Service\"", ld) > 0;
    }

    /** The {@code lang} of a page's {@code <html>} element, or "" when it has none. */
    private static String langOf(String html) {
        Matcher m = LANG.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static boolean has(List<String> parts, String word) {
        return parts.stream().anyMatch(p -> p.equals(word) || p.equals(word + "s"));
    }

    /** {@code /plans/2009-10/extra/} becomes {@code /plans/2009-10/*}{@code /}. */
    private static String pattern(String path) {
        boolean dir = path.endsWith("/");
        String trimmed = dir ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1) + "*" + (dir ? "/" : "");
    }

    /** The site path of every HTML file: {@code /}, {@code /about/}, {@code /404.html}. */
    private static List<String> htmlPaths(Path output) {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html") && Files.isRegularFile(f))
                    .map(f -> "/" + output.relativize(f).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path output, String path) {
        try {
            return Files.readString(output.resolve(path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
