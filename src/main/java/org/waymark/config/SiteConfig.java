package org.waymark.config;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The site configuration, from {@code site-config.yml}.
 *
 * @param baseUrl the public address of the site, always ending in "/"
 * @param basePath the path part of {@code baseUrl} ("/" or "/partnership/"), prefixed to every site link
 * @param asOf the date that plan status is judged against, when fixed in the config
 */
public record SiteConfig(
        String title,
        String tagline,
        String baseUrl,
        String basePath,
        String theme,
        String output,
        List<Language> languages,
        String exampleNotice,
        Optional<LocalDate> asOf,
        Safety safety,
        List<Choice> areas,
        Directory directory,
        Accessibility accessibility) {

    /** The theme built into Waymark, used when the config names none. */
    public static final String BUILT_IN_THEME = "default";

    public SiteConfig {
        languages = List.copyOf(languages);
        areas = List.copyOf(areas);
    }

    /** Whether this is an example site: it has an {@code example_notice}, in its own settings or a language's. */
    public boolean isExample() {
        return !exampleNotice.isBlank() || languages.stream().anyMatch(l -> !l.exampleNotice().isBlank());
    }

    /**
     * A language of the site; the first is the default.
     *
     * @param title the site's title in this language, or "" to use the site's
     * @param tagline the tagline in this language, or ""
     * @param exampleNotice the example notice in this language, or ""
     */
    public record Language(String code, String name, String dir, String title, String tagline, String exampleNotice) {
        public Language(String code, String name, String dir) {
            this(code, name, dir, "", "", "");
        }
    }

    /** One entry of a controlled list (an area, a category, a group of people). */
    public record Choice(String id, String label, String description) {}

    /** Safety settings: where "Exit this page" goes and which other origins may serve a resource. */
    public record Safety(String exitUrl, List<String> allowedOrigins) {
        public Safety {
            allowedOrigins = List.copyOf(allowedOrigins);
        }
    }

    /** The service directory's controlled lists, freshness threshold and Open Referral UK API. */
    public record Directory(int staleAfterDays, List<Choice> categories, List<Choice> groups, Api api) {
        public Directory {
            categories = List.copyOf(categories);
            groups = List.copyOf(groups);
        }

        public Directory(int staleAfterDays, List<Choice> categories, List<Choice> groups) {
            this(staleAfterDays, categories, groups, Api.DEFAULT);
        }
    }

    /**
     * Where the directory's Open Referral UK API is published, as static files.
     *
     * @param base the site path of the API ("/api/oruk/"): starts and ends with "/"
     * @param perPage how many services, taxonomy terms or locations a page of a list holds
     */
    public record Api(String base, int perPage) {
        public static final Api DEFAULT = new Api("/api/oruk/", 50);
    }

    /** What the accessibility statement says about the site. */
    public record Accessibility(
            Optional<LocalDate> prepared,
            Optional<LocalDate> reviewed,
            String contactEmail,
            String contactPhone,
            String compliance,
            List<String> knownIssues,
            String testedWith) {
        public Accessibility {
            knownIssues = List.copyOf(knownIssues);
        }
    }

    public Language defaultLanguage() {
        return languages.get(0);
    }

    public Map<String, Choice> areasById() {
        return byId(areas);
    }

    static Map<String, Choice> byId(List<Choice> choices) {
        return choices.stream().collect(Collectors.toMap(Choice::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** A site path ("/strategy/") as a link, with the base path in front ("/partnership/strategy/"). */
    public String link(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return basePath + p;
    }

    /** A site path as an absolute URL, for the sitemap and feeds. */
    public String absolute(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return baseUrl + p;
    }
}
