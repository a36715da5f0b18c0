package org.waymark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.waymark.config.SiteConfig;
import org.waymark.model.Address;
import org.waymark.model.Language;
import org.waymark.model.OpeningHours;
import org.waymark.model.Organisation;
import org.waymark.model.Phone;
import org.waymark.model.Service;

/**
 * {@code /data/services.json}: the directory as a Human Services Data Specification 3.0 paginated service
 * list, the shape Open Referral UK profiles. Every id is a UUID derived from names (the service's file, the
 * partner's id), so it stays the same from one build to the next. Optional fields without a value are
 * left out, never null. A confidential service is published with its phones and no location. The same
 * service documents, pages and taxonomy terms make the Open Referral UK API ({@link OrukApi}).
 */
public final class Hsds {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Hsds() {}

    /**
     * The directory's {@code /data/services.json}.
     *
     * @param referral the words for a way to be referred ("self"), for a service without its own how-to-refer text
     */
    public static String json(List<Service> services, SiteConfig config, Function<String, String> referral) {
        List<ObjectNode> contents = services.stream().map(s -> service(s, config, referral)).toList();
        return JsonWriter.document(page(contents, 1, 1, services.size()));
    }

    /**
     * A page of a list in the shape HSDS 3.0 gives every list: its metadata, then {@code contents}.
     *
     * @param totalPages how many pages the list has (at least 1: an empty list is one empty page)
     * @param totalItems how many items all the pages hold together
     */
    static ObjectNode page(List<? extends JsonNode> contents, int pageNumber, int totalPages, int totalItems) {
        ObjectNode page = NODES.objectNode();
        page.put("total_items", totalItems);
        page.put("total_pages", totalPages);
        page.put("page_number", pageNumber);
        page.put("size", contents.size());
        page.put("first_page", pageNumber == 1);
        page.put("last_page", pageNumber == totalPages);
        page.put("empty", totalItems == 0);
        page.putArray("contents").addAll(contents);
        return page;
    }

    /** A service, fully nested: what {@code /data/services.json} lists and the API gives for its id. */
    static ObjectNode service(Service s, SiteConfig config, Function<String, String> referral) {
        return service(s, config, referral, byId(config.directory().categories()), config.areasById(),
                byId(config.directory().groups()));
    }

    /** The two taxonomies of a site's directory: its categories and its groups of people. */
    static final List<String> TAXONOMIES = List.of("category", "group");

    static String taxonomyId(String taxonomy) {
        return Service.uuid("taxonomy:" + taxonomy);
    }

    static String taxonomyName(String taxonomy, SiteConfig config) {
        return config.title() + " directory " + (taxonomy.equals("group") ? "groups of people" : "categories");
    }

    static String termId(String taxonomy, String termId) {
        return Service.uuid("taxonomy-term:" + taxonomy + ":" + termId);
    }

    /** A term of one of the directory's taxonomies: a category or a group of people of site-config.yml. */
    static ObjectNode term(String taxonomy, SiteConfig.Choice term, SiteConfig config) {
        ObjectNode t = NODES.objectNode();
        t.put("id", termId(taxonomy, term.id()));
        t.put("code", term.id());
        t.put("name", term.label());
        t.put("description", term.description().isBlank() ? term.label() : term.description());
        t.put("taxonomy", taxonomyName(taxonomy, config));
        t.put("taxonomy_id", taxonomyId(taxonomy));
        return t;
    }

