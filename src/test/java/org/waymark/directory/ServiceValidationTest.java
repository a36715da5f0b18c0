package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Severity;
import org.waymark.model.Service;

/** Every mistake in a service file is reported with its file, line and what to do. */
class ServiceValidationTest {
    @TempDir
    Path dir;

    private int sites;

    private List<Diagnostic> problems(String id, String yaml) {
        SiteFixture site = SiteFixture.standard(dir.resolve("site-" + (++sites))).service(id, yaml);
        return site.load(LocalDate.now()).diagnostics().stream().filter(d -> d.file().equals("content/services/" + id + ".yml")).toList();
    }

    private static int line(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text);
    }

    @Test
    void unknownCategoryGetsADidYouMeanHint() {
        String yaml = SiteFixture.IDVA.replace("categories: [advocacy]", "categories: [advocasy]");
        assertThat(problems("idva-bedford", yaml)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(line(yaml, "categories"));
            assertThat(d.message()).contains("`advocasy`", "directory categories");
            assertThat(d.hint()).isEqualTo("did you mean `advocacy`?");
        });
    }

    @Test
    void unknownAreaAndGroupAreErrorsAtTheirItems() {
        String yaml = SiteFixture.IDVA.replace("areas: [bedford-borough]", "areas:\n  - bedford-borough\n  - luton")
                .replace("for: [women, men]", "for: [women, mne]");
        List<Diagnostic> found = problems("idva-bedford", yaml);
        assertThat(found).extracting(Diagnostic::line).containsExactlyInAnyOrder(line(yaml, "- luton"), line(yaml, "for:"));
        assertThat(found).anySatisfy(d -> assertThat(d.hint()).isEqualTo("did you mean `men`?"));
    }

    @Test
    void badPhoneNumberNamesItsLine() {
        String yaml = SiteFixture.IDVA.replace("\"01632 960201\"", "\"01632 9602011\"");
        assertThat(problems("idva-bedford", yaml)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("phone");
            assertThat(d.line()).isEqualTo(line(yaml, "01632 9602011"));
        });
    }

    @Test
    void unknownLanguageCodeIsAnError() {
        String yaml = SiteFixture.IDVA.replace("languages: [en, pl]", "languages: [en, pll]");
        assertThat(problems("idva-bedford", yaml)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("language");
            assertThat(d.hint()).isEqualTo("did you mean `pl`?");
        });
    }

    @Test
    void organisationThatLooksLikeAnIdMustBeAPartner() {
        String yaml = SiteFixture.IDVA.replace("organisation: bedford-borough-council", "organisation: bedford-borugh-council");
        assertThat(problems("idva-bedford", yaml)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(line(yaml, "organisation"));
            assertThat(d.hint()).startsWith("did you mean `bedford-borough-council`?");
        });
        assertThat(problems("idva-bedford", SiteFixture.IDVA.replace("organisation: bedford-borough-council",
                "organisation: Bedford Borough Council"))).isEmpty();
    }

    @Test
    void openingHoursMustCloseAfterTheyOpenOnRealDays() {
        String yaml = SiteFixture.IDVA.replace("{days: [mon, tue, wed, thu, fri], opens: \"09:00\", closes: \"17:00\"}",
                "{days: [mon, tues], opens: \"17:00\", closes: \"09:00\"}\n  - {days: [sat], opens: \"9am\", closes: \"12:00\"}");
        List<Diagnostic> found = problems("idva-bedford", yaml);
        assertThat(found).extracting(Diagnostic::rule).containsExactlyInAnyOrder("unknown-id", "hours", "hours");
        assertThat(found).anySatisfy(d -> assertThat(d.message()).contains("closes (09:00) before it opens (17:00)"));
        assertThat(found).anySatisfy(d -> assertThat(d.message()).contains("`opens: 9am` is not a time"));
    }

    @Test
    void badEmailWebsiteAndDateAreErrors() {
        String yaml = SiteFixture.IDVA.replace("email: idva@example.org", "email: idva at example.org\n  website: www.example.org")
                .replaceFirst("last_verified: .*", "last_verified: 2026-02-30");
        assertThat(problems("idva-bedford", yaml)).extracting(Diagnostic::rule).containsExactlyInAnyOrder("email", "url", "date");
    }

    @Test
    void unknownKeyGetsADidYouMeanHint() {
        String yaml = SiteFixture.IDVA + "how_to_reffer: Call us.\n";
        assertThat(problems("idva-bedford", yaml)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("unknown-key");
            assertThat(d.hint()).isEqualTo("did you mean `how_to_refer`?");
        });
    }

    @Test
    void serviceFileNameMustBeAValidIdAndNotADirectoryFolder() {
        SiteFixture site = SiteFixture.standard(dir).service("Bad Name", SiteFixture.IDVA).service("category", SiteFixture.IDVA);
        List<Diagnostic> found = site.load(LocalDate.now()).diagnostics();
        assertThat(found).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("content/services/Bad Name.yml");
            assertThat(d.rule()).isEqualTo("file-name");
        });
        assertThat(found).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("content/services/category.yml");
            assertThat(d.rule()).isEqualTo("file-name");
        });
    }

    @Test
    void aServiceVerifiedYearsAgoIsAWarningAndListedAsStale() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        String yaml = SiteFixture.IDVA.replaceFirst("last_verified: .*", "last_verified: 2019-04-01");
        SiteFixture site = SiteFixture.standard(dir).service("idva-bedford", yaml);
        SiteFixture.Loaded loaded = site.load(today);
        assertThat(loaded.diagnostics()).filteredOn(d -> d.file().equals("content/services/idva-bedford.yml")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.rule()).isEqualTo("stale");
                    assertThat(d.line()).isEqualTo(line(yaml, "last_verified"));
                    assertThat(d.message()).contains("1 April 2019", "180 days");
                    assertThat(d.hint()).isEqualTo("check the service's details and set last_verified: 2026-11-24");
                });
        assertThat(loaded.directory().stale(today)).extracting(Service::source)
                .contains("content/services/idva-bedford.yml")
                .doesNotContain("content/services/freedom-programme.yml");
        assertThat(loaded.directory().services()).hasSize(3);
    }

    @Test
    void aServiceNeverVerifiedIsAWarningAndStale() {
        LocalDate today = LocalDate.now();
        String yaml = SiteFixture.FREEDOM.replaceFirst("last_verified: .*\n", "");
        SiteFixture site = SiteFixture.standard(dir).service("freedom-programme", yaml);
        SiteFixture.Loaded loaded = site.load(today);
        assertThat(loaded.diagnostics()).filteredOn(d -> d.file().equals("content/services/freedom-programme.yml"))
                .singleElement().satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.message()).contains("never been checked");
                });
        assertThat(loaded.directory().stale(today)).extracting(Service::id).containsExactly("freedom-programme");
    }

    @Test
    void aStaleServiceStillBuildsAndSaysWhenItWasLastChecked() {
        SiteFixture site = SiteFixture.standard(dir)
                .service("idva-bedford", SiteFixture.IDVA.replaceFirst("last_verified: .*", "last_verified: 2019-04-01"));
        var result = site.build();
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).isPositive();
        assertThat(site.read("directory/idva-bedford/index.html")).contains("Last checked on 1 April 2019.");
    }

    @Test
    void brokenLinkInADescriptionIsReportedAtItsLineInTheServiceFile() {
        String yaml = SiteFixture.REFUGE.replace("See [the helplines](/helplines/).", "See [the helplines](/helpline/).");
        SiteFixture site = SiteFixture.standard(dir).service("bedford-refuge", yaml);
        var result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo("link");
            assertThat(d.file()).isEqualTo("content/services/bedford-refuge.yml");
            assertThat(d.line()).isEqualTo(line(yaml, "/helpline/"));
        });
    }
}
