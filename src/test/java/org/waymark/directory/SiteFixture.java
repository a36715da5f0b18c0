package org.waymark.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.waymark.build.Build;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.yaml.YamlReader;

/**
 * A small whole site in a temporary folder for the directory's tests: a site-config.yml with the example
 * site's areas and directory lists (in English only), the project's own theme, a home page, the two safety pages every page links to, a few partners, one featured
 * helpline, a one-action plan (the site map links the plans page), and the services each test writes.
 */
public final class SiteFixture {
    /** The project folder (Maven runs tests there), which holds the example site. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    public final Path root;

    private SiteFixture(Path root) {
        this.root = root;
    }

    public static final String CONFIG = """
            title: Test partnership
            base_url: https://example.org/
            example_notice: A test site; its local numbers are Ofcom's drama numbers.
            languages:
              - {code: en, name: English}
            areas:
              - {id: bedford-borough, label: Bedford Borough}
              - {id: central-bedfordshire, label: Central Bedfordshire}
            directory:
              stale_after_days: 180
              categories:
                - {id: helpline, label: Helplines and information lines}
                - {id: advocacy, label: Independent advocacy (IDVA)}
                - {id: refuge, label: Refuges and safe accommodation}
                - {id: support-group, label: Support groups and programmes}
                - {id: housing, label: Housing and staying in your home}
                - {id: professionals, label: For professionals}
              groups:
                - {id: women, label: Women}
                - {id: men, label: Men}
                - {id: children, label: Children}
                - {id: lgbt, label: LGBT+ people}
                - {id: professionals, label: Professionals}
                - {id: perpetrators, label: People worried about their own behaviour}
            accessibility:
              prepared: 2026-11-24
              contact_email: accessibility@example.org
            """;

    /** A site with no services yet. */
    static SiteFixture empty(Path dir) {
        SiteFixture f = new SiteFixture(dir.resolve("site"));
        f.write("site-config.yml", CONFIG);
        f.copyTree(PROJECT.resolve("themes"), f.root.resolve("themes"));
        f.write("content/index.md", "---\ntitle: Test partnership\ndescription: A test site.\n---\n\nHello.\n");
        f.write("content/get-help/emergency.md", "---\ntitle: In an emergency\n---\n\nCall 999.\n");
        f.write("content/get-help/staying-safe-online.md", "---\ntitle: Staying safe online\n---\n\nClear your history.\n");
        f.write("content/partners.yml", """
                - id: bedford-borough-council
                  name: Bedford Borough Council
                  type: council
                  website: https://example.org/partners/bedford-borough-council
                - id: bedford-refuge
                  name: Bedford Refuge
                  type: charity
                  website: https://example.org/partners/bedford-refuge
                - id: victim-support
                  name: Victim Support
                  type: charity
                """);
        f.write("content/helplines.yml", """
                - id: national-domestic-abuse-helpline
                  name: National Domestic Abuse Helpline
                  scope: national
                  phones:
                    - number: "0808 2000 247"
                  hours: 24 hours, every day
                  free: true
                  featured: true
                  last_verified: 2026-11-01
                """);
        // the site map links the plans page, which exists only when there is a plan
        f.write("content/plans/2026-27/plan.yml", """
                title: Test action plan
                themes:
                  - id: "1"
                    title: A theme
                    actions:
                      - ref: "1.1"
                        title: An action
                """);
        return f;
    }

    /** A site with three services: a refuge, a council's advocacy service and a charity's support group. */
    public static SiteFixture standard(Path dir) {
        SiteFixture f = empty(dir);
        f.service("bedford-refuge", REFUGE);
        f.service("idva-bedford", IDVA);
        f.service("freedom-programme", FREEDOM);
        return f;
    }

