package org.waymark.directory;

import java.util.List;
import org.waymark.model.Language;

/**
 * The values the directory's templates see. Plain records, made once per page language.
 *
 * <p>Text that is not in the page's language (a service not yet translated, a category label from
 * site-config.yml, an organisation's name) is a {@link Text} that carries its own language, so that the
 * template can mark it with {@code lang} and {@code dir} and a screen reader reads it in the right voice.
 */
public final class DirectoryView {
    private DirectoryView() {}

    /**
     * Words and the language they are in.
     *
     * @param lang the language of {@code text} when it differs from the page's, else ""
     * @param dir the direction of {@code lang} ("ltr", "rtl"), or "" when {@code lang} is ""
     */
    public record Text(String text, String lang, String dir) {
        public Text {
            text = text == null ? "" : text;
        }

        /** Whether there are no words (templates test {@code x.blank}, since Pebble's {@code empty} does not know this type). */
        public boolean isBlank() {
            return text.isBlank();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** HTML made from a service's Markdown, and the language it is in when that differs from the page's ("" if not). */
    public record Html(String html, String lang, String dir) {
        public boolean isBlank() {
            return html.isBlank();
        }
    }

    /** A link whose text may be in another language than the page's. */
    public record Link(Text label, String href) {}

    /**
     * A phone line of a service: the number as the site shows it and its link, with its words in the page's language where
     * translated.
     */
    public record PhoneView(String shown, String tel, Text label, Text hours, Boolean free, Text text) {}

    /** A heading made of the theme's words around a label that may be in another language ("Services in " + area). */
    public record Heading(String before, Text label, String after) {}

    /**
     * One service in a list.
     *
     * @param categories the labels of its categories
     * @param dataCategories its category ids separated by spaces, for the filter script
     * @param dataText the words the filter script's text search looks in, in lower case (in every language the
     *     page shows of the service)
     */
    public record Card(String id, Text name, String href, Text summary, Text organisation, List<Text> categories,
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
    public record Filter(String id, Text label, String description, String href, int count) {}

    /**
     * One service's page.
     *
     * @param organisationHref the partner's website, or ""
     * @param websiteLabel the website's address without https://, as the link's text
     * @param hours the opening hours in words in the page's language, one line each
     * @param referral how people can be referred, in sentences in the page's language
     * @param address the address on one line, blank when there is none or it is confidential
     * @param lastChecked the date the details were last checked, in words in the page's language, or "" when never
     * @param untranslated whether the page is in another language than the default and the service has no
     *     translation into it, so that all its details are shown in the default language
     * @param jsonLd the schema.org JSON-LD, safe to put inside a script element
     */
    public record Detail(Text name, Text summary, Text organisation, String organisationHref,
            List<Link> categories, List<Link> areas, List<Link> groups, List<PhoneView> phones,
            String email, String website, String websiteLabel, List<String> hours, List<Language> languages, List<String> referral,
            Html description, Html howToRefer, Html access, boolean confidential, Text address,
            String lastChecked, boolean untranslated, String jsonLd) {
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
