package org.waymark.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.SourceFiles;
import org.waymark.yaml.YMap;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YScalar;
import org.waymark.yaml.YamlReader;

/**
 * The theme's own words in each language, from {@code themes/<theme>/i18n/<lang>.yml}. A word missing in
 * a language falls back to the default language, and the build warns once per word and language.
 */
public final class I18n {
    private final String fallback;
    private final Map<String, Map<String, String>> words;
    private final Diagnostics diags;
    private final String dir;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private I18n(String fallback, Map<String, Map<String, String>> words, Diagnostics diags, String dir) {
        this.fallback = fallback;
        this.words = words;
        this.diags = diags;
        this.dir = dir;
    }

    public static I18n load(Path root, SiteConfig config, YamlReader yaml, Diagnostics diags) {
        Map<String, Map<String, String>> words = new HashMap<>();
        String dir = "themes/" + config.theme() + "/i18n";
        ThemeFiles theme = ThemeFiles.of(root, config.theme());
        for (SiteConfig.Language lang : config.languages()) {
            // the built-in theme's words for the language, with the site's own file's words in their place and added
            // to them, word by word: a site that changes one word keeps the words a newer Waymark adds
            String rel = "i18n/" + lang.code() + ".yml";
            Optional<Path> shipped = theme.shipped(rel);
            Map<String, String> map = new HashMap<>();
            if (shipped.isPresent()) {
                try {
                    yaml.read(Files.readString(shipped.get()), "(built-in theme) " + rel, 1, diags).ifPresent(node -> flatten("", node, map));
                } catch (IOException e) {
                    throw new UncheckedIOException("the built-in theme's " + rel + " cannot be read", e);
                }
            }
            boolean own = theme.overridden(rel);
            if (own) {
                Path file = root.resolve(dir).resolve(lang.code() + ".yml");
                SourceFiles.read(root, file, diags)
                        .flatMap(text -> yaml.read(text, SourceFiles.name(root, file), 1, diags))
                        .ifPresent(node -> flatten("", node, map));
            }
            if (shipped.isEmpty() && !own
                    && (!lang.code().equals(config.defaultLanguage().code()) || Files.isDirectory(root.resolve(dir)))) {
                diags.warning(dir + "/" + lang.code() + ".yml", Pos.NONE, "i18n",
                        "The theme has no words in " + lang.name() + "; the pages use " + config.defaultLanguage().name() + ".",
                        "add " + dir + "/" + lang.code() + ".yml");
            }
            words.put(lang.code(), Map.copyOf(map));
        }
        return new I18n(config.defaultLanguage().code(), Map.copyOf(words), diags, dir);
    }

    private static void flatten(String prefix, YNode node, Map<String, String> out) {
        if (node instanceof YMap m) {
            for (YMap.Entry e : m.entries().values()) flatten(prefix + e.key() + ".", e.value(), out);
        } else if (node instanceof YScalar s) {
            out.put(prefix.substring(0, prefix.length() - 1), s.text());
        }
    }

    /** The word for {@code key} in {@code lang}, falling back to the default language, then to the key. */
    public String text(String lang, String key, String template, int line) {
        return word(lang, key, key, template + " line " + line);
    }

    /**
     * The word for {@code key} in {@code lang}: a word missing in {@code lang} is a warning (once per word and
     * language) naming what uses it, {@code usedBy}, and is taken from the default language, else {@code fallback}.
     */
    public String word(String lang, String key, String fallback, String usedBy) {
        String w = words.getOrDefault(lang, Map.of()).get(key);
        if (w != null) return w;
        if (warned.add(lang + "\u0000" + key)) {
            diags.warning(dir + "/" + lang + ".yml", Pos.NONE, "i18n",
                    "The theme's word `" + key + "` is missing in `" + lang + "` (used by " + usedBy + ").",
                    "add `" + key + ": …` to " + dir + "/" + lang + ".yml");
        }
        String f = words.getOrDefault(this.fallback, Map.of()).get(key);
        return f != null ? f : fallback;
    }

    /** The word for {@code key} in {@code lang} only, without falling back or warning. */
    public Optional<String> find(String lang, String key) {
        return Optional.ofNullable(words.getOrDefault(lang, Map.of()).get(key));
    }

    /** Every language's words, for tests. */
    List<String> languages() {
        return List.copyOf(words.keySet());
    }
}
