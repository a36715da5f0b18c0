package org.waymark.directory;

import java.util.List;
import org.waymark.model.Phone;
import org.waymark.render.Views;

/** The values the directory's templates see. Plain records, made once per build. */
public final class DirectoryView {
    private DirectoryView() {}

    /**
     * One service in a list.
     *
     * @param categories the labels of its categories
     * @param dataCategories its category ids separated by spaces, for the filter script
     * @param dataText the words the filter script's text search looks in, in lower case
     */
    public record Card(String id, String name, String href, String summary, String organisation, List<String> categories,
            String dataCategories, String dataAreas, String dataGroups, String dataText) {
        public Card {
            categories = List.copyOf(categories);
        }
    }

    /**
     * A category, area or group of people, with its page.
     *
     * @param count how many services it lists
     */
    public record Filter(String id, String label, String description, String href, int count) {}

    /**
     * One service's page.
     *
     * @param organisationHref the partner's website, or ""
     * @param websiteLabel the website's address without https://, as the link's text
     * @param hours the opening hours in words, one line each
     * @param referral how people can be referred, in sentences
     * @param address the address on one line, or "" when there is none or it is confidential
     * @param lastChecked "1 October 2026", or "" when never checked
     * @param jsonLd the schema.org JSON-LD, safe to put inside a script element
     */
    public record Detail(String name, String summary, String organisation, String organisationHref,
            List<Views.Link> categories, List<Views.Link> areas, List<Views.Link> groups, List<Phone> phones,
            String email, String website, String websiteLabel, List<String> hours, List<Language> languages, List<String> referral,
            String descriptionHtml, String howToReferHtml, String accessHtml, boolean confidential, String address,
            String lastChecked, String jsonLd) {
        public Detail {
            categories = List.copyOf(categories);
            areas = List.copyOf(areas);
            groups = List.copyOf(groups);
            phones = List.copyOf(phones);
            hours = List.copyOf(hours);
            languages = List.copyOf(languages);
            referral = List.copyOf(referral);
        }
    }
}
