package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.directory.SiteFixture;
import org.waymark.model.Service;
import org.waymark.serve.Preview;

/**
 * The Open Referral UK API read over HTTP from {@code waymark serve}, as the Open Referral UK validator reads
 * it: the base, its {@code openapi_url}, the first and the last page of services, and every service they
 * list, by the API's own addresses (without ".json", with {@code ?page=N}). The preview answers them as a
 * host that reads the build's {@code _redirects} and {@code _headers} does.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrukApiOverHttpTest {
    @TempDir
    static Path dir;

    static Preview preview;
    static final StringWriter LOG = new StringWriter();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws Exception {
        SiteFixture site = OrukApiTest.paged(dir);
        preview = Preview.start(new Preview.Options(new Build.Options(site.root, site.output(), false, LocalDate.now(), LocalDate.now()), Clock.systemDefaultZone(), 0,
                new PrintWriter(LOG, true), new PrintWriter(LOG, true)));
        assertThat(preview.ok()).as(LOG.toString()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (preview != null) preview.close();
    }

    /** An address of the published site (https://example.org/…) or a path, asked of the preview. */
    private static HttpResponse<String> get(String address) throws Exception {
        String path = address.startsWith("https://example.org/") ? address.substring("https://example.org".length()) : address;
        return HTTP.send(HttpRequest.newBuilder(URI.create(preview.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A document of the API: found, JSON, and open to any origin. */
    private static JsonNode json(String address) throws Exception {
        HttpResponse<String> r = get(address);
        assertThat(r.statusCode()).as(address).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).as(address).hasValue("application/json");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(address).hasValue("*");
        return OrukApiTest.JSON.readTree(r.body());
    }

    @Test
    void walksTheApiAsTheValidatorsLevelOneDoes() throws Exception {
        JsonNode base = json("/api/oruk/");
        assertThat(json("/api/oruk")).isEqualTo(base);
        assertThat(base.get("version").asText()).isEqualTo("3.0");
        assertThat(base.get("profile").asText()).startsWith("https://");
        JsonNode openapi = json(base.get("openapi_url").asText());
        assertThat(openapi.get("paths").has("/services/{id}")).isTrue();
        String services = openapi.at("/servers/0/url").asText() + "/services";

        JsonNode first = json(services + "?page=1");
        assertThat(first.get("page_number").asInt()).isEqualTo(1);
        assertThat(first.get("first_page").asBoolean()).isTrue();
        int pages = first.get("total_pages").asInt();
        assertThat(pages).isEqualTo(2);
        JsonNode last = json(services + "?page=" + pages);
        assertThat(last.get("page_number").asInt()).isEqualTo(pages);
        assertThat(last.get("last_page").asBoolean()).isTrue();
        assertThat(json(services)).as("the list without a page is its first page").isEqualTo(first);

        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode page : List.of(first, last)) for (JsonNode s : page.get("contents")) ids.add(s.get("id").asText());
        assertThat(ids).hasSize(first.get("total_items").asInt());
        JsonSchema schema = HsdsTest.schema("service_with_definitions.json");
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            JsonNode service = json(services + "/" + id);
            assertThat(service.get("id").asText()).isEqualTo(id);
            assertThat(schema.validate(service)).as(id).isEmpty();
            names.add(service.get("name").asText());
        }
        assertThat(names).contains("Bedford Women's Refuge");
    }

    @Test
    void answersTheOtherListsOfTheApiAndTheirItems() throws Exception {
        for (String list : List.of("taxonomies", "taxonomy_terms", "service_at_locations")) {
            JsonNode page = json("/api/oruk/" + list + "?page=1");
            String id = page.at("/contents/0/id").asText();
            assertThat(json("/api/oruk/" + list + "/" + id).get("id").asText()).as(list).isEqualTo(id);
        }
        // the files themselves are served as they are
        assertThat(json("/api/oruk/services/page-2.json").get("page_number").asInt()).isEqualTo(2);
    }

    @Test
    void aPageAfterTheLastOrAnUnknownIdIsNotFound() throws Exception {
        assertThat(get("/api/oruk/services?page=3").statusCode()).isEqualTo(404);
        assertThat(get("/api/oruk/services?page=../../index").statusCode()).isIn(403, 404);
        assertThat(get("/api/oruk/services/" + Service.uuid("service:nobody")).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheApiIsOpenToOtherOrigins() throws Exception {
        for (String path : List.of("/", "/directory/", "/data/services.json", "/assets/css/waymark.css")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(get("/api/oruk/").headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
