package org.waymark.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.waymark.diag.Pos;
import org.waymark.model.Phone;

/**
 * One service of the directory, from {@code content/services/<id>.yml}, checked.
 *
 * @param id the file name without ".yml"; the service's address is /directory/&lt;id&gt;/
 * @param source the file, relative to the site root ("content/services/bedford-refuge.yml")
 * @param categories ids from site-config.yml {@code directory.categories}
 * @param areas ids from site-config.yml {@code areas}
 * @param groups who it is for: ids from site-config.yml {@code directory.groups}
 * @param referral how people can be referred: "self", "professional", "family"
 * @param address the public address; always empty when {@code confidential}
 * @param confidential whether the address must never be published (a refuge, a service marked
 *     {@code confidential: true}, or one whose address is written as {@code confidential})
 * @param lastVerified when an editor last checked the details; empty when never
 * @param translations its prose in the site's other languages, by language code, in the order of site-config.yml
 */
public record Service(
        String id,
        String source,
        Pos pos,
        String name,
        Organisation organisation,
        String summary,
        Prose description,
        List<String> categories,
        List<String> areas,
        List<String> groups,
        List<Language> languages,
        List<String> referral,
        List<Phone> phones,
        String email,
        String website,
        Optional<Address> address,
        boolean confidential,
        List<OpeningHours> openingHours,
        Optional<LocalDate> lastVerified,
        Prose howToRefer,
        Prose access,
        Map<String, ServiceTranslation> translations) {

    public Service {
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
        groups = List.copyOf(groups);
        languages = List.copyOf(languages);
        referral = List.copyOf(referral);
        phones = List.copyOf(phones);
        openingHours = List.copyOf(openingHours);
        translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
        if (confidential && address.isPresent()) {
            throw new IllegalArgumentException("a confidential service cannot hold an address: " + source);
        }
    }

    /** The site path of the service's page. */
    public String path() {
        return "/directory/" + id + "/";
    }

    /** Its translation into {@code lang}, if it has one. */
    public Optional<ServiceTranslation> translation(String lang) {
        return Optional.ofNullable(translations.get(lang));
    }

    /** A UUID derived from the file name, the same on every build. */
    public String uuid() {
        return uuid("service:" + id);
    }

    /** Whether an editor should check the service again: never checked, or not within {@code days} of {@code today}. */
    public boolean isStale(LocalDate today, int days) {
        return lastVerified.map(d -> d.plusDays(days).isBefore(today)).orElse(true);
    }

    /** A name-based UUID in Waymark's space: the same {@code key} always gives the same UUID. */
    public static String uuid(String key) {
        return UUID.nameUUIDFromBytes(("waymark:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
