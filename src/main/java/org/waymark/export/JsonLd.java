package org.waymark.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.waymark.config.SiteConfig;
import org.waymark.model.Language;
import org.waymark.model.OpeningHours;
import org.waymark.model.Phone;
import org.waymark.model.Service;

/**
 * The schema.org description of a service for its page: a Service, or a GovernmentService when a public
 * body runs it, with its provider, contact points, opening hours, areas and languages. A confidential
 * service has no address here because {@link Service} never holds one.
 */
public final class JsonLd {
    private JsonLd() {}

    /** The JSON-LD of {@code s}, escaped so that it can sit inside {@code <script>} as it is. */
    public static String of(Service s, SiteConfig config, String pageUrl, Function<String, String> areaLabel,
            Function<String, String> categoryLabel) {
        boolean government = s.organisation().isPublicBody();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", government ? "GovernmentService" : "Service");
        root.put("@id", pageUrl + "#service");
        root.put("name", s.name());
        root.put("description", s.summary());
        root.put("url", pageUrl);
        ArrayNode types = root.putArray("serviceType");
        s.categories().forEach(c -> types.add(categoryLabel.apply(c)));

        ObjectNode provider = root.putObject("provider");
        provider.put("@type", government ? "GovernmentOrganization" : "Organization");
        provider.put("name", s.organisation().name());
        if (!s.organisation().website().isEmpty()) provider.put("url", s.organisation().website());

        ArrayNode areas = root.putArray("areaServed");
        for (String a : s.areas()) areas.addObject().put("@type", "AdministrativeArea").put("name", areaLabel.apply(a));

        ArrayNode languages = root.putArray("availableLanguage");
        for (Language l : s.languages()) {
            languages.addObject().put("@type", "Language").put("name", l.english()).put("alternateName", l.code());
        }

        ArrayNode hours = root.putArray("hoursAvailable");
        for (OpeningHours h : s.openingHours()) {
            ObjectNode spec = hours.addObject().put("@type", "OpeningHoursSpecification");
            ArrayNode days = spec.putArray("dayOfWeek");
            for (DayOfWeek d : h.days()) days.add("https://schema.org/" + d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            spec.put("opens", h.opens().toString()).put("closes", h.closes().toString());
        }

        ArrayNode channels = root.putArray("availableChannel");
        for (Phone p : s.phones()) {
            ObjectNode channel = channels.addObject().put("@type", "ServiceChannel");
            if (!p.label().isEmpty()) channel.put("name", p.label());
            ObjectNode point = channel.putObject("servicePhone").put("@type", "ContactPoint").put("telephone", telephone(p));
            if (!p.label().isEmpty()) point.put("contactType", p.label());
            if (!p.hours().isEmpty()) point.put("description", p.hours());
            if (!s.website().isEmpty()) channel.put("serviceUrl", s.website());
        }
        if (!s.email().isEmpty()) {
            provider.putArray("contactPoint").addObject().put("@type", "ContactPoint")
                    .put("contactType", s.name()).put("email", s.email());
        }
        if (s.phones().isEmpty() && !s.website().isEmpty()) {
            channels.addObject().put("@type", "ServiceChannel").put("serviceUrl", s.website());
        }
        s.address().filter(a -> !s.confidential()).ifPresent(a -> {
            ObjectNode address = channels.addObject().put("@type", "ServiceChannel").put("name", "In person")
                    .putObject("serviceLocation").put("@type", "Place")
                    .putObject("address").put("@type", "PostalAddress");
            if (!a.street().isEmpty()) address.put("streetAddress", a.street());
            if (!a.town().isEmpty()) address.put("addressLocality", a.town());
            if (!a.postcode().isEmpty()) address.put("postalCode", a.postcode());
            address.put("addressCountry", "GB");
        });
        if (s.lastVerified().isPresent()) root.put("dateModified", s.lastVerified().get().toString());
        List<String> empty = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (root.get(name).isArray() && root.get(name).isEmpty()) empty.add(name);
        });
        root.remove(empty);
        return scriptSafe(JsonWriter.compact(root));
    }

    /** The number in E.164 form ("+448081570101"), or as dialled for short codes ("999"). */
    static String telephone(Phone p) {
        String tel = p.tel();
        return tel.regionMatches(true, 0, "tel:", 0, 4) ? tel.substring(4) : tel;
    }

    /**
     * JSON that cannot end or confuse the script element it sits in: {@code <}, {@code >} and {@code &}
     * only appear inside JSON strings, where their \\u escapes mean the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
