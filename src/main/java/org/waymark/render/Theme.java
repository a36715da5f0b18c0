package org.waymark.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.cache.PebbleCache;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.SourceFiles;
import org.waymark.diag.Suggest;
import org.waymark.phone.PhoneParse;
import org.waymark.phone.UkPhoneNumbers;

/**
 * A theme: its Pebble templates, compiled once per build, and its assets. Shared between threads.
 * Templates get two functions: {@code url('/path/')} for a link within the site, and
 * {@code t('key')} for the theme's words in the page's language.
 */
public final class Theme {
    private final ThemeFiles files;
    private final PebbleEngine engine;
    private final Set<String> templates;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    private final I18n i18n;
    private final Kept kept;

    private Theme(ThemeFiles files, PebbleEngine engine, Set<String> templates, I18n i18n, Kept kept) {
        this.files = files;
        this.engine = engine;
        this.templates = templates;
        this.i18n = i18n;
        this.kept = kept;
    }

    /** The theme's word for {@code key} in {@code lang}, or {@code fallback} when it has none. */
    public String word(String lang, String key, String fallback) {
        return i18n.find(lang, key).orElse(fallback);
    }

    /**
     * The theme's word for {@code key} in {@code lang}; a word missing in {@code lang} comes from the default language,
     * with a warning naming {@code usedBy}, or is {@code fallback} when the theme has it in no language.
     */
    public String text(String lang, String key, String fallback, String usedBy) {
        return i18n.word(lang, key, fallback, usedBy);
    }

