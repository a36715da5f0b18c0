package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.directory.SiteFixture;

/**
 * {@code /data/services.json} validates against the HSDS 3.0 schemas (../shared/facts/hsds-3.0, copied to src/test/resources/hsds-3.0).
 * The schema files name no {@code $schema} and refer only to their own {@code #/definitions}, so they are
 * read as draft 2020-12 from the local files and nothing is fetched from the network.
 */
class HsdsTest {
    /** The schemas: the project's shared facts when they are beside the repository, else the copy in the test resources. */
    static final Path SCHEMAS = Files.isDirectory(SiteFixture.PROJECT.resolve("../shared/facts/hsds-3.0"))
            ? SiteFixture.PROJECT.resolve("../shared/facts/hsds-3.0").normalize()
            : SiteFixture.PROJECT.resolve("src/test/resources/hsds-3.0");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static SiteFixture site;
    static JsonNode export;

    @BeforeAll
    static void buildSite() throws Exception {
        site = SiteFixture.standard(dir);
        assertThat(site.build().ok()).isTrue();
        export = JSON.readTree(site.read("data/services.json"));
    }

    static JsonSchema schema(String file) throws Exception {
        Path path = SCHEMAS.resolve(file);
        assertThat(path).as("the HSDS schemas are expected in " + SCHEMAS).exists();
        JsonNode node = JSON.readTree(path.toFile());
        assertThat(node.has("$schema")).as("if the schema names its draft, configure the factory from it").isFalse();
        assertThat(node.findValuesAsText("$ref")).allSatisfy(ref -> assertThat(ref).startsWith("#/"));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(path.toUri().toString()), node, config);
    }

    /** One of the definitions of service_with_definitions.json (taxonomy, taxonomy_term, service_at_location …), as a schema. */
    static JsonSchema definition(String name) throws Exception {
        Path path = SCHEMAS.resolve("service_with_definitions.json");
        com.fasterxml.jackson.databind.node.ObjectNode node = JSON.createObjectNode();
        node.put("$ref", "#/definitions/" + name);
        node.set("definitions", JSON.readTree(path.toFile()).get("definitions"));
        assertThat(node.at("/definitions/" + name).isObject()).as(name).isTrue();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(path.toUri() + "-" + name), node, config);
    }

    @Test
    void everyServiceValidatesAgainstTheHsdsServiceSchema() throws Exception {
        JsonSchema full = schema("service_with_definitions.json");
        JsonSchema listItem = schema("service_list.json");
        assertThat(export.get("contents")).hasSize(3);
        for (JsonNode service : export.get("contents")) {
            Set<ValidationMessage> errors = full.validate(service);
            assertThat(errors).as(service.get("name").asText()).isEmpty();
            assertThat(listItem.validate(service)).as(service.get("name").asText()).isEmpty();
        }
    }

    @Test
    void theSchemaCatchesAnInvalidService() throws Exception {
        JsonSchema full = schema("service_with_definitions.json");
        JsonNode bad = JSON.readTree("{\"id\": \"not-a-uuid\", \"name\": \"x\", \"status\": \"open\", \"phones\": [{\"id\": \""
                + UUID.randomUUID() + "\"}]}");
        assertThat(full.validate(bad)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theListIsOnePageHoldingEveryService() {
        assertThat(export.get("total_items").asInt()).isEqualTo(3);
        assertThat(export.get("total_pages").asInt()).isEqualTo(1);
        assertThat(export.get("page_number").asInt()).isEqualTo(1);
        assertThat(export.get("size").asInt()).isEqualTo(3);
        assertThat(export.get("first_page").asBoolean()).isTrue();
        assertThat(export.get("last_page").asBoolean()).isTrue();
        assertThat(export.get("empty").asBoolean()).isFalse();
        List<String> keys = new ArrayList<>();
        export.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");
    }

    @Test
    void idsAreUuidsDerivedFromTheFileNameAndStableBetweenBuilds() throws Exception {
        JsonNode idva = byName("IDVA service – Bedford Borough");
        assertThat(idva.get("id").asText()).isEqualTo(UUID.nameUUIDFromBytes("waymark:service:idva-bedford".getBytes("UTF-8")).toString());
        Path again = dir.resolve("again");
        SiteFixture other = SiteFixture.standard(again);
        assertThat(other.build().ok()).isTrue();
        assertThat(other.read("data/services.json")).isEqualTo(site.read("data/services.json"));
    }

    @Test
    void optionalFieldsAreLeftOutNotNull() {
        assertNoNulls(export, "$");
        JsonNode freedom = byName("Freedom Programme");
        assertThat(freedom.has("email")).isFalse();
        assertThat(freedom.at("/organization/name").asText()).isEqualTo("Local Women's Aid");
        assertThat(freedom.at("/organization").has("website")).isFalse();
    }

    @Test
    void serviceCarriesPhonesSchedulesAreasLanguagesEligibilityAndTaxonomy() {
        JsonNode idva = byName("IDVA service – Bedford Borough");
        assertThat(idva.get("status").asText()).isEqualTo("active");
        assertThat(idva.at("/phones/0/number").asText()).isEqualTo("01632 960201");
        assertThat(idva.at("/phones/0/description").asText()).isEqualTo("IDVA service");
        assertThat(idva.at("/schedules/0/byday").asText()).isEqualTo("MO,TU,WE,TH,FR");
        assertThat(idva.at("/schedules/0/freq").asText()).isEqualTo("WEEKLY");
        assertThat(idva.at("/schedules/0/opens_at").asText()).isEqualTo("09:00");
        assertThat(idva.at("/service_areas/0/name").asText()).isEqualTo("Bedford Borough");
        assertThat(idva.at("/languages/1/code").asText()).isEqualTo("pl");
        assertThat(idva.at("/languages/1/name").asText()).isEqualTo("Polish");
        assertThat(idva.get("eligibility_description").asText()).isEqualTo("For: Women; Men.");
        assertThat(idva.at("/attributes/0/taxonomy_term/code").asText()).isEqualTo("advocacy");
        assertThat(idva.at("/attributes/0/link_id").asText()).isEqualTo(idva.get("id").asText());
        assertThat(idva.at("/attributes/1/link_type").asText()).isEqualTo("audience");
        assertThat(idva.at("/organization/id").asText()).isEqualTo(
                byName("IDVA service – Bedford Borough").at("/organization/id").asText());
    }

    @Test
    void csvHasOneRowPerServiceWithTheAgreedColumns() {
        List<String> lines = site.read("data/services.csv").lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,name,organisation,categories,areas,for,phones,email,website,address,last_verified");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("idva-bedford,\"IDVA service – Bedford Borough\",\"Bedford Borough Council\",advocacy,bedford-borough,\"women; men\"");
    }

    private static JsonNode byName(String name) {
        for (JsonNode s : export.get("contents")) if (s.get("name").asText().equals(name)) return s;
        throw new AssertionError(name);
    }

    private static void assertNoNulls(JsonNode node, String path) {
        assertThat(node.isNull()).as(path).isFalse();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertNoNulls(e.getValue(), path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) assertNoNulls(node.get(i), path + "[" + i + "]");
        }
    }
}