    static final String REFUGE = """
            name: Bedford Women's Refuge
            organisation: bedford-refuge
            summary: Safe emergency accommodation for women and their children.
            description: |
              A safe place to stay, with a key worker.

              See [the helplines](/helplines/).
            categories: [refuge]
            areas: [bedford-borough]
            for: [women, children]
            languages: [en, pa, ur]
            referral: [self, professional]
            contact:
              phones:
                - number: "0808 157 0101"
                  label: 24-hour refuge line
                  hours: 24 hours, every day
                  free: true
              email: refuge@example.org
              website: https://example.org/services/bedford-refuge
            address: confidential
            last_verified: %s
            how_to_refer: |
              Call the 24-hour line.
            access: |
              One ground-floor room is step-free.
            """.formatted(LocalDate.now().minusDays(3));

    static final String IDVA = """
            name: IDVA service – Bedford Borough
            organisation: bedford-borough-council
            summary: Specialist one-to-one support and safety planning.
            categories: [advocacy]
            areas: [bedford-borough]
            for: [women, men]
            languages: [en, pl]
            referral: [self, professional, family]
            contact:
              phones:
                - number: "01632 960201"
                  label: IDVA service
              email: idva@example.org
            address: {street: "1 Example Street", town: Bedford, postcode: MK40 9ZA}
            opening_hours:
              - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "17:00"}
            last_verified: %s
            """.formatted(LocalDate.now().minusDays(10));

    static final String FREEDOM = """
            name: Freedom Programme
            organisation: Local Women's Aid
            summary: A free 11-week group for women.
            description: A rolling group for women.
            categories: [support-group]
            areas: [bedford-borough, central-bedfordshire]
            for: [women]
            languages: [en]
            contact:
              phones:
                - number: "01632 960310"
              website: https://example.org/services/freedom-programme
            opening_hours:
              - {days: [tue, thu], opens: "10:00", closes: "14:30"}
            last_verified: %s
            """.formatted(LocalDate.now().minusDays(20));

    /** This site in English, Urdu and Punjabi, with a home page in each. */
    SiteFixture multilingual() {
        write("site-config.yml", CONFIG.replace("  - {code: en, name: English}\n",
                "  - {code: en, name: English}\n  - {code: ur, name: اردو}\n  - {code: pa, name: ਪੰਜਾਬੀ}\n"));
        write("content/index.ur.md", "---\ntitle: خوش آمدید\n---\n\nمدد کے لیے ہیلپ لائن پر کال کریں۔\n");
        return write("content/index.pa.md", "---\ntitle: ਜੀ ਆਇਆਂ ਨੂੰ\n---\n\nਮਦਦ ਲਈ ਹੈਲਪਲਾਈਨ ਨੂੰ ਕਾਲ ਕਰੋ।\n");
    }

    SiteFixture service(String id, String yaml) {
        return write("content/services/" + id + ".yml", yaml);
    }

    public SiteFixture write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path output() {
        return root.getParent().resolve("public");
    }

    public Build.Result build() {
        return Build.run(new Build.Options(root, output(), false, null, LocalDate.now()));
    }

    /** A file of the built site, as text. */
    public String read(String relative) {
        try {
            return Files.readString(output().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the directory alone, as the build does, judging freshness against {@code today}. */
    Loaded load(LocalDate today) {
        Diagnostics diags = new Diagnostics();
        YamlReader yaml = new YamlReader();
        SiteConfig config = ConfigLoader.load(root, yaml, diags).orElseThrow();
        Content content = new ContentLoader(yaml).load(root, config, false, diags);
        Directory directory = Directory.load(root, content, yaml, today, diags);
        return new Loaded(directory, diags.sorted());
    }

    record Loaded(Directory directory, List<Diagnostic> diagnostics) {}

    /** Every file under {@code dir}, with its text (binary files are read as UTF-8 all the same). */
    public static List<Path> files(Path dir) {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyTree(Path from, Path to) {
        for (Path f : files(from)) copy(f, to.resolve(from.relativize(f).toString()));
    }
}
