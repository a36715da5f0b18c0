package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.directory.SiteFixture;
import org.waymark.model.Service;

/**
 * The directory's Open Referral UK API as files: three services (a refuge among them) in pages of two, so
 * that the service list has two pages.
 */
class OrukApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REFUGE_ID = Service.uuid("service:bedford-refuge");

    @TempDir
    static Path dir;

    static SiteFixture site;
    static Path api;

    /** The standard fixture, with the API in pages of two. */
    static SiteFixture paged(Path dir) {
        SiteFixture f = SiteFixture.standard(dir);
        return f.write("site-config.yml", SiteFixture.CONFIG.replace("  stale_after_days: 180\n",
                "  stale_after_days: 180\n  api: {base: /api/oruk/, per_page: 2}\n"));
    }

    @BeforeAll
    static void buildSite() {
        site = paged(dir);
        Build.Result result = site.build();
        assertThat(result.ok()).as(result.diagnostics().toString()).isTrue();
        api = site.output().resolve("api/oruk");
    }

    private static JsonNode read(String relative) {
        try {
            return JSON.readTree(site.read("api/oruk/" + relative));
        } catch (IOException e) {
            throw new AssertionError(relative, e);
        }
    }

    /** Every file of the tree, by its path under the API's folder ("services/page-1.json"). */
    private static Map<String, JsonNode> tree() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Path file : SiteFixture.files(api)) {
            String rel = api.relativize(file).toString().replace('\\', '/');
            assertThat(rel).as("every file of the API is JSON").endsWith(".json");
            out.put(rel, read(rel));
        }
        return out;
    }

    @Test
    void everyFileOfTheApiValidatesAgainstTheHsdsSchemas() throws Exception {
        Map<String, JsonSchema> items = Map.of(
                "services", HsdsTest.schema("service_list.json"),
                "taxonomies", HsdsTest.definition("taxonomy"),
                "taxonomy_terms", HsdsTest.definition("taxonomy_term"),
                "service_at_locations", HsdsTest.definition("service_at_location"));
        Map<String, JsonSchema> full = Map.of(
                "services", HsdsTest.schema("service_with_definitions.json"),
                "taxonomies", HsdsTest.definition("taxonomy"),
                "taxonomy_terms", HsdsTest.definition("taxonomy_term"),
                "service_at_locations", HsdsTest.definition("service_at_location"));
        Map<String, Integer> validated = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : tree().entrySet()) {
            String rel = e.getKey();
            JsonNode doc = e.getValue();
            if (rel.equals("index.json") || rel.equals("openapi.json")) continue;
            String list = rel.substring(0, rel.indexOf('/'));
            assertThat(OrukApi.LISTS).contains(list);
            if (rel.contains("/page-")) {
                assertPage(rel, doc);
                for (JsonNode item : doc.get("contents")) assertThat(items.get(list).validate(item)).as(rel + " " + item.get("id")).isEmpty();
            } else {
                assertThat(full.get(list).validate(doc)).as(rel).isEmpty();
                assertThat(rel).isEqualTo(list + "/" + doc.get("id").asText() + ".json");
            }
            validated.merge(list, 1, Integer::sum);
        }
        // services: two pages and three services; two taxonomies and their page; the site's 6 categories and 6 groups
        // in pages of two, and their files; the one service with a public address
        assertThat(validated).containsExactlyInAnyOrderEntriesOf(Map.of("services", 5, "taxonomies", 3, "taxonomy_terms", 18,
                "service_at_locations", 2));
    }

    @Test
    void theSchemasCatchAnInvalidTaxonomyTerm() throws Exception {
        JsonNode bad = JSON.readTree("{\"id\": \"not-a-uuid\", \"name\": \"x\"}");
        assertThat(HsdsTest.definition("taxonomy_term").validate(bad)).hasSizeGreaterThanOrEqualTo(2);
    }

    private static void assertPage(String rel, JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as(rel).containsExactly("total_items", "total_pages", "page_number", "size", "first_page", "last_page",
                "empty", "contents");
        int n = page.get("page_number").asInt();
        int pages = page.get("total_pages").asInt();
        assertThat(rel).endsWith("/page-" + n + ".json");
        assertThat(page.get("size").asInt()).isEqualTo(page.get("contents").size()).isLessThanOrEqualTo(2);
        assertThat(page.get("first_page").asBoolean()).isEqualTo(n == 1);
        assertThat(page.get("last_page").asBoolean()).isEqualTo(n == pages);
        assertThat(page.get("empty").asBoolean()).isEqualTo(page.get("total_items").asInt() == 0);
        assertThat(pages).isEqualTo(Math.max(1, (page.get("total_items").asInt() + 1) / 2));
    }

    @Test
    void servicesArePagedPerPageAndEveryListedServiceHasItsFullDocument() {
        JsonNode first = read("services/page-1.json");
        JsonNode last = read("services/page-2.json");
        assertThat(api.resolve("services/page-3.json")).doesNotExist();
        assertThat(first.get("total_items").asInt()).isEqualTo(3);
        assertThat(first.get("total_pages").asInt()).isEqualTo(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(last.get("size").asInt()).isEqualTo(1);
        assertThat(last.get("last_page").asBoolean()).isTrue();
        List<String> names = new ArrayList<>();
        for (JsonNode page : List.of(first, last)) {
            for (JsonNode s : page.get("contents")) {
                names.add(s.get("name").asText());
                // a list gives one-to-one fields only; the organization is one
                s.fields().forEachRemaining(f -> assertThat(f.getValue().isArray()).as(f.getKey()).isFalse());
                assertThat(s.at("/organization/name").asText()).isNotEmpty();
                JsonNode full = read("services/" + s.get("id").asText() + ".json");
                assertThat(full.get("name")).isEqualTo(s.get("name"));
                assertThat(full.get("phones")).isNotEmpty();
                assertThat(full.get("service_areas")).isNotEmpty();
                assertThat(full.get("languages")).isNotEmpty();
                assertThat(full.get("attributes")).isNotEmpty();
            }
        }
        // the order of the directory's A-Z
        assertThat(names).containsExactly("Bedford Women's Refuge", "Freedom Programme", "IDVA service – Bedford Borough");
        JsonNode idva = read("services/" + Service.uuid("service:idva-bedford") + ".json");
        assertThat(idva.at("/schedules/0/byday").asText()).isEqualTo("MO,TU,WE,TH,FR");
        assertThat(idva.at("/contacts/0/email").asText()).isEqualTo("idva@example.org");
        assertThat(idva.at("/service_at_locations/0/location/addresses/0/postal_code").asText()).isEqualTo("MK40 9ZA");
        // the taxonomy terms of a service are those of the API's taxonomy_terms, in its taxonomies
        for (JsonNode attribute : idva.get("attributes")) {
            JsonNode term = read("taxonomy_terms/" + attribute.get("taxonomy_term_id").asText() + ".json");
            assertThat(term.get("code")).isEqualTo(attribute.at("/taxonomy_term/code"));
            assertThat(api.resolve("taxonomies/" + term.get("taxonomy_id").asText() + ".json")).exists();
        }
    }

    @Test
    void aRefugeIsListedButNoFileOfTheApiGivesALocationOrAddressForIt() {
        JsonNode refuge = read("services/" + REFUGE_ID + ".json");
        assertThat(refuge.get("name").asText()).isEqualTo("Bedford Women's Refuge");
        assertThat(refuge.at("/phones/0/number").asText()).isEqualTo("0808 157 0101");
        assertThat(read("services/page-1.json").findValuesAsText("id")).contains(REFUGE_ID);
        int located = 0;
        for (Map.Entry<String, JsonNode> e : tree().entrySet()) {
            for (JsonNode about : aboutService(e.getValue(), REFUGE_ID)) {
                assertThat(about.has("location") || about.has("addresses") || about.has("service_at_locations")
                        || about.has("location_id")).as(e.getKey() + ": " + about).isFalse();
            }
            for (JsonNode about : aboutService(e.getValue(), Service.uuid("service:idva-bedford"))) {
                if (about.has("location") || about.has("service_at_locations")) located++;
            }
        }
        // the same search finds the location of a service whose address is public
        assertThat(located).isGreaterThanOrEqualTo(3);
        for (String file : tree().keySet()) {
            if (file.startsWith("service_at_locations/")) assertThat(site.read("api/oruk/" + file)).as(file).doesNotContain(REFUGE_ID);
        }
    }

    /** Every object in {@code node} that is the service {@code id} or belongs to it. */
    private static List<JsonNode> aboutService(JsonNode node, String id) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isObject()) {
            if (node.path("id").asText().equals(id) || node.path("service_id").asText().equals(id)) out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) out.addAll(aboutService(it.next(), id));
        } else if (node.isArray()) {
            for (JsonNode item : node) out.addAll(aboutService(item, id));
        }
        return out;
    }

    @Test
    void theBaseDocumentNamesTheVersionTheProfileAndTheOpenapiDescription() {
        JsonNode base = read("index.json");
        assertThat(base.get("version").asText()).isEqualTo("3.0");
        assertThat(base.get("profile").asText()).startsWith("https://");
        assertThat(base.get("openapi_url").asText()).isEqualTo("https://example.org/api/oruk/openapi.json");
    }

    @Test
    void openapiDescribesExactlyThePathsThatArePublished() {
        JsonNode openapi = read("openapi.json");
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        assertThat(openapi.at("/servers/0/url").asText()).isEqualTo("https://example.org/api/oruk");
        Set<String> described = new TreeSet<>();
        openapi.get("paths").fieldNames().forEachRemaining(described::add);
        // what the files answer, as paths of the API: the base, each list, each list's items
        Set<String> published = new TreeSet<>();
        for (String file : tree().keySet()) {
            if (file.equals("openapi.json")) continue;
            if (file.equals("index.json")) published.add("/");
            else if (file.contains("/page-")) published.add("/" + file.substring(0, file.indexOf('/')));
            else published.add("/" + file.substring(0, file.indexOf('/')) + "/{id}");
        }
        assertThat(described).isEqualTo(published);
        // a static file answers no search and no filter: the only parameters are the page and the id
        Set<String> parameters = new HashSet<>(openapi.findValuesAsText("name"));
        parameters.addAll(openapi.findValuesAsText("$ref").stream().filter(r -> r.startsWith("#/components/parameters/"))
                .map(r -> r.substring(r.lastIndexOf('/') + 1)).toList());
        assertThat(parameters).containsExactlyInAnyOrder("page", "id");
        assertThat(openapi.at("/components/schemas/Page/required")).extracting(JsonNode::asText)
                .containsExactly("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");
    }

    @Test
    void headersOpenTheApiToOtherOriginsAndNothingElse() {
        String headers = site.read("_headers");
        List<String> blocks = List.of(headers.split("\n(?=/)"));
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).startsWith("/*\n").contains("Content-Security-Policy").doesNotContain("Access-Control");
        assertThat(blocks.get(1)).isEqualTo("/api/oruk\n  Access-Control-Allow-Origin: *");
        assertThat(blocks.get(2)).isEqualTo("/api/oruk/*\n  Access-Control-Allow-Origin: *\n");
    }

    @Test
    void redirectsTakeEveryAddressOfTheApiToItsFile() {
        List<String[]> rules = site.read("_redirects").lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" ")).toList();
        Map<String, String> plain = new LinkedHashMap<>();
        for (String[] r : rules) {
            assertThat(r[r.length - 1]).isEqualTo("200");
            if (r.length == 3) {
                plain.put(r[0], r[1]);
                assertThat(site.output().resolve(r[1].substring(1))).as(String.join(" ", r)).isRegularFile();
            } else {
                assertThat(r[1]).isEqualTo("page=:page");
                assertThat(r[2]).isEqualTo(r[0] + "/page-:page.json");
                assertThat(site.output().resolve(r[2].substring(1).replace(":page", "1"))).isRegularFile();
                // the page's rule comes before the list's own, which would take every query
                assertThat(plain).doesNotContainKey(r[0]);
            }
        }
        assertThat(plain).containsEntry("/api/oruk/", "/api/oruk/index.json").containsEntry("/api/oruk", "/api/oruk/index.json")
                .containsEntry("/api/oruk/services", "/api/oruk/services/page-1.json")
                .containsEntry("/api/oruk/services/" + REFUGE_ID, "/api/oruk/services/" + REFUGE_ID + ".json");
        // every file of an item has its address
        for (String file : tree().keySet()) {
            if (file.contains("/") && !file.contains("/page-")) {
                assertThat(plain).containsEntry("/api/oruk/" + file.replace(".json", ""), "/api/oruk/" + file);
            }
        }
    }

    @Test
    void theDirectoryPageLinksToTheApiAndItsDescription() {
        String page = site.read("directory/index.html");
        assertThat(page).contains("<a href=\"/api/oruk/\">https://example.org/api/oruk/</a>")
                .contains("<a href=\"/api/oruk/openapi.json\">");
    }

    @Test
    void linksToTheApisAddressesAreCheckedAsTheHostAnswersThem(@TempDir Path other) {
        SiteFixture f = paged(other);
        f.write("content/open-data.md", "---\ntitle: Our data\n---\n\nThe [API](/api/oruk/), its [services](/api/oruk/services) and "
                + "[the refuge](/api/oruk/services/" + REFUGE_ID + ").\n");
        Build.Result good = f.build();
        assertThat(good.ok()).as(good.diagnostics().toString()).isTrue();
        f.write("content/open-data.md", "---\ntitle: Our data\n---\n\nThe [organisations](/api/oruk/organizations).\n");
        Build.Result broken = f.build();
        assertThat(broken.ok()).isFalse();
        assertThat(broken.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("`/api/oruk/organizations`") && m.contains("does not exist"));
    }

    @Test
    void aPageEditedInThePreviewMayLinkToTheApi(@TempDir Path other) {
        SiteFixture f = paged(other);
        f.write("content/open-data.md", "---\ntitle: Our data\n---\n\nThe [API](/api/oruk/).\n");
        Build.Built built = Build.start(new Build.Options(f.root, f.output(), false, null, LocalDate.now()));
        assertThat(built.live()).isPresent();
        f.write("content/open-data.md", "---\ntitle: Our data\n---\n\nThe [API](/api/oruk/) and its [services](/api/oruk/services?page=2).\n");
        Build.Result edited = built.live().get().update(Set.of("content/open-data.md")).orElseThrow();
        assertThat(edited.ok()).as(edited.diagnostics().toString()).isTrue();
        assertThat(f.read("open-data/index.html")).contains("href=\"/api/oruk/services?page=2\"");
    }

    @Test
    void theApiIsPublishedWhereTheConfigSays(@TempDir Path other) throws Exception {
        SiteFixture f = SiteFixture.standard(other);
        f.write("site-config.yml", SiteFixture.CONFIG.replace("base_url: https://example.org/", "base_url: https://example.org/partnership/")
                .replace("  stale_after_days: 180\n", "  stale_after_days: 180\n  api: {base: /open-data/hsds/}\n"));
        Build.Result result = f.build();
        assertThat(result.ok()).as(result.diagnostics().toString()).isTrue();
        assertThat(f.output().resolve("api")).doesNotExist();
        JsonNode base = JSON.readTree(f.read("open-data/hsds/index.json"));
        assertThat(base.get("openapi_url").asText()).isEqualTo("https://example.org/partnership/open-data/hsds/openapi.json");
        JsonNode page = JSON.readTree(f.read("open-data/hsds/services/page-1.json"));
        assertThat(page.get("size").asInt()).isEqualTo(3);
        assertThat(f.read("_headers")).endsWith("\n/partnership/open-data/hsds\n  Access-Control-Allow-Origin: *\n"
                + "/partnership/open-data/hsds/*\n  Access-Control-Allow-Origin: *\n");
        assertThat(f.read("_redirects")).contains("\n/partnership/open-data/hsds/services page=:page "
                + "/partnership/open-data/hsds/services/page-:page.json 200\n");
        assertThat(f.read("directory/index.html")).contains("<a href=\"/partnership/open-data/hsds/\">");
    }

    @Test
    void aPageInsideTheApisFolderStopsTheBuild(@TempDir Path other) {
        SiteFixture f = SiteFixture.standard(other);
        f.write("content/api/oruk/index.md", "---\ntitle: Our API\n---\n\nText.\n");
        Build.Result result = f.build();
        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("content/api/oruk/index.md");
            assertThat(d.message()).contains("/api/oruk/", "Open Referral UK API");
        });
    }

    @Test
    void aMisspeltOrWrongApiSettingStopsTheBuildWithAHint(@TempDir Path other) {
        SiteFixture f = SiteFixture.standard(other);
        String config = SiteFixture.CONFIG.replace("  stale_after_days: 180\n",
                "  stale_after_days: 180\n  api:\n    base: api/oruk\n    per_pgae: 20\n");
        int baseLine = lineOf(config, "    base: api/oruk");
        f.write("site-config.yml", config);
        Build.Result result = f.build();
        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("site-config.yml");
            assertThat(d.line()).isEqualTo(baseLine);
            assertThat(d.message()).contains("api/oruk");
            assertThat(d.hint()).contains("/api/oruk/");
        });
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(baseLine + 1);
            assertThat(d.hint()).contains("per_page");
        });
    }

    /** The 1-based line of the first line of {@code text} that starts with {@code start}. */
    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
