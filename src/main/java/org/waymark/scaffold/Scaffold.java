package org.waymark.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Suggest;
import org.waymark.model.Plan;

/**
 * Writes the starter files of {@code waymark new}: a service, a page, or a progress report pre-filled with the
 * status of every action. A name that is taken is refused and nothing is overwritten; a name that would make
 * a bad web address is refused with the name to use instead.
 */
public final class Scaffold {
    private static final String ID = "[a-z0-9][a-z0-9-]*";
    /** Ids the directory uses for folders of its own (see the directory package). */
    private static final Set<String> RESERVED_SERVICE_IDS = Set.of("category", "area", "for");
    /** Folders of content/ that hold data, or addresses Waymark makes itself: no page may go there. */
    private static final Set<String> RESERVED_SECTIONS = Set.of("assets", "services", "plans", "directory", "helplines",
            "glossary", "accessibility", "search", "site-map", "data", "_headers", "_redirects");

    private Scaffold() {}

    /** Writes content/services/&lt;id&gt;.yml, with {@code today} as the example of when it was last verified. */
    public static Outcome service(Path root, String id, LocalDate today) {
        if (!id.matches(ID)) {
            return new Outcome.Invalid("`" + id + "` cannot be a service id: an id is the service's web address, so it is "
                    + "written in lower-case letters, digits and hyphens.", "use `" + slug(id, "my-service") + "`");
        }
        if (RESERVED_SERVICE_IDS.contains(id)) {
            return new Outcome.Invalid("`" + id + "` cannot be a service id: the directory uses /directory/" + id + "/ for its own pages.",
                    "choose a longer id, such as `" + id + "-service`");
        }
        SiteData.Config read = SiteData.config(root);
        if (read.config().isEmpty()) return notASite(root, read.diagnostics());
        Path file = root.resolve("content").resolve("services").resolve(id + ".yml");
        return write(root, file, Starters.service(id, read.config().get(), today),
                "Fill in the service's details, then run `waymark build`; it is published at /directory/" + id + "/.");
    }

    /** Writes content/&lt;section&gt;/&lt;name&gt;.md; {@code path} is "section/name", with or without ".md". */
    public static Outcome page(Path root, String path) {
        String p = path.replace('\\', '/').replaceFirst("\\.md$", "").replaceAll("^/+|/+$", "");
        String[] parts = p.split("/");
        for (String part : parts) {
            if (!part.matches(ID)) {
                return new Outcome.Invalid("`" + path + "` cannot name a page: each part of the name becomes part of its web address, "
                        + "so it is written in lower-case letters, digits and hyphens.",
                        "write it as section/name, such as `" + slugPath(p) + "`");
            }
        }
        if (p.equals("index")) {
            return new Outcome.Invalid("content/index.md is the home page, which every site has already.",
                    "name the new page as section/name, such as `about/our-work`");
        }
        if (RESERVED_SECTIONS.contains(parts[0])) {
            return new Outcome.Invalid("`" + parts[0] + "` is a folder Waymark uses itself, so a page cannot go there.",
                    "put the page in a section of its own, such as `about/" + parts[parts.length - 1] + "`");
        }
        SiteData.Config read = SiteData.config(root);
        if (read.config().isEmpty()) return notASite(root, read.diagnostics());
        Path content = root.resolve("content");
        boolean index = parts[parts.length - 1].equals("index");
        String stem = index ? p.substring(0, p.length() - "/index".length()) : p;
        // both files would publish at the same address, /stem/
        for (Path other : List.of(content.resolve(stem + ".md"), content.resolve(stem).resolve("index.md"))) {
            if (Files.exists(other)) {
                return new Outcome.Exists(other, "There is a page at /" + stem + "/ already: " + rel(root, other) + ".",
                        "edit that file, or choose another name");
            }
        }
        Path file = content.resolve(p + ".md");
        String section = parts.length > 1 ? String.join("/", List.of(parts).subList(0, parts.length - 1)) : "";
        String next = "Write the page, then run `waymark build`; it is published at /" + stem + "/.";
        if (!index && !section.isEmpty() && !Files.exists(content.resolve(section).resolve("index.md"))) {
            next += " The section has no index.md yet, so the page is reached only by links to it;"
                    + " `waymark new page " + section + "/index` gives the section a page of its own.";
        }
        String name = index ? (section.isEmpty() ? "home" : parts[parts.length - 2]) : parts[parts.length - 1];
        return write(root, file, Starters.page(name), next);
    }

