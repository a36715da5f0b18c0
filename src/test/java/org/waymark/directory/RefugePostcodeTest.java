package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.testing.Published;

/**
 * A refuge's postcode, street or house number is refused however an editor, or the software she pastes from, writes
 * it, in whichever field of the refuge; and no file of the output holds it. Its town is fine.
 */
class RefugePostcodeTest {
    @TempDir
    Path dir;

    private static final String POSTCODE = "MK40 3ZZ";
    private static final String TEXT = "A safe place to stay, with a key worker.";

    /** One way of writing the postcode (or street) into the refuge: what to replace in its file, and with what. */
    private record Way(String what, String from, String to) {}

    private static final List<Way> WAYS = List.of(
            new Way("a non-breaking space", TEXT, "Near MK40\u00A03ZZ. " + TEXT),
            new Way("a narrow non-breaking space", TEXT, "Near MK40\u202F3ZZ. " + TEXT),
            new Way("a thin space", TEXT, "Near MK40\u20093ZZ. " + TEXT),
            new Way("&nbsp;", TEXT, "Near MK40&nbsp;3ZZ. " + TEXT),
            new Way("&#160;", TEXT, "Near MK40&#160;3ZZ. " + TEXT),
            new Way("a soft hyphen", TEXT, "Near MK\u00AD40 3ZZ. " + TEXT),
            new Way("zero-width spaces", TEXT, "Near MK40\u200B 3\u200BZZ. " + TEXT),
            new Way("Markdown emphasis", TEXT, "Near MK40 *3ZZ*. " + TEXT),
            new Way("HTML tags", TEXT, "Near <b>MK40</b> 3ZZ. " + TEXT),
            new Way("full-width letters", "summary: Safe emergency", "summary: ＭＫ４０ ３ＺＺ. Safe emergency"),
            new Way("a website's query string", "website: https://example.org/services/bedford-refuge",
                    "website: https://example.org/services/bedford-refuge?near=MK40+3ZZ"),
            new Way("a percent-encoded website", "website: https://example.org/services/bedford-refuge",
                    "website: https://example.org/find/MK40%203ZZ"),
            new Way("an email address", "email: refuge@example.org", "email: mk403zz@example.org"),
            new Way("a phone line's hours", "hours: 24 hours, every day", "hours: \"24 hours, at MK40\u00A03ZZ\""),
            new Way("a street and house number", "One ground-floor room is step-free.", "Come to 12 Hidden Lane."));

    private static SiteFixture siteWith(Path dir, Way way) {
        SiteFixture site = SiteFixture.standard(dir);
        assertThat(SiteFixture.REFUGE).contains(way.from());
        site.service("bedford-refuge", SiteFixture.REFUGE.replace(way.from(), way.to()));
        return site;
    }

    @Test
    void aRefugesPostcodeIsRefusedHoweverItIsWrittenAndInEveryField() {
        for (Way way : WAYS) {
            Build.Result r = siteWith(dir.resolve(Integer.toString(WAYS.indexOf(way))), way).build();
            assertThat(r.ok()).as(way.what()).isFalse();
            assertThat(r.diagnostics()).as(way.what()).filteredOn(Diagnostic::isError).anySatisfy(d -> {
                assertThat(d.rule()).isEqualTo("refuge-address");
                assertThat(d.file()).isEqualTo("content/services/bedford-refuge.yml");
                assertThat(d.line()).isPositive();
                assertThat(d.message()).doesNotContainIgnoringCase("3ZZ").doesNotContain("Hidden");
            });
        }
    }

    @Test
    void noOutputFileHoldsARefugesPostcodeHoweverItIsWritten() {
        SiteFixture site = SiteFixture.standard(dir);
        assertThat(site.build().ok()).isTrue();
        for (Way way : WAYS) {
            site.service("bedford-refuge", SiteFixture.REFUGE.replace(way.from(), way.to()));
            site.build();
            // every file: pages, directory JSON and CSV, Open Referral API, JSON-LD, search indexes, feed, site map
            assertThat(Published.holdingPostcode(site.output(), POSTCODE)).as(way.what()).isEmpty();
            assertThat(Published.holding(site.output(), "Hidden Lane")).as(way.what()).isEmpty();
        }
        assertThat(Published.files(site.output())).as("the last good site is still there").hasSizeGreaterThan(20);
    }

    @Test
    void aRefugesTownIsFine() {
        SiteFixture site = SiteFixture.standard(dir);
        site.service("bedford-refuge", SiteFixture.REFUGE.replace(TEXT, "A safe place to stay in Bedford, open 24 hours, with 12 rooms. " + TEXT));
        Build.Result r = site.build();
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
    }
}