    /**
     * The theme named in the config, or empty after reporting that it does not exist. Each template is looked for
     * in the site's {@code themes/<name>/templates/} first, then in the theme built into Waymark.
     */
    public static Optional<Theme> load(Path root, SiteConfig config, I18n i18n, Diagnostics diags) {
        Path dir = root.resolve("themes").resolve(config.theme());
        // a theme of the site is read from the site folder only: a link to a folder, or to a file elsewhere, is an
        // error (its own collector: the pages are read meanwhile, and their errors are not the theme's)
        Diagnostics links = new Diagnostics();
        for (Path p : List.of(root.resolve("themes"), dir)) {
            if (Files.isSymbolicLink(p)) SourceFiles.refuseLink(root, p, links);
        }
        if (!links.hasErrors() && Files.isDirectory(dir)) SourceFiles.files(root, dir, true, links);
        diags.addAll(links);
        if (links.hasErrors()) return Optional.empty();
        ThemeFiles files = ThemeFiles.of(root, config.theme());
        // a theme that cannot be found is reported with its line when the config was read (ConfigLoader)
        if (!files.exists()) return Optional.empty();
        Set<String> names = new TreeSet<>();
        try {
            files.files("templates").keySet().stream().filter(n -> n.endsWith(".peb") && !n.contains("/"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 4)));
        } catch (UncheckedIOException e) {
            diags.error("themes/" + config.theme(), Pos.NONE, "theme", "The theme cannot be read: " + e.getCause().getMessage(), "");
            return Optional.empty();
        }
        Kept kept = new Kept();
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new Lookup(files))
                .strictVariables(true)
                .autoEscaping(true)
                .cacheActive(true)
                .tagCache(kept)
                .extension(new Functions(config, i18n))
                .build();
        return Optional.of(new Theme(files, engine, Set.copyOf(names), i18n, kept));
    }

    /** Pebble's view of the theme's templates: "page" is templates/page.peb, the site's or the built-in one. */
    private static final class Lookup implements Loader<String> {
        private final ThemeFiles files;

        Lookup(ThemeFiles files) {
            this.files = files;
        }

        private static String rel(String name) {
            return "templates/" + (name.endsWith(".peb") ? name : name + ".peb");
        }

        @Override
        public Reader getReader(String name) {
            Path file = files.find(rel(name)).orElseThrow(() -> new LoaderException(null,
                    "The template `" + name + "` was not found: looked for " + files.lookedFor(rel(name)) + "."));
            try {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LoaderException(e, "The template " + file + " cannot be read: " + e.getMessage());
            }
        }

        @Override
        public void setCharset(String charset) {}

        @Override
        public void setPrefix(String prefix) {}

        @Override
        public void setSuffix(String suffix) {}

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
        }

        @Override
        public String createCacheKey(String templateName) {
            return templateName;
        }

        @Override
        public boolean resourceExists(String templateName) {
            return files.find(rel(templateName)).isPresent();
        }
    }

    /** The theme's assets (files published under /assets/), by their path there: the site's own in place of the built-in ones. */
    public Map<String, Path> assets() {
        return files.files("assets");
    }

    /** Where the theme's template {@code template} was looked for, in words. */
    public String lookedFor(String template) {
        return files.lookedFor("templates/" + template + ".peb");
    }

    public boolean has(String template) {
        return templates.contains(template);
    }

    /** A hint naming the closest template, for an unknown layout. */
    public String hintFor(String layout) {
        return Suggest.hint(layout, templates.stream().filter(t -> !t.startsWith("_") && !t.equals("base")).toList());
    }

    private final Map<String, Locale> locales = new ConcurrentHashMap<>();

    /**
     * A page's text as the template writes it: a {@link StringWriter} without the lock on every write, which
     * also notes where one given string (the page's Markdown as HTML) was written, so that the check need not
     * search the page for it.
     */
    private static final class Text extends Writer {
        private final StringBuilder text = new StringBuilder(16_384);
        private final String marker;
        private final Kept kept;
        private int markerAt = -1;
        private int markerWrites;
        private List<Block> blocks = List.of();

        Text(String marker, Kept kept) {
            this.marker = marker;
            this.kept = kept;
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            if (s == marker && !s.isEmpty()) {
                markerAt = text.length();
                markerWrites++;
            } else if (kept.has(s)) {
                if (blocks.isEmpty()) blocks = new ArrayList<>(4);
                blocks.add(new Block(text.length(), s));
            }
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence s) {
            if (s instanceof String string) write(string);
            else text.append(s);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * A rendered page and where in it the template wrote {@code marker} (the very string, not an equal one),
     * or -1 when it was not written exactly once as it is; and where it wrote the blocks the cache tag kept.
     */
    public record Written(String html, int markerAt, List<Block> blocks) {
        public Written {
            blocks = List.copyOf(blocks);
        }

        public Written(String html, int markerAt) {
            this(html, markerAt, List.of());
        }
    }

    /** A block that the theme's cache tag kept, written at {@code at} in a page. */
    public record Block(int at, String text) {}

    /**
     * The theme's cache tag: what it renders once and keeps, by its key. It also knows the strings it keeps,
     * so that a page can note where they were written and the check read each of them once.
     */
    private static final class Kept implements PebbleCache<CacheKey, Object> {
        /** Shorter strings are not looked for: a block worth remembering is a few lines of HTML. */
        private static final int SHORTEST = 200;
        private final Map<CacheKey, Object> values = new ConcurrentHashMap<>();
        private volatile String[] strings = new String[0];

        @Override
        public Object computeIfAbsent(CacheKey key,
                Function<? super CacheKey, ?> render) {
            Object value = values.get(key);
            if (value != null) return value;
            // rendered outside the map's lock: a block may hold a cache tag of its own
            Object made = render.apply(key);
            // known before any page can be given it
            boolean block = made instanceof String s && s.length() >= SHORTEST;
            if (block) add((String) made);
            Object first = values.putIfAbsent(key, made);
            if (first == null) return made;
            if (block) remove((String) made);
            return first;
        }

        private synchronized void add(String s) {
            String[] more = Arrays.copyOf(strings, strings.length + 1);
            more[strings.length] = s;
            strings = more;
        }

        private synchronized void remove(String s) {
            strings = Arrays.stream(strings).filter(k -> k != s).toArray(String[]::new);
        }

        /** Whether {@code s} is one of the kept strings: the very object, not an equal one. */
        boolean has(String s) {
            if (s.length() < SHORTEST) return false;
            for (String k : strings) if (k == s) return true;
            return false;
        }

        @Override
        public synchronized void invalidateAll() {
            values.clear();
            strings = new String[0];
        }
    }

    /** Renders a job's template, noting where it wrote {@code marker}; or returns empty after reporting the template's error. */
    public Optional<Written> render(Job job, String marker, Diagnostics diags) {
        String template = job.template();
        try {
            PebbleTemplate t = compiled.computeIfAbsent(template, engine::getTemplate);
            Text out = new Text(marker, kept);
            // the one place a page's values become the template's variables
            t.evaluate(out, job.context().variables(job.more()), locales.computeIfAbsent(job.context().page().lang(), Locale::forLanguageTag));
            return Optional.of(new Written(out.toString(), out.markerWrites == 1 ? out.markerAt : -1, out.blocks));
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? template : e.getFileName();
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            String base = slash >= 0 ? file.substring(slash + 1) : file;
            String name = files.place("templates/" + (base.endsWith(".peb") ? base : base + ".peb"));
            Integer line = e.getLineNumber();
            diags.error(name, Pos.line(line == null ? 0 : line), "template", "The template failed: " + e.getPebbleMessage(),
                    "check the template at this line");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            diags.error(files.place("templates/" + template + ".peb"), Pos.NONE, "template",
                    "The template failed: " + e, "check the template");
            return Optional.empty();
        }
    }

    /** The template functions. */
    private static final class Functions extends AbstractExtension {
        private final SiteConfig config;
        private final I18n i18n;

        Functions(SiteConfig config, I18n i18n) {
            this.config = config;
            this.i18n = i18n;
        }

        /** The cache tag, with what it prints escaped (Pebble's own leaves it raw). */
        @Override
        public List<TokenParser> getTokenParsers() {
            return List.of(new EscapedCache());
        }

        /** {@code {{ number | tel }}}: the tel: link of a UK number written in a template or config. */
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("tel", new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of();
                }

                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    String written = input == null ? "" : input.toString();
                    var parsed = UkPhoneNumbers.parse(written);
                    if (parsed instanceof PhoneParse.Valid v) return v.number().tel();
                    // an invalid number stays as written; the page check reports the tel: link with its place
                    return "tel:" + written.replaceAll("\\s", "");
                }
            });
        }

        @Override
        public Map<String, io.pebbletemplates.pebble.extension.Function> getFunctions() {
            return Map.of("url", new io.pebbletemplates.pebble.extension.Function() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of("path");
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    return config.link(String.valueOf(args.get("path")));
                }
            }, "t", new io.pebbletemplates.pebble.extension.Function() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of("key", "lang");
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    Object lang = args.get("lang");
                    if (lang == null && context.getVariable("page") instanceof Views.Page p) lang = p.lang();
                    return i18n.text(lang == null ? config.defaultLanguage().code() : lang.toString(),
                            String.valueOf(args.get("key")), self.getName(), line);
                }
            });
        }
    }
}
