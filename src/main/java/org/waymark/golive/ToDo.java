package org.waymark.golive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Pos;
import org.waymark.scaffold.NewSite;

/**
 * The to-do list before a site goes live, each item with its file and line: the accessibility statement's
 * missing fields, text {@code waymark init} wrote as a placeholder, and on a site with its own address, the
 * example addresses and the example notice left in it. (Helplines and services not checked come from the
 * build itself, as warnings.)
 */
public final class ToDo {
    /** The rule of every item of this list. */
    public static final String RULE = "to-do";
    private static final Pattern EXAMPLE_HOST = Pattern.compile("\\bexample\\.(?:org|com|net)\\b", Pattern.CASE_INSENSITIVE);
    private static final String CONFIG = "site-config.yml";

    private ToDo() {}

    /** The items left to do in the site at {@code root}, whose configuration is {@code config}. */
    public static List<Diagnostic> list(Path root, SiteConfig config, LocalDate today) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> lines = lines(root.resolve(CONFIG));
        accessibility(config.accessibility(), lines, today, out);
        boolean exampleSite = exampleHost(config.baseUrl());
        if (exampleSite) {
            out.add(Diagnostic.warning(CONFIG, at(lines, "base_url"), RULE, "`base_url` is still an example address (" + config.baseUrl() + ").",
                    "set it to the site's public address, such as https://www.your-partnership.org.uk/"));
        } else if (!config.exampleNotice().isEmpty() || config.languages().stream().anyMatch(l -> !l.exampleNotice().isEmpty())) {
            out.add(Diagnostic.warning(CONFIG, at(lines, "example_notice"), RULE, "Every page still says the site is an example (`example_notice`).",
                    "remove `example_notice` from site-config.yml (and from each language) before the site goes live"));
        }
        for (String file : sources(root)) {
            List<String> text = lines(root.resolve(file));
            for (int i = 0; i < text.size(); i++) {
                String line = text.get(i);
                int at = line.indexOf(NewSite.PLACEHOLDER);
                if (at >= 0) {
                    out.add(Diagnostic.warning(file, new Pos(i + 1, at + 1), RULE, "Text that `waymark init` wrote for you to replace is still here: "
                            + excerpt(line.substring(at)), "write the partnership's own text in its place"));
                }
                Matcher m = EXAMPLE_HOST.matcher(line);
                if (!exampleSite && m.find() && !line.stripLeading().startsWith("#")) {
                    out.add(Diagnostic.warning(file, new Pos(i + 1, m.start() + 1), RULE, "An example address (" + m.group()
                            + ") is still in the site.", "replace it with the real address, or remove it"));
                }
            }
        }
        return out;
    }

    private static void accessibility(SiteConfig.Accessibility a, List<String> lines, LocalDate today, List<Diagnostic> out) {
        Pos block = at(lines, "accessibility");
        Function<String, Pos> field = name -> within(lines, block, name);
        String where = " in the accessibility statement (`accessibility:` in site-config.yml)";
        if (a.prepared().isEmpty()) {
            out.add(todo(field.apply("prepared"), "The date the statement was prepared is missing" + where + ".", "add `prepared: " + today + "`: the day it was written"));
        }
        if (a.reviewed().isEmpty()) {
            out.add(todo(field.apply("reviewed"), "The date the statement was last reviewed is missing" + where + ".", "add `reviewed: " + today
                    + "` once someone has checked it, and review it at least once a year"));
        }
        if (a.contactEmail().isEmpty() && a.contactPhone().isEmpty()) {
            out.add(todo(field.apply("contact_email"), "There is no contact" + where + ": people cannot ask for another format or report a problem.",
                    "add `contact_email:` or `contact_phone:` (or both)"));
        }
        if (!a.compliance().equals("full") && a.knownIssues().isEmpty()) {
            out.add(todo(field.apply("known_issues"), "The statement says the site is not fully accessible (`compliance: " + a.compliance()
                    + "`) but lists no known problems" + where + ".",
                    "list each part of the site that is not accessible under `known_issues:`, or write `compliance: full` once nothing is"));
        }
        if (a.testedWith().isEmpty()) {
            out.add(todo(field.apply("tested_with"), "How the site was tested is missing" + where + ".", "add `tested_with:`, such as \"automated checks and a test with a screen reader\""));
        }
    }

    private static Diagnostic todo(Pos pos, String message, String hint) {
        return Diagnostic.warning(CONFIG, pos, RULE, message, hint);
    }

    private static boolean exampleHost(String url) {
        String host = URI.create(url).getHost();
        return host == null || host.toLowerCase(Locale.ROOT).matches("(.+\\.)?example\\.(org|com|net)|localhost|127\\.0\\.0\\.1");
    }

    /** The line of the top-level key {@code key} in site-config.yml, or the whole file when it is not there. */
    private static Pos at(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key + ":")) return Pos.line(i + 1);
        return Pos.NONE;
    }

    /** The line of {@code name} in the block at {@code block}, written or left as a note ("# prepared:"), or the block's. */
    private static Pos within(List<String> lines, Pos block, String name) {
        Pattern key = Pattern.compile("\\s+(#\\s*)?" + name + ":.*");
        for (int i = block.line(); i > 0 && i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) break;
            if (key.matcher(line).matches()) return Pos.line(i + 1);
        }
        return block;
    }

    /** site-config.yml and every Markdown and YAML file under content/, relative to the root. */
    private static List<String> sources(Path root) {
        List<String> out = new ArrayList<>(List.of(CONFIG));
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) return out;
        try (Stream<Path> s = Files.walk(content)) {
            s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".md") || n.endsWith(".yml")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            // the build has said already that the file cannot be read
            return List.of();
        }
    }

    private static String excerpt(String from) {
        int end = from.indexOf(']');
        String s = end > 0 ? from.substring(0, end + 1) : from;
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
