package org.waymark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.waymark.config.SiteConfig;
import org.waymark.model.Service;

/**
 * The directory as an Open Referral UK API, published as static files under {@code directory.api.base}
 * ({@code /api/oruk/}), with the {@code _redirects} that let a host answer the API's own addresses from them:
 *
 * <pre>
 * GET /api/oruk/                         index.json             version, profile, openapi_url
 * GET /api/oruk/openapi.json             openapi.json           what is published, and nothing else
 * GET /api/oruk/services?page=N          services/page-N.json   per_page services, one-to-one fields only
 * GET /api/oruk/services/{id}            services/{id}.json     a service, fully nested
 * GET /api/oruk/taxonomies?page=N        taxonomies/page-N.json, and taxonomies/{id}.json
 * GET /api/oruk/taxonomy_terms?page=N    taxonomy_terms/page-N.json, and taxonomy_terms/{id}.json
 * GET /api/oruk/service_at_locations?page=N   service_at_locations/page-N.json, and …/{id}.json
 * </pre>
 *
 * <p>Every document is made by {@link Hsds}, so the API and {@code /data/services.json} say the same.
 * A confidential service (every refuge) has no location, so it is in no service_at_location either.
 */
public final class OrukApi {
    /** The HSDS version the API gives at its base, which the Open Referral UK validator reads to choose its tests. */
    static final String VERSION = "3.0";
    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
    /** The schemas of the UK profile, which openapi.json refers to. */
    private static final String SCHEMAS = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
    /** The lists of the API, each paged and each with a document per id. */
    static final List<String> LISTS = List.of("services", "taxonomies", "taxonomy_terms", "service_at_locations");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SiteConfig config;
    private final SiteConfig.Api api;
    /** Each list's items by id, in the order they are listed. */
    private final Map<String, Map<String, ObjectNode>> lists = new LinkedHashMap<>();

    /** @param referral the words for a way to be referred, as {@link Hsds#json} takes them */
    public OrukApi(List<Service> services, SiteConfig config, Function<String, String> referral) {
        this.config = config;
        this.api = config.directory().api();
        Map<String, ObjectNode> full = new LinkedHashMap<>();
        Map<String, ObjectNode> atLocations = new LinkedHashMap<>();
        for (Service s : services) {
            ObjectNode service = Hsds.service(s, config, referral);
            full.put(s.uuid(), service);
            for (JsonNode at : service.path("service_at_locations")) {
                ObjectNode copy = ((ObjectNode) at).deepCopy();
                copy.set("service", oneToOne(service));
                atLocations.put(at.get("id").asText(), copy);
            }
        }
        Map<String, ObjectNode> taxonomies = new LinkedHashMap<>();
        Map<String, ObjectNode> terms = new LinkedHashMap<>();
        for (String taxonomy : Hsds.TAXONOMIES) {
            List<SiteConfig.Choice> choices = taxonomy.equals("group") ? config.directory().groups() : config.directory().categories();
            ObjectNode t = NODES.objectNode();
            t.put("id", Hsds.taxonomyId(taxonomy));
            t.put("name", Hsds.taxonomyName(taxonomy, config));
            t.put("description", taxonomy.equals("group")
                    ? "Who the services of the directory are for, as " + config.title() + " lists them."
                    : "The kinds of service of the directory, as " + config.title() + " lists them.");
            taxonomies.put(t.get("id").asText(), t);
            for (SiteConfig.Choice c : choices) {
                ObjectNode term = Hsds.term(taxonomy, c, config);
                terms.put(term.get("id").asText(), term);
            }
        }
        lists.put("services", full);
        lists.put("taxonomies", taxonomies);
        lists.put("taxonomy_terms", terms);
        lists.put("service_at_locations", atLocations);
    }

