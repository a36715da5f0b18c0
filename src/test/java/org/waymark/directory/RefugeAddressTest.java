package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;

/** A refuge's address is never published: not on a page, not in an export, not in JSON-LD. */
class RefugeAddressTest {
    @TempDir
    Path dir;

    private static final String STREET = "12 Hidden Lane";
    private static final String POSTCODE = "MK41 7QX";

    private static String refugeWith(String address) {
        return SiteFixture.REFUGE.replace("address: confidential", address);
    }

    private static List<Diagnostic> errors(Build.Result r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** Every file of the output, and every folder the build left beside it. */
    private static void assertNothingPublishes(Path parent, String... secrets) {
        for (Path f : SiteFixture.files(parent)) {
            if (f.toString().contains("/site/")) continue; // the editor's own source files
            String text = SiteFixture.text(f);
            for (String secret : secrets) assertThat(text).as(f.toString()).doesNotContainIgnoringCase(secret);
        }
    }

    private static void assertNoStagingFolderIsLeft(Path parent) throws Exception {
        try (Stream<Path> s = Files.list(parent)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains("staging"))).isEmpty();
        }
    }

    @Test
    void refuseToPublishARefugesStreetAddressNamingTheFileAndLine() throws Exception {
        SiteFixture site = SiteFixture.standard(dir);
        site.service("bedford-refuge", refugeWith("address: {street: \"" + STREET + "\", town: Bedford, postcode: " + POSTCODE + "}"));
        Build.Result r = site.build();
        assertThat(r.ok()).isFalse();
        Diagnostic d = errors(r).stream().filter(e -> e.rule().equals("refuge-address")).findFirst().orElseThrow();
        assertThat(d.file()).isEqualTo("content/services/bedford-refuge.yml");
        assertThat(d.line()).isEqualTo(lineOf(site, "bedford-refuge", "address:"));
        assertThat(d.message()).contains("A refuge's address must never be published");
        assertThat(d.hint()).contains("address: confidential");
        assertThat(Files.exists(site.output())).isFalse();
        assertNothingPublishes(dir, STREET, POSTCODE);
        assertNoStagingFolderIsLeft(dir);
    }

    @Test
    void aFailedBuildLeavesTheLastGoodSiteWithoutTheAddress() throws Exception {
        SiteFixture site = SiteFixture.standard(dir);
        assertThat(site.build().ok()).isTrue();
        site.service("bedford-refuge", refugeWith("address:\n  street: " + STREET + "\n  town: Bedford\n  postcode: " + POSTCODE));
        Build.Result r = site.build();
        assertThat(r.ok()).isFalse();
        assertThat(Files.exists(site.output().resolve("directory/bedford-refuge/index.html"))).isTrue();
        assertNothingPublishes(dir, STREET, POSTCODE);
        assertNoStagingFolderIsLeft(dir);
    }

    @Test
    void refuseAPostcodeInARefugesDescription() throws Exception {
        SiteFixture site = SiteFixture.standard(dir);
        site.service("bedford-refuge", SiteFixture.REFUGE.replace("A safe place to stay, with a key worker.",
                "A safe place to stay, with a key worker.\n  Come to the door at mk41 7qx after dark."));
        Build.Result r = site.build();
        assertThat(r.ok()).isFalse();
        Diagnostic d = errors(r).stream().filter(e -> e.rule().equals("refuge-address")).findFirst().orElseThrow();
        assertThat(d.place()).startsWith("content/services/bedford-refuge.yml:" + lineOf(site, "bedford-refuge", "mk41 7qx") + ":");
        assertThat(d.message()).contains("`description` gives a postcode").doesNotContainIgnoringCase("mk41");
        assertNothingPublishes(dir, "mk41 7qx");
        assertNoStagingFolderIsLeft(dir);
    }

    @Test
    void refuseAPostcodeInARefugesUrduTranslationAndPublishNothingInAnyLanguage() throws Exception {
        SiteFixture site = SiteFixture.standard(dir).multilingual();
        assertThat(site.build().ok()).isTrue();
        site.service("bedford-refuge", SiteFixture.REFUGE + """
                translations:
                  ur:
                    name: بیڈفورڈ خواتین کی پناہ گاہ
                    how_to_refer: |
                      ہم سے ملنے کے لیے MK41 7QX پر آئیں۔
                """);
        Build.Result r = site.build();
        assertThat(r.ok()).isFalse();
        Diagnostic d = errors(r).stream().filter(e -> e.rule().equals("refuge-address")).findFirst().orElseThrow();
        assertThat(d.place()).startsWith("content/services/bedford-refuge.yml:" + lineOf(site, "bedford-refuge", "MK41 7QX") + ":");
        assertThat(d.message()).contains("`translations.ur.how_to_refer` gives a postcode");
        assertThat(Files.exists(site.output().resolve("ur/directory/bedford-refuge/index.html")))
                .as("the last good site, in Urdu too").isTrue();
        assertNothingPublishes(dir, POSTCODE);
        assertNoStagingFolderIsLeft(dir);
    }

    @Test
    void refuseAPostcodeInHowToReferOfAServiceMarkedConfidential() {
        SiteFixture site = SiteFixture.standard(dir);
        site.service("outreach", SiteFixture.FREEDOM.replace("categories: [support-group]", "categories: [support-group]\nconfidential: true")
                + "address: confidential\nhow_to_refer: Write to us at LU1 2AB.\n");
        Build.Result r = site.build();
        assertThat(errors(r)).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo("refuge-address");
            assertThat(d.message()).contains("`how_to_refer`");
            assertThat(d.line()).isEqualTo(lineOf(site, "outreach", "how_to_refer"));
        });
    }

    @Test
    void aConfidentialServiceOutsideTheRefugeCategoryKeepsItsAddressToo() {
        SiteFixture site = SiteFixture.standard(dir);
        site.service("outreach", SiteFixture.FREEDOM.replace("categories: [support-group]", "categories: [support-group]\nconfidential: true")
                + "address: {street: \"" + STREET + "\", town: Luton}\n");
        Build.Result r = site.build();
        assertThat(errors(r)).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo("refuge-address");
            assertThat(d.message()).contains("marked `confidential: true`");
        });
        assertNothingPublishes(dir, STREET);
    }

    @Test
    void aRefugeMustSayItsAddressIsConfidential() {
        SiteFixture site = SiteFixture.standard(dir);
        site.service("bedford-refuge", SiteFixture.REFUGE.replace("address: confidential\n", ""));
        Build.Result r = site.build();
        assertThat(errors(r)).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("content/services/bedford-refuge.yml");
            assertThat(d.hint()).isEqualTo("add the line `address: confidential`");
        });
    }

    @Test
    void exportsPublishARefugeWithItsPhonesAndNoLocation() throws Exception {
        SiteFixture site = SiteFixture.standard(dir);
        assertThat(site.build().ok()).isTrue();
        JsonNode json = new ObjectMapper().readTree(site.read("data/services.json"));
        JsonNode refuge = null;
        JsonNode idva = null;
        for (JsonNode s : json.get("contents")) {
            if (s.get("name").asText().startsWith("Bedford Women's Refuge")) refuge = s;
            if (s.get("name").asText().startsWith("IDVA")) idva = s;
        }
        assertThat(refuge).isNotNull();
        assertThat(refuge.has("service_at_locations")).isFalse();
        assertThat(refuge.at("/phones/0/number").asText()).isEqualTo("0808 157 0101");
        assertThat(idva.at("/service_at_locations/0/location/addresses/0/postal_code").asText()).isEqualTo("MK40 9ZA");
        String csv = site.read("data/services.csv");
        assertThat(csv.lines().filter(l -> l.startsWith("bedford-refuge,"))).singleElement().asString().contains(",confidential,");
        assertThat(csv).contains("\"1 Example Street, Bedford, MK40 9ZA\"");
    }

    /** The line of the first line in the service's file that contains {@code text}. */
    static int lineOf(SiteFixture site, String id, String text) {
        List<String> lines = SiteFixture.text(site.root.resolve("content/services/" + id + ".yml")).lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " is not in " + id);
    }
}