    /**
     * Writes content/plans/&lt;plan&gt;/reports/&lt;date&gt;.yml with every action of the plan and the status the
     * latest earlier report gave it.
     *
     * @param date the report's date as written on the command line, or null for {@code today}
     */
    public static Outcome report(Path root, String planId, String date, LocalDate today) {
        LocalDate day;
        try {
            day = date == null ? today : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            return new Outcome.Invalid("`" + date + "` is not a date.", "dates are written 2009-06-30");
        }
        SiteData.Config read = SiteData.config(root);
        if (read.config().isEmpty()) return notASite(root, read.diagnostics());
        Path plans = root.resolve("content").resolve("plans");
        List<String> ids = planIds(plans);
        if (!ids.contains(planId)) {
            String hint = ids.isEmpty() ? "there are no plans yet: `waymark import plan.docx --plan <id>` makes one from a Word, Excel or CSV plan"
                    : Suggest.closest(planId, ids).map(c -> "did you mean `" + c + "`?")
                            .orElse("the plans are: " + String.join(", ", ids));
            return new Outcome.Invalid("There is no plan `" + planId + "` in content/plans/.", hint);
        }
        Path file = plans.resolve(planId).resolve("reports").resolve(day + ".yml");
        if (Files.exists(file)) return exists(root, file);
        SiteData.PlansRead read2 = SiteData.plans(root, read.config().get(), day);
        Optional<Plan> plan = read2.plans().stream().filter(pl -> pl.id().equals(planId)).findFirst();
        List<Diagnostic> errors = read2.diagnostics().stream().filter(Diagnostic::isError)
                .filter(d -> d.file().startsWith("content/plans/" + planId + "/")).toList();
        if (plan.isEmpty() || !errors.isEmpty()) {
            return new Outcome.ContentErrors("The plan " + planId + " has errors, so its report cannot be started; "
                    + "correct them and run this again.", errors);
        }
        return write(root, file, Starters.report(plan.get(), day),
                "Change the status of the actions that moved, add notes, then run `waymark build`.");
    }

    private static Outcome write(Path root, Path file, String text, String next) {
        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW: an existing file is never overwritten, even one made a moment ago
            Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Outcome.Written(file, next);
        } catch (FileAlreadyExistsException e) {
            return exists(root, file);
        } catch (IOException e) {
            return new Outcome.Invalid("The file " + rel(root, file) + " cannot be written: " + e.getMessage() + ".",
                    "check that you may write to " + rel(root, file.getParent()));
        }
    }

    private static Outcome exists(Path root, Path file) {
        return new Outcome.Exists(file, rel(root, file) + " exists already; nothing was changed.",
                "edit that file, or choose another name");
    }

    static Outcome notASite(Path root, List<Diagnostic> diagnostics) {
        if (!Files.isRegularFile(root.resolve("site-config.yml"))) {
            return new Outcome.Invalid("There is no site-config.yml in " + root.toAbsolutePath().normalize() + ".",
                    "run waymark in the site's folder, or pass --site <folder>");
        }
        return new Outcome.ContentErrors("site-config.yml has errors; correct them and run this again.", diagnostics);
    }

    private static List<String> planIds(Path plans) {
        if (!Files.isDirectory(plans)) return List.of();
        try (Stream<Path> s = Files.list(plans)) {
            return s.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String rel(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(r) ? r.relativize(f) : f).toString().replace('\\', '/');
    }

    /** "Bedford Outreach!" → "bedford-outreach". */
    static String slug(String text, String fallback) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? fallback : s;
    }

    private static String slugPath(String p) {
        StringBuilder out = new StringBuilder();
        for (String part : p.split("/")) {
            if (!part.isBlank()) out.append(out.length() == 0 ? "" : "/").append(slug(part, "page"));
        }
        return out.length() == 0 ? "about/my-page" : out.toString();
    }
}