    /** Every file of the API, by its path in the output folder ("api/oruk/services/page-1.json"), with its text. */
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        String folder = api.base().substring(1);
        ObjectNode base = NODES.objectNode();
        base.put("version", VERSION);
        base.put("profile", PROFILE);
        base.put("openapi_url", config.absolute(api.base() + "openapi.json"));
        out.put(folder + "index.json", JsonWriter.document(base));
        out.put(folder + "openapi.json", JsonWriter.document(openApi()));
        lists.forEach((list, items) -> {
            List<ObjectNode> all = new ArrayList<>(items.values());
            int pages = pages(all.size());
            for (int n = 1; n <= pages; n++) {
                List<JsonNode> contents = new ArrayList<>();
                for (ObjectNode item : all.subList((n - 1) * api.perPage(), Math.min(all.size(), n * api.perPage()))) {
                    contents.add(list.equals("services") ? oneToOne(item) : item);
                }
                out.put(folder + list + "/page-" + n + ".json", JsonWriter.document(Hsds.page(contents, n, pages, all.size())));
            }
            items.forEach((id, item) -> out.put(folder + list + "/" + id + ".json", JsonWriter.document(item)));
        });
        return out;
    }

    /**
     * A host's rewrite of an address of the API to its file, as a line of {@code _redirects}.
     *
     * @param from the address asked for, from the site's root ("/api/oruk/services")
     * @param query the query it must have ("page=:page", whose value takes the place of {@code :page} in
     *     {@code to}), or "" for any
     * @param to the file served ("/api/oruk/services/page-1.json")
     */
    record Rewrite(String from, String query, String to) {
        String line() {
            return from + (query.isEmpty() ? "" : " " + query) + " " + to + " 200";
        }
    }

    /**
     * The rewrites of the API's addresses, in the order a host must try them: for each list, {@code ?page=N}
     * before the list without a page (which is its first page).
     */
    List<Rewrite> rewrites() {
        String base = config.link(api.base());
        List<Rewrite> out = new ArrayList<>();
        out.add(new Rewrite(base, "", base + "index.json"));
        out.add(new Rewrite(base.substring(0, base.length() - 1), "", base + "index.json"));
        for (Map.Entry<String, Map<String, ObjectNode>> list : lists.entrySet()) {
            String at = base + list.getKey();
            out.add(new Rewrite(at, "page=:page", at + "/page-:page.json"));
            out.add(new Rewrite(at, "", at + "/page-1.json"));
            for (String id : list.getValue().keySet()) out.add(new Rewrite(at + "/" + id, "", at + "/" + id + ".json"));
        }
        return out;
    }

    /** The {@code _redirects} file: Netlify reads every line; Cloudflare Pages ignores the lines with a query. */
    public String redirects() {
        StringBuilder s = new StringBuilder("# The Open Referral UK API of the directory (")
                .append(config.link(api.base()))
                .append("): its addresses, answered from its files. Written by Waymark on every build.\n");
        for (Rewrite r : rewrites()) s.append(r.line()).append('\n');
        return s.toString();
    }

    /** The addresses that the rewrites answer, relative to the output folder ("api/oruk/services"), for the link check. */
    public Set<String> addresses() {
        Set<String> out = new LinkedHashSet<>();
        for (Rewrite r : rewrites()) out.add(r.from().substring(config.basePath().length()));
        return out;
    }

    private int pages(int items) {
        return Math.max(1, (items + api.perPage() - 1) / api.perPage());
    }

    /** A service as a list gives it: its one-to-one fields and its organization, without the arrays of related things. */
    private static ObjectNode oneToOne(ObjectNode service) {
        ObjectNode copy = service.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = copy.fields(); it.hasNext(); ) {
            if (it.next().getValue().isArray()) it.remove();
        }
        return copy;
    }

    /** The OpenAPI 3.1 description of exactly the addresses above: no search, no filters, no per_page. */
    private ObjectNode openApi() {
        ObjectNode o = NODES.objectNode();
        o.put("openapi", "3.1.0");
        ObjectNode info = o.putObject("info");
        info.put("title", config.title() + ": service directory (Open Referral UK)");
        info.put("version", VERSION);
        info.put("description", "The service directory of " + config.title() + " in the Open Referral UK profile of HSDS 3.0, "
                + "published as static files: read only, open to every origin, " + api.perPage() + " items a page. "
                + "A refuge's location and address are never published.");
        o.putArray("servers").addObject().put("url", config.absolute(api.base()).replaceAll("/$", ""));
        ObjectNode paths = o.putObject("paths");
        ObjectNode meta = schema(get(paths.putObject("/"), "getAPIMetaInformation", "Information about this API and its relationship with HSDS."));
        meta.put("type", "object");
        meta.putArray("required").add("version").add("profile").add("openapi_url");
        ObjectNode props = meta.putObject("properties");
        props.putObject("version").put("type", "string");
        props.putObject("profile").put("type", "string").put("format", "uri");
        props.putObject("openapi_url").put("type", "string").put("format", "uri");
        Map<String, String[]> described = Map.of(
                "services", new String[] {"compiled/service_list.json", "compiled/service.json", "service"},
                "taxonomies", new String[] {"taxonomy.json", "taxonomy.json", "taxonomy"},
                "taxonomy_terms", new String[] {"taxonomy_term.json", "taxonomy_term.json", "taxonomy term"},
                "service_at_locations", new String[] {"compiled/service_at_location_list.json", "compiled/service_at_location.json",
                        "service at a location"});
        for (String list : LISTS) {
            String[] d = described.get(list);
            String operation = camel(list);
            ObjectNode listing = get(paths.putObject("/" + list), "getPaginatedListOf" + operation,
                    "A page of " + api.perPage() + " items (the first page when no page is given).");
            listing.putArray("parameters").addObject().put("$ref", "#/components/parameters/page");
            ObjectNode page = schema(listing);
            page.putArray("allOf").addObject().put("$ref", "#/components/schemas/Page");
            page.putObject("properties").putObject("contents").put("type", "array").putObject("items").put("$ref", SCHEMAS + d[0]);
            ObjectNode one = paths.putObject("/" + list + "/{id}");
            one.putArray("parameters").addObject().put("in", "path").put("name", "id").put("required", true)
                    .put("description", "The id (a UUID) of the " + d[2] + ", as its list gives it.")
                    .putObject("schema").put("type", "string").put("format", "uuid");
            ObjectNode byId = get(one, "get" + operation + "ById", "One " + d[2] + ", fully nested.");
            schema(byId).put("$ref", SCHEMAS + d[1]);
            ((ObjectNode) byId.get("responses")).putObject("404").put("description", "There is no " + d[2] + " with this id.");
        }
        ObjectNode components = o.putObject("components");
        ObjectNode page = components.putObject("schemas").putObject("Page");
        page.put("type", "object");
        ArrayNode required = page.putArray("required");
        ObjectNode pageProps = page.putObject("properties");
        for (String field : List.of("total_items", "total_pages", "page_number", "size")) {
            required.add(field);
            pageProps.putObject(field).put("type", "integer");
        }
        for (String field : List.of("first_page", "last_page", "empty")) {
            required.add(field);
            pageProps.putObject(field).put("type", "boolean");
        }
        required.add("contents");
        pageProps.putObject("contents").put("type", "array");
        components.putObject("parameters").putObject("page").put("name", "page").put("in", "query").put("required", false)
                .put("description", "The page of the list, from 1; a page after the last is not found.")
                .putObject("schema").put("type", "integer").put("minimum", 1);
        return o;
    }

    /** The GET operation of {@code path}, with its 200 response. */
    private static ObjectNode get(ObjectNode path, String operationId, String summary) {
        ObjectNode get = path.putObject("get");
        get.put("operationId", operationId);
        get.put("summary", summary);
        get.putObject("responses").putObject("200").put("description", summary);
        return get;
    }

    /** The JSON schema of an operation's 200 response, to fill in. */
    private static ObjectNode schema(ObjectNode get) {
        return ((ObjectNode) get.get("responses").get("200")).putObject("content").putObject("application/json").putObject("schema");
    }

    private static String camel(String list) {
        StringBuilder s = new StringBuilder();
        for (String part : list.split("_")) s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return s.toString();
    }
}
