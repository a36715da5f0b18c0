package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.export.JsonLd;
import org.waymark.model.Organisation;
import org.waymark.model.Prose;
import org.waymark.model.Service;

class DirectoryPagesTest {
    @TempDir
    static Path dir;

    static SiteFixture site;
    static Build.Result result;

    @BeforeAll
    static void buildSite() {
        site = SiteFixture.standard(dir);
        result = site.build();
    }

    private static Document page(String relative) {
        return Jsoup.parse(site.read(relative));
    }

    private static Set<String> listed(Document doc) {
        return doc.select("[data-wm-service] .wm-dir-item__name a").stream()
                .map(a -> a.attr("href").replaceAll("^/directory/|/$", ""))
                .collect(Collectors.toSet());
    }

    @Test
    void buildsWithoutErrorsOrWarningsFromTheDirectory() {
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.diagnostics().stream()
                .filter(d -> d.file().startsWith("content/services") || d.file().contains("directory") || d.file().contains("service"))
                .map(Diagnostic::format)).isEmpty();
    }

    @Test
    void everyServiceFileHasItsPage() throws Exception {
        try (var files = Files.list(site.root.resolve("content/services"))) {
            for (Path f : files.toList()) {
                String id = f.getFileName().toString().replace(".yml", "");
                Document doc = page("directory/" + id + "/index.html");
                assertThat(doc.select("h1")).hasSize(1);
            }
        }
        assertThat(page("directory/idva-bedford/index.html").selectFirst("h1").text()).isEqualTo("IDVA service – Bedford Borough");
    }

    @Test
    void eachFilterPageListsExactlyTheMatchingServices() {
        Map<String, Set<String>> expected = Map.ofEntries(
                Map.entry("category/refuge", Set.of("bedford-refuge")),
                Map.entry("category/advocacy", Set.of("idva-bedford")),
                Map.entry("category/support-group", Set.of("freedom-programme")),
                Map.entry("category/housing", Set.of()),
                Map.entry("area/bedford-borough", Set.of("bedford-refuge", "idva-bedford", "freedom-programme")),
                Map.entry("area/central-bedfordshire", Set.of("freedom-programme")),
                Map.entry("for/women", Set.of("bedford-refuge", "idva-bedford", "freedom-programme")),
                Map.entry("for/men", Set.of("idva-bedford")),
                Map.entry("for/children", Set.of("bedford-refuge")),
                Map.entry("for/professionals", Set.of()));
        expected.forEach((path, ids) -> assertThat(listed(page("directory/" + path + "/index.html")))
                .as(path).isEqualTo(ids));
    }

    @Test
    void everyConfiguredCategoryAreaAndGroupHasAPageLinkedFromTheDirectoryHome() {
        Document home = page("directory/index.html");
        Set<String> links = home.select(".wm-dir-browse a").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
        for (String p : List.of("category/refuge", "category/professionals", "area/central-bedfordshire", "for/lgbt", "for/perpetrators")) {
            assertThat(links).contains("/directory/" + p + "/");
            assertThat(Files.exists(site.output().resolve("directory/" + p + "/index.html"))).as(p).isTrue();
        }
    }

    @Test
    void directoryHomeListsEveryServiceFromAToZWithWhatTheScriptFiltersOn() {
        Document home = page("directory/index.html");
        List<String> names = home.select("[data-wm-service] .wm-dir-item__name a").eachText();
        assertThat(names).containsExactly("Bedford Women's Refuge", "Freedom Programme", "IDVA service – Bedford Borough");
        Element idva = home.select("[data-wm-service]").get(2);
        assertThat(idva.attr("data-categories")).isEqualTo("advocacy");
        assertThat(idva.attr("data-areas")).isEqualTo("bedford-borough");
        assertThat(idva.attr("data-groups")).isEqualTo("women men");
        assertThat(idva.attr("data-text")).contains("idva", "bedford borough council", "polski");
        Element status = home.selectFirst("[data-wm-dir-status]");
        assertThat(status.attr("aria-live")).isEqualTo("polite");
        assertThat(home.select("script[src$=/assets/js/directory.js]")).hasSize(1);
        assertThat(home.select("link[rel=stylesheet][href$=/assets/css/directory.css]")).hasSize(1);
        assertThat(home.select("script:not([src])")).isEmpty();
        Element form = home.selectFirst("form[data-wm-dir-filter]");
        assertThat(form.hasClass("wm-js-only")).as("the form needs the script; without it the browse links do the work").isTrue();
        for (Element field : form.select("input[type=search], select")) {
            assertThat(home.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1);
        }
        assertThat(Files.exists(site.output().resolve("assets/js/directory.js"))).isTrue();
        assertThat(Files.exists(site.output().resolve("assets/css/directory.css"))).isTrue();
    }

    @Test
    void servicePageShowsHowToGetInTouchInPlainWords() {
        Document doc = page("directory/idva-bedford/index.html");
        Element tel = doc.selectFirst(".wm-dir-phones a[href^=tel:]");
        assertThat(tel.attr("href")).isEqualTo("tel:+441632960201");
        assertThat(tel.text()).isEqualTo("01632 960201");
        assertThat(doc.select("a[href=mailto:idva@example.org]")).hasSize(1);
        assertThat(doc.select(".wm-dir-hours li").eachText()).containsExactly("Monday to Friday, 9am to 5pm");
        assertThat(doc.select(".wm-dir-address").text()).isEqualTo("1 Example Street, Bedford, MK40 9ZA");
        assertThat(doc.text()).contains("Last checked on ");
        assertThat(doc.select(".wm-dir-languages [lang]").stream().map(e -> e.attr("lang") + "=" + e.text()).toList())
                .containsExactly("en=English", "pl=Polski");
        assertThat(doc.select(".wm-breadcrumbs a").eachText()).containsExactly("Home", "Find a service");
        assertThat(doc.select(".wm-helplines-box a[href=tel:+448082000247]")).hasSize(1);

        Document freedom = page("directory/freedom-programme/index.html");
        assertThat(freedom.select(".wm-dir-hours li").eachText()).containsExactly("Tuesday and Thursday, 10am to 2:30pm");
        assertThat(freedom.selectFirst("a[href=https://example.org/services/freedom-programme]").attr("rel")).contains("noreferrer");
        assertThat(freedom.select(".wm-dir-provider").text()).isEqualTo("Run by Local Women's Aid");
    }

    @Test
    void refugePageSaysTheAddressIsConfidentialAndShowsLanguagesByTheirOwnNames() {
        Document doc = page("directory/bedford-refuge/index.html");
        assertThat(doc.text()).contains("The address is kept confidential for everyone's safety.");
        assertThat(doc.select(".wm-dir-address")).isEmpty();
        Element urdu = doc.selectFirst(".wm-dir-languages [lang=ur]");
        assertThat(urdu.text()).isEqualTo("اردو");
        assertThat(urdu.attr("dir")).isEqualTo("rtl");
        assertThat(doc.selectFirst(".wm-dir-languages [lang=pa]").text()).isEqualTo("ਪੰਜਾਬੀ");
        assertThat(doc.select(".wm-prose a[href=/helplines/]")).hasSize(1);
    }

    @Test
    void jsonLdParsesAndNamesAGovernmentServiceWhenACouncilRunsIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Element script = page("directory/idva-bedford/index.html").selectFirst("script[type=application/ld+json]");
        JsonNode ld = json.readTree(script.data());
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asText()).isEqualTo("GovernmentService");
        assertThat(ld.at("/provider/name").asText()).isEqualTo("Bedford Borough Council");
        assertThat(ld.at("/availableChannel/0/servicePhone/@type").asText()).isEqualTo("ContactPoint");
        assertThat(ld.at("/availableChannel/0/servicePhone/telephone").asText()).isEqualTo("+441632960201");
        assertThat(ld.at("/hoursAvailable/0/@type").asText()).isEqualTo("OpeningHoursSpecification");
        assertThat(ld.at("/hoursAvailable/0/dayOfWeek/0").asText()).isEqualTo("https://schema.org/Monday");
        assertThat(ld.at("/hoursAvailable/0/opens").asText()).isEqualTo("09:00");
        assertThat(ld.at("/areaServed/0/name").asText()).isEqualTo("Bedford Borough");
        assertThat(ld.at("/availableLanguage/1/alternateName").asText()).isEqualTo("pl");

        JsonNode refuge = json.readTree(page("directory/bedford-refuge/index.html")
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(refuge.get("@type").asText()).isEqualTo("Service");
        assertThat(refuge.at("/availableChannel/0/servicePhone/telephone").asText()).isEqualTo("+448081570101");
        assertThat(refuge.toString()).doesNotContain("PostalAddress", "streetAddress", "postalCode");
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() throws Exception {
        Service s = new Service("x", "content/services/x.yml", org.waymark.diag.Pos.NONE, "</script><script>alert(1)</script>",
                new Organisation("", "A & B", "", ""), "<!-- summary -->", Prose.EMPTY, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), "", "", Optional.empty(), false, List.of(),
                Optional.empty(), Prose.EMPTY, Prose.EMPTY, Map.of());
        var config = org.waymark.config.ConfigLoader.load(site.root, new org.waymark.yaml.YamlReader(),
                new org.waymark.diag.Diagnostics()).orElseThrow();
        String ld = JsonLd.of(s, config, "https://example.org/directory/x/", id -> id, id -> id);
        assertThat(ld).doesNotContain("<", ">", "&");
        assertThat(new ObjectMapper().readTree(ld).get("name").asText()).isEqualTo("</script><script>alert(1)</script>");
    }

    @Test
    void everyDirectoryPageIsInTheMainNavigationUnderFindAService() {
        Document home = page("directory/index.html");
        Element current = home.selectFirst(".wm-nav__list a[href=/directory/]");
        assertThat(current.text()).isEqualTo("Find a service");
        assertThat(current.attr("aria-current")).isEqualTo("page");
        assertThat(page("directory/category/refuge/index.html").selectFirst(".wm-nav__list a[href=/directory/]").attr("aria-current"))
                .isEqualTo("true");
    }
}