    private static ObjectNode service(Service s, SiteConfig config, Function<String, String> referral,
            Map<String, SiteConfig.Choice> categories,
            Map<String, SiteConfig.Choice> areas, Map<String, SiteConfig.Choice> groups) {
        String id = s.uuid();
        ObjectNode o = NODES.objectNode();
        o.put("id", id);
        o.put("name", s.name());
        o.put("description", s.description().isEmpty() ? s.summary() : s.summary() + "\n\n" + s.description().markdown().strip());
        o.put("url", s.website().isEmpty() ? config.absolute(s.path()) : s.website());
        if (!s.email().isEmpty()) o.put("email", s.email());
        o.put("status", "active");
        String process = s.howToRefer().isEmpty()
                ? s.referral().stream().map(referral).collect(Collectors.joining(" "))
                : s.howToRefer().markdown().strip();
        if (!process.isEmpty()) o.put("application_process", process);
        if (!s.groups().isEmpty()) {
            o.put("eligibility_description", "For: " + s.groups().stream().map(g -> groups.get(g).label())
                    .collect(Collectors.joining("; ")) + ".");
        }
        s.lastVerified().ifPresent(d -> o.put("assured_date", d.toString()));

        ObjectNode org = o.putObject("organization");
        Organisation organisation = s.organisation();
        org.put("id", organisation.isPartner() ? Service.uuid("organization:" + organisation.partnerId())
                : Service.uuid("organization-name:" + organisation.name().toLowerCase(Locale.ROOT)));
        org.put("name", organisation.name());
        // required by the schema; partners.yml has no description of its own
        org.put("description", organisation.isPartner()
                ? organisation.name() + ", a partner of " + config.title() + "."
                : organisation.name() + ".");
        if (!organisation.website().isEmpty()) org.put("website", organisation.website());

        // the service's own email address is its one contact; its phones are the service's (below)
        ArrayNode contacts = o.putArray("contacts");
        if (!s.email().isEmpty()) {
            contacts.addObject()
                    .put("id", Service.uuid("contact:" + s.id()))
                    .put("service_id", id)
                    .put("name", s.name())
                    .put("email", s.email());
        }

        ArrayNode phones = o.putArray("phones");
        for (int i = 0; i < s.phones().size(); i++) {
            Phone p = s.phones().get(i);
            ObjectNode phone = phones.addObject();
            phone.put("id", Service.uuid("phone:" + s.id() + ":" + i));
            phone.put("service_id", id);
            phone.put("number", p.written());
            String description = p.label() + (p.hours().isEmpty() ? "" : (p.label().isEmpty() ? "" : " (") + p.hours()
                    + (p.label().isEmpty() ? "" : ")"));
            if (!description.isEmpty()) phone.put("description", description);
        }

        ArrayNode schedules = o.putArray("schedules");
        for (int i = 0; i < s.openingHours().size(); i++) {
            OpeningHours h = s.openingHours().get(i);
            schedules.addObject()
                    .put("id", Service.uuid("schedule:" + s.id() + ":" + i))
                    .put("service_id", id)
                    .put("freq", "WEEKLY")
                    .put("byday", h.byDay())
                    .put("opens_at", h.opens().toString())
                    .put("closes_at", h.closes().toString())
                    .put("description", h.words());
        }

        ArrayNode serviceAreas = o.putArray("service_areas");
        for (String a : s.areas()) {
            serviceAreas.addObject()
                    .put("id", Service.uuid("service-area:" + s.id() + ":" + a))
                    .put("service_id", id)
                    .put("name", areas.get(a).label());
        }

        ArrayNode languages = o.putArray("languages");
        for (Language l : s.languages()) {
            languages.addObject()
                    .put("id", Service.uuid("language:" + s.id() + ":" + l.code()))
                    .put("service_id", id)
                    .put("name", l.english())
                    .put("code", l.code());
        }

        ArrayNode attributes = o.putArray("attributes");
        for (String c : s.categories()) attributes.add(attribute(s, "category", "service_type", categories.get(c), config));
        for (String g : s.groups()) attributes.add(attribute(s, "group", "audience", groups.get(g), config));

        if (!s.confidential()) s.address().filter(Address::complete).ifPresent(a -> location(o, s, a, areas));
        return o;
    }

    private static ObjectNode attribute(Service s, String taxonomy, String linkType, SiteConfig.Choice term, SiteConfig config) {
        ObjectNode a = NODES.objectNode();
        a.put("id", Service.uuid("attribute:" + s.id() + ":" + taxonomy + ":" + term.id()));
        a.put("link_id", s.uuid());
        a.put("link_entity", "service");
        a.put("link_type", linkType);
        a.put("taxonomy_term_id", termId(taxonomy, term.id()));
        a.set("taxonomy_term", term(taxonomy, term, config));
        return a;
    }

    /** A service's public address, as a physical location. Never called for a confidential service. */
    private static void location(ObjectNode o, Service s, Address a, Map<String, SiteConfig.Choice> areas) {
        String locationId = Service.uuid("location:" + s.id());
        ObjectNode at = o.putArray("service_at_locations").addObject();
        at.put("id", Service.uuid("service-at-location:" + s.id()));
        at.put("service_id", s.uuid());
        at.put("location_id", locationId);
        ObjectNode location = at.putObject("location");
        location.put("id", locationId);
        location.put("location_type", "physical");
        location.put("name", s.name());
        ObjectNode address = location.putArray("addresses").addObject();
        address.put("id", Service.uuid("address:" + s.id()));
        address.put("location_id", locationId);
        address.put("address_1", a.street());
        address.put("city", a.town());
        // the schema requires a state or province; the service's (first) local authority area stands for it
        address.put("state_province", s.areas().isEmpty() ? a.town() : areas.get(s.areas().get(0)).label());
        address.put("postal_code", a.postcode());
        address.put("country", "GB");
        address.put("address_type", "physical");
    }

    private static Map<String, SiteConfig.Choice> byId(List<SiteConfig.Choice> choices) {
        Map<String, SiteConfig.Choice> m = new LinkedHashMap<>();
        for (SiteConfig.Choice c : choices) m.putIfAbsent(c.id(), c);
        return m;
    }
}
