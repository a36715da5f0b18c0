package org.waymark.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.SourceFiles;
import org.waymark.phone.PhoneRules;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YamlReader;

/** Reads {@code site-config.yml} into a {@link SiteConfig}, reporting every problem with its line. */
public final class ConfigLoader {
    public static final String FILE = "site-config.yml";
    static final String DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";
    /** The fields of the accessibility statement, in the order the README and `waymark init` give them. */
    public static final List<String> ACCESSIBILITY_FIELDS =
            List.of("prepared", "reviewed", "contact_email", "contact_phone", "compliance", "known_issues", "tested_with");
    private static final Set<String> RTL = Set.of("ar", "arc", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi");

    private ConfigLoader() {}

    /** The configuration, or empty when it has errors (all of them reported to {@code diags}). */
    public static Optional<SiteConfig> load(Path root, YamlReader yaml, Diagnostics diags) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            diags.error(FILE, Pos.NONE, "config", "There is no site-config.yml in " + root.toAbsolutePath() + ".",
                    "run waymark in the folder that holds site-config.yml, or pass --site <folder>");
            return Optional.empty();
        }
        if (Files.isSymbolicLink(file) && SourceFiles.refuseLink(root, file, diags)) return Optional.empty();
        long before = diags.errorCount();
        Optional<Fields> fields = SourceFiles.read(root, file, diags)
                .flatMap(text -> yaml.read(text, FILE, 1, diags))
                .flatMap(node -> Fields.of(node, FILE, diags, "site-config.yml", Pos.line(1)));
        if (fields.isEmpty()) {
            if (diags.errorCount() == before) {
                diags.error(FILE, Pos.line(1), "config", "site-config.yml is empty.", "add at least `title:` and `base_url:`");
            }
            return Optional.empty();
        }
        SiteConfig config = read(fields.get());
        boolean ok = diags.errorCount() == before;
        // a theme that is not there is reported here, where its line is known; the config is still used, so that the
        // same run reads the pages and reports their problems too
        // the built-in theme is always there; any other must be a folder of the site (render/ThemeFiles looks the same way)
        if (!config.theme().equals(SiteConfig.BUILT_IN_THEME) && !Files.isDirectory(root.resolve("themes").resolve(config.theme()))) {
            Fields f = fields.get();
            f.error(f.has("theme") ? f.pos("theme") : Pos.line(1), "theme", "The theme `" + config.theme() + "` was not found: it was "
                    + "looked for in the folder themes/" + config.theme() + "/ of the site, and the only theme built into Waymark is `"
                    + SiteConfig.BUILT_IN_THEME + "`.", "set `theme: " + SiteConfig.BUILT_IN_THEME + "` in site-config.yml, or create themes/"
                    + config.theme() + "/templates/ with the templates you want to change");
        }
        return ok ? Optional.of(config) : Optional.empty();
    }

    /** The line of site-config.yml where the top-level {@code key} is written, or no line. */
    public static Pos line(Path root, String key) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(FILE));
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key + ":")) return Pos.line(i + 1);
        } catch (IOException | UncheckedIOException e) {
            // the file was read a moment ago; without it, the message has no line
        }
        return Pos.NONE;
    }

    static SiteConfig read(Fields f) {
        f.allow("title", "tagline", "base_url", "theme", "output", "languages", "example_notice", "as_of",
                "safety", "areas", "directory", "accessibility");
        String title = f.required("title").orElse("");
        String baseUrl = f.required("base_url").map(u -> baseUrl(f, u)).orElse("https://example.org/");
        String basePath = URI.create(baseUrl).getRawPath();
        if (basePath == null || basePath.isEmpty()) basePath = "/";
        List<SiteConfig.Language> languages = languages(f);
        String exampleNotice = f.string("example_notice", "");
        boolean example = !exampleNotice.isBlank() || languages.stream().anyMatch(l -> !l.exampleNotice().isBlank());
        String output = f.string("output", "public");
        if (output.isBlank() || output.equals(".") || output.equals("content") || output.equals("themes")
                || output.contains("..")) {
            f.error("output", "`output: " + output + "` would write the site over your own files.",
                    "use a folder of its own, such as `output: public`");
        }
        return new SiteConfig(
                title,
                f.string("tagline", ""),
                baseUrl,
                basePath,
                f.string("theme", SiteConfig.BUILT_IN_THEME),
                output,
                languages,
                exampleNotice,
                f.date("as_of"),
                safety(f),
                choices(f, "areas", "an area"),
                directory(f),
                accessibility(f, PhoneRules.forSite(example, List.of())));
    }

    private static String baseUrl(Fields f, String url) {
        try {
            URI uri = new URI(url.trim());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                f.error("base_url", "`base_url` must be the full web address of the site, such as https://example.org/.",
                        "write it with https:// and the host name");
                return "https://example.org/";
            }
            String s = uri.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (URISyntaxException e) {
            f.error("base_url", "`base_url` is not a web address: " + e.getReason() + ".", "write it as https://example.org/");
            return "https://example.org/";
        }
    }

    private static List<SiteConfig.Language> languages(Fields f) {
        List<SiteConfig.Language> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields l : f.objects("languages", "a language")) {
            l.allow("code", "name", "dir", "title", "tagline", "example_notice");
            String code = l.required("code").orElse("en").toLowerCase(Locale.ROOT);
            if (!code.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                l.error("code", "`" + code + "` is not a language code.", "use an ISO 639 code such as en, ur, pa");
            }
            if (!seen.add(code)) l.error("code", "The language `" + code + "` is listed twice.", "list each language once");
            String base = code.split("-")[0];
            String dir = l.string("dir", RTL.contains(base) ? "rtl" : "ltr");
            if (!dir.equals("rtl") && !dir.equals("ltr")) l.error("dir", "`dir` must be ltr or rtl.", "write `dir: rtl` for a right-to-left language");
            out.add(new SiteConfig.Language(code, l.string("name", code), dir, l.string("title", ""), l.string("tagline", ""),
                    l.string("example_notice", "")));
        }
        if (out.isEmpty()) out.add(new SiteConfig.Language("en", "English", "ltr"));
        return out;
    }

    private static SiteConfig.Safety safety(Fields f) {
        Optional<Fields> s = f.object("safety", "the safety settings");
        if (s.isEmpty()) return new SiteConfig.Safety(DEFAULT_EXIT_URL, List.of());
        Fields safety = s.get();
        safety.allow("exit_url", "allowed_origins");
        String exit = safety.string("exit_url", DEFAULT_EXIT_URL);
        try {
            URI uri = new URI(exit);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                safety.error("exit_url", "The exit address must start with https:// (it is where \"Exit this page\" goes).",
                        "use a neutral https site, such as " + DEFAULT_EXIT_URL);
            }
        } catch (URISyntaxException e) {
            safety.error("exit_url", "The exit address is not a web address.", "use a neutral https site, such as " + DEFAULT_EXIT_URL);
        }
        List<String> origins = new ArrayList<>();
        for (String o : safety.strings("allowed_origins")) {
            origins.add(o.endsWith("/") ? o.substring(0, o.length() - 1) : o);
        }
        return new SiteConfig.Safety(exit, origins);
    }

    private static List<SiteConfig.Choice> choices(Fields f, String key, String what) {
        List<SiteConfig.Choice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields c : f.objects(key, what)) {
            c.allow("id", "label", "description");
            String id = c.required("id").orElse("");
            if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
                c.error("id", "`" + id + "` is not a valid id.", "use lower-case letters, digits and hyphens, such as `bedford-borough`");
            }
            if (!id.isEmpty() && !seen.add(id)) c.error("id", "The id `" + id + "` is used twice in `" + key + "`.", "give each entry its own id");
            out.add(new SiteConfig.Choice(id, c.string("label", id), c.string("description", "")));
        }
        return out;
    }

    private static SiteConfig.Directory directory(Fields f) {
        Optional<Fields> d = f.object("directory", "the directory settings");
        if (d.isEmpty()) return new SiteConfig.Directory(180, List.of(), List.of());
        Fields dir = d.get();
        dir.allow("stale_after_days", "categories", "groups", "api");
        int stale = dir.integer("stale_after_days").orElse(180);
        if (stale < 1) dir.error("stale_after_days", "`stale_after_days` must be at least 1.", "the usual value is 180");
        return new SiteConfig.Directory(stale, choices(dir, "categories", "a category"), choices(dir, "groups", "a group of people"),
                api(dir));
    }

    /** The folders of the site that Waymark fills itself: the API may not be published in one. */
    private static final List<String> TAKEN = List.of("/assets/", "/data/", "/directory/", "/helplines/", "/plans/", "/search/",
            "/glossary/", "/accessibility/", "/site-map/");

    private static SiteConfig.Api api(Fields dir) {
        Optional<Fields> a = dir.object("api", "the Open Referral UK API settings");
        if (a.isEmpty()) return SiteConfig.Api.DEFAULT;
        Fields api = a.get();
        api.allow("base", "per_page");
        String base = api.string("base", SiteConfig.Api.DEFAULT.base());
        if (!base.matches("(/[a-z0-9][a-z0-9_.-]*)+/")) {
            api.error("base", "`base: " + base + "` is not a folder of the site for the API.",
                    "write a path that starts and ends with /, in lower-case letters, digits and hyphens, such as `base: /api/oruk/`");
        } else if (TAKEN.stream().anyMatch(base::startsWith)) {
            api.error("base", "`base: " + base + "` is inside a folder that Waymark fills with pages of its own.",
                    "use a folder of its own, such as `base: /api/oruk/`");
        }
        int perPage = api.integer("per_page").orElse(SiteConfig.Api.DEFAULT.perPage());
        if (perPage < 1 || perPage > 1000) {
            api.error("per_page", "`per_page` must be between 1 and 1000.", "the usual value is 50");
        }
        return new SiteConfig.Api(base, perPage);
    }

    private static SiteConfig.Accessibility accessibility(Fields f, PhoneRules phones) {
        Optional<Fields> a = f.object("accessibility", "the accessibility statement settings");
        if (a.isEmpty()) {
            // the UK accessibility regulations require a real statement; one made of nothing would promise contacts it lacks
            f.error(f.pos(), "accessibility", "site-config.yml has no `accessibility:` block, so the accessibility statement "
                    + "(/accessibility/) would say nothing: no contact, no known problems, no date.",
                    "add `accessibility:` with " + String.join(", ", ACCESSIBILITY_FIELDS) + " (README.md, \"site-config.yml\", shows each)");
            return new SiteConfig.Accessibility(Optional.empty(), Optional.empty(), "", "", "partial", List.of(), "");
        }
        Fields acc = a.get();
        acc.allow(ACCESSIBILITY_FIELDS.toArray(String[]::new));
        String compliance = acc.string("compliance", "partial");
        if (!Set.of("full", "partial", "not").contains(compliance)) {
            acc.error("compliance", "`compliance` must be full, partial or not.", "write `compliance: partial` unless every WCAG 2.2 AA criterion is met");
        }
        acc.string("contact_phone").ifPresent(phone -> {
            for (PhoneRules.Problem p : phones.read(phone, PhoneRules.Use.LOCAL).problems()) {
                if (p.error()) acc.error(acc.pos("contact_phone"), "phone", p.message(), p.hint());
                else acc.warning(acc.pos("contact_phone"), "phone", p.message(), p.hint());
            }
        });
        return new SiteConfig.Accessibility(acc.date("prepared"), acc.date("reviewed"), acc.string("contact_email", ""),
                acc.string("contact_phone", ""), compliance, acc.strings("known_issues"), acc.string("tested_with", ""));
    }
}
