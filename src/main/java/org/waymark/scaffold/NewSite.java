package org.waymark.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a new partnership's site ({@code waymark init}): a folder that builds at once with the theme built into
 * Waymark. What only the partnership can write is marked {@value #PLACEHOLDER}…], which {@code waymark check}
 * lists until it is replaced.
 */
public final class NewSite {
    /** How every placeholder that {@code init} writes starts; {@code waymark check} looks for it. */
    public static final String PLACEHOLDER = "[fill in:";
    /** The base address written when none is given: an example, listed by {@code waymark check}. */
    public static final String EXAMPLE_BASE_URL = "https://example.org/";
    private static final String STARTER = "waymark/starter/";

    private NewSite() {}

    /**
     * What the new site is called and covers.
     *
     * @param baseUrl the public address, or "" for an example one
     * @param areas the names of the areas the partnership covers ("Bedford Borough")
     * @param languages language codes, the first the default; empty for English alone
     */
    public record Request(String title, String baseUrl, List<String> areas, List<String> languages) {
        public Request {
            areas = List.copyOf(areas);
            languages = List.copyOf(languages);
        }
    }

    /** Writes the site into {@code dir}, which must be missing or empty; nothing is written into a folder with files. */
    public static Outcome write(Path dir, Request request, LocalDate today) {
        if (request.title().isBlank()) {
            return new Outcome.Invalid("The site needs a title.", "give it with --title \"Bedfordshire Domestic Abuse Partnership\"");
        }
        String base = request.baseUrl().isBlank() ? EXAMPLE_BASE_URL : request.baseUrl().trim();
        if (!base.matches("https?://[^/\\s]+(/\\S*)?")) {
            return new Outcome.Invalid("`" + base + "` is not the web address of a site.", "write it in full, such as https://www.example.org/");
        }
        for (String code : request.languages()) {
            if (!code.toLowerCase(Locale.ROOT).matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                return new Outcome.Invalid("`" + code + "` is not a language code.", "use an ISO 639 code such as en, cy, ur, pa");
            }
        }
        List<String> taken = entries(dir);
        if (!taken.isEmpty()) {
            return new Outcome.Exists(dir, "The folder " + dir + " has files in it already (" + String.join(", ", taken)
                    + "); a new site is started only in an empty folder, so nothing was written.",
                    "name a new folder, such as `waymark init my-partnership`");
        }
        Map<String, String> files = files(request, base, today);
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
            }
        } catch (IOException e) {
            return new Outcome.Invalid("The site cannot be written in " + dir + ": " + e.getMessage() + ".",
                    "check that you may write to " + dir);
        }
        return new Outcome.Written(dir, next(dir));
    }

    /** The commands to run next, with the site's folder. */
    static String next(Path dir) {
        String site = dir.toString().contains(" ") ? "\"" + dir + "\"" : dir.toString();
        return String.join("\n",
                "Next:",
                "  ./waymark serve --site " + site + "                   preview it at http://127.0.0.1:8080/ while you edit",
                "  ./waymark new service <id> --site " + site + "        add a local service to the directory",
                "  ./waymark import plan.docx --plan <id> --site " + site + "   bring in your action plan (Word, Excel or CSV)",
                "  ./waymark check --site " + site + "                   list what is left to do before the site goes live");
    }

    /** The names in {@code dir} (at most three), or none when it is missing or empty. */
    private static List<String> entries(Path dir) {
        if (!Files.exists(dir)) return List.of();
        if (!Files.isDirectory(dir)) return List.of(dir.getFileName() + " is a file");
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            return names.size() > 3 ? List.of(names.get(0), names.get(1), names.get(2), "…") : names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> files(Request r, String base, LocalDate today) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site-config.yml", config(r, base, today));
        files.put("content/index.md", home(r.title()));
        // each other language needs a home page of its own: the pages in that language link to it
        List<String> codes = codes(r);
        for (String code : codes.subList(1, codes.size())) {
            files.put("content/index." + code + ".md", """
                    ---
                    title: %s
                    reviewed: false
                    ---
                    [999](tel:999)

                    [fill in: the home page in %s: copy the text of index.md here and translate it, then remove `reviewed: false`.]
                    """.formatted(yaml(r.title().trim()), name(code)));
        }
        files.put("content/get-help/index.md", starter("get-help/index.md"));
        files.put("content/get-help/emergency.md", starter("get-help/emergency.md"));
        files.put("content/get-help/staying-safe-online.md", starter("get-help/staying-safe-online.md"));
        files.put("content/about/index.md", ABOUT);
        files.put("content/helplines.yml", helplines());
        files.put("content/partners.yml", PARTNERS);
        files.put("content/glossary.yml", GLOSSARY);
        return files;
    }

    private static String config(Request r, String base, LocalDate today) {
        StringBuilder langs = new StringBuilder();
        for (String code : codes(r)) {
            langs.append("  - {code: ").append(code).append(", name: ").append(yaml(name(code))).append("}\n");
        }
        StringBuilder areas = new StringBuilder();
        Map<String, String> byId = new LinkedHashMap<>();
        for (String a : r.areas()) if (!a.isBlank()) byId.putIfAbsent(Scaffold.slug(a, "area-" + (byId.size() + 1)), a.trim());
        if (byId.isEmpty()) {
            areas.append("  - {id: our-area, label: \"[fill in: the area the partnership covers]\"}\n");
        }
        byId.forEach((id, label) -> areas.append("  - {id: ").append(id).append(", label: ").append(yaml(label)).append("}\n"));
        String baseNote = base.equals(EXAMPLE_BASE_URL) ? "   # fill in: the site's public address (an example until then)" : "";
        return """
                # The settings of the site. Lines starting with # are notes for you.
                # Every key is checked: a misspelt key stops the build with a "did you mean" hint.
                # README.md, "site-config.yml", explains each one. `waymark check` lists what is
                # still to fill in before the site goes live.

                title: %s
                base_url: %s%s
                # tagline: Working together so that domestic abuse is not tolerated   # optional, under the title

                # The theme is built into Waymark. To change one template or stylesheet, put your own
                # file at the same place under themes/default/ (such as themes/default/assets/css/waymark.css);
                # `waymark theme copy` copies the whole theme here.
                theme: default
                output: public                 # where `waymark build` writes the site

                # The languages of the site; the first is the default. A page is translated by a
                # file beside it named with the code: about/index.ur.md.
                languages:
                %s
                # as_of: 2026-03-31             # optional: judge plan progress on this date instead of today
                # example_notice: This is an example site.   # optional: a banner on every page; remove before going live

                safety:
                  exit_url: https://www.bbc.co.uk/weather   # where "Exit this page" goes: a neutral https site
                  # Other sites a page may load anything from. Keep this empty: every site
                  # listed here learns who visits.
                  allowed_origins: []

                # The areas the partnership's services cover; services name them by id.
                areas:
                %s
                directory:
                  stale_after_days: 180          # a service not checked for longer is listed by `waymark check`
                  categories:                    # the kinds of help in the directory
                    - {id: helpline, label: Helplines and information lines}
                    - {id: advocacy, label: Independent advocacy (IDVA)}
                    - {id: refuge, label: Refuges and safe accommodation}
                    - {id: support-group, label: Support groups and programmes}
                    - {id: housing, label: Housing and staying in your home}
                    - {id: children, label: Support for children and young people}
                    - {id: perpetrator, label: Help to change abusive behaviour}
                    - {id: victim-support, label: Support after a crime}
                    - {id: professionals, label: For professionals}
                  groups:                        # who services are for
                    - {id: women, label: Women}
                    - {id: men, label: Men}
                    - {id: children, label: Children}
                    - {id: young-people, label: Young people}
                    - {id: families, label: Families}
                    - {id: lgbt, label: LGBT+ people}
                    - {id: professionals, label: Professionals}
                    - {id: perpetrators, label: People worried about their own behaviour}

                # The accessibility statement, published at /accessibility/. The UK accessibility
                # regulations require one for a public body's site. Fill in each field below
                # (remove the # in front); `waymark check` lists those still missing.
                accessibility:
                  # prepared: %s         # fill in: the day the statement was first written
                  # reviewed: %s         # fill in: the day it was last reviewed (at least once a year)
                  # contact_email: accessibility@example.org   # fill in: where people ask for another format or report a problem
                  # contact_phone: "01632 960100"              # fill in: a phone number for the same
                  compliance: partial            # full, partial or not (WCAG 2.2 AA)
                  known_issues: []               # fill in: each part of the site that is not accessible yet, one per line
                  # tested_with: automated checks on every build and a test with a screen reader   # fill in: how you tested
                """.formatted(yaml(r.title().trim()), base, baseNote, langs.toString().stripTrailing(),
                areas.toString().stripTrailing(), today, today);
    }

    /** The site's language codes, the default first. */
    private static List<String> codes(Request r) {
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(r.languages().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()));
        if (codes.isEmpty()) codes.add("en");
        return codes;
    }

    /** A language's name in that language: "Cymraeg" for cy. */
    private static String name(String code) {
        Locale l = Locale.forLanguageTag(code);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    private static String home(String title) {
        return """
                ---
                title: %s
                description: "[fill in: one sentence on who the partnership is and who the site is for]"
                ---
                If you are in danger now, call [999](tel:999). If you cannot speak, read
                [what to do in an emergency](get-help/emergency.md).

                ## Get help

                The National Domestic Abuse Helpline is free, confidential and open 24 hours a
                day, every day: [0808 2000 247](tel:08082000247).

                - [Ways to get help](get-help/index.md)
                - [Helplines](/helplines/)
                - [Local services](/directory/)
                - [Staying safe online](get-help/staying-safe-online.md)

                ## About the partnership

                [fill in: who the partnership is (the councils, police, health services, refuges
                and charities that work together) and the area it covers.]

                [More about the partnership](about/index.md).
                """.formatted(yaml(title.trim()));
    }

    private static final String ABOUT = """
            ---
            title: About the partnership
            description: Who we are and how we work together.
            order: 3
            ---
            [fill in: who the partnership is, the agencies in it, and the area it covers.]

            ## Our strategy

            [fill in: the partnership's strategy in a few sentences. Longer chapters can be
            pages of their own: `waymark new page strategy/index`.]

            ## Contact us

            [fill in: how partners and the public can reach the partnership. This is not a
            helpline: say so, and point to the [helplines](/helplines/).]
            """;

    private static final String PARTNERS = """
            # The partnership's agencies. Plans name them in `leads`, services in `organisation`.
            # One entry per agency; remove the # in front of the lines of the example to start.
            #
            # - id: example-council            # lower-case letters, digits and hyphens
            #   name: Example Borough Council  # required: the agency's name
            #   short_name: Example Council    # optional: used where space is short
            #   type: council                  # council, police, probation, health, children, justice, housing, charity, partnership, other
            #   website: https://example.org/  # optional
            """;

    private static final String GLOSSARY = """
            # Acronyms and terms. The first use of each term on a page is marked up with its expansion.
            # One entry per term; remove the # in front of the lines of the example to start.
            #
            # - term: MARAC
            #   expansion: Multi-Agency Risk Assessment Conference
            #   explanation: A regular local meeting where agencies share information on the highest-risk cases.   # optional
            """;

    /**
     * The national helplines of the example site (its {@code content/helplines.yml}, packed into Waymark), without its
     * local example lines. A helpline whose number or hours are not confirmed has no {@code last_verified}.
     */
    static String helplines() {
        String all = starter("helplines.yml");
        StringBuilder out = new StringBuilder("""
                # National and local helplines, shown on /helplines/ (featured ones on the home page too).
                # The national lines below are as published by each service. A line with no
                # `last_verified` date has a number or hours that are not confirmed: check them with
                # the service, then add `last_verified: <the date>`. `waymark check` lists them until then.
                # Add your local lines with `scope: local`.
                """);
        for (String entry : all.split("\n(?=- id: )")) {
            if (entry.startsWith("- id: ") && entry.contains("\n  scope: national\n")) out.append('\n').append(entry.strip()).append('\n');
        }
        return out.toString();
    }

    private static String starter(String name) {
        try (InputStream in = NewSite.class.getClassLoader().getResourceAsStream(STARTER + name)) {
            if (in == null) throw new IllegalStateException("Waymark's starter file " + name + " is missing from its classes");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A YAML scalar, quoted when it would not read back as the same text. A comma is quoted too: these values are
     * written into flow mappings ({@code {id: …, label: …}}), where a comma ends the value.
     */
    private static String yaml(String s) {
        if (s.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .'()&–-]*") && !s.contains(": ") && !s.endsWith(":")) return s;
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
