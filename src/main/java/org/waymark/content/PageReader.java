package org.waymark.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.model.Page;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YScalar;
import org.waymark.yaml.YamlReader;

/** Reads one Markdown page: its front matter, checked, and its body. */
final class PageReader {
    private static final Pattern LAYOUT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    static final List<String> KEYS =
            List.of("title", "description", "order", "draft", "layout", "menu", "lang", "date", "tags", "reviewed");

    private final YamlReader yaml;
    private final String defaultLang;

    PageReader(YamlReader yaml, String defaultLang) {
        this.yaml = yaml;
        this.defaultLang = defaultLang;
    }

    /**
     * The page, or empty when its front matter has errors (reported).
     *
     * @param source the file name relative to the site root
     * @param file the file, from which the page's body is read again when it is rendered
     * @param text the file's text
     * @param path the site path the page will have
     */
    Optional<Page> read(String source, Path file, String text, String path, String section, boolean isIndex, String lang,
            Diagnostics diags) {
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            boolean opened = text.startsWith("---");
            diags.error(source, Pos.line(1), "front-matter",
                    opened ? "The front matter that starts on line 1 is never closed with a `---` line."
                            : "This page has no front matter, so it has no title.",
                    opened ? "add a line with only `---` after the last front matter field"
                            : "start the file with three lines: `---`, `title: Your title`, `---`");
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        long before = diags.errorCount();
        Optional<YNode> node = yaml.read(fm.yaml(), source, fm.yamlLine(), diags);
        if (diags.errorCount() > before) return Optional.empty();
        Optional<Fields> fields = Fields.of(node.orElse(null), source, diags, "the front matter", Pos.line(1));
        if (fields.isEmpty()) return Optional.empty();
        Fields f = fields.get();
        f.allow(KEYS);
        String title = f.required("title").orElse("");
        String description = f.string("description", "");
        int order = f.integer("order").orElse(Integer.MAX_VALUE);
        boolean draft = f.bool("draft").orElse(false);
        String layout = f.string("layout", path.equals("/") ? "home" : isIndex ? "section" : "page");
        if (!LAYOUT.matcher(layout).matches()) {
            f.error("layout", "`" + layout + "` is not a layout name.", "use the name of a template in the theme, without .peb");
        }
        Page.Menu menu = menu(f);
        String pageLang = f.string("lang", lang == null ? defaultLang : lang);
        Optional<LocalDate> date = f.date("date");
        List<String> tags = f.strings("tags");
        boolean reviewed = f.bool("reviewed").orElse(true);
        if (diags.errorCount() > before) return Optional.empty();
        return Optional.of(new Page(source, path, section, isIndex, title, description, order, draft, layout,
                f.pos("layout"), menu, pageLang, date, tags, reviewed, FileBody.of(file, source, text, fm), fm.bodyLine()));
    }

    private static Page.Menu menu(Fields f) {
        YNode n = f.node("menu");
        if (n == null) return Page.Menu.DEFAULT;
        if (n instanceof YScalar s) {
            if (s.kind() == YScalar.Kind.BOOLEAN) return new Page.Menu(f.bool("menu").orElse(false), "");
            if (s.isNull()) return Page.Menu.DEFAULT;
            return new Page.Menu(true, s.text());
        }
        f.error("menu", "`menu` should be true, false, or the label to show in the navigation.",
                "write `menu: true` to list the page in the main navigation");
        return Page.Menu.DEFAULT;
    }
}
