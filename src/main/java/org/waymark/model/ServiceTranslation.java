package org.waymark.model;

import java.util.Map;
import org.waymark.diag.Pos;

/**
 * A service's prose in another language of the site, from its {@code translations:} block. A field left
 * out (or written empty) is shown in the site's default language, marked as such.
 *
 * @param lang a language code from site-config.yml {@code languages}, never the default one
 * @param pos where the translation starts, for messages
 * @param name the service's name, or ""
 * @param summary the one-sentence summary, or ""
 * @param phones the words of a phone line (label, hours, text relay), keyed by the number's {@code tel:} link
 * @param reviewed whether someone who reads the language has checked it; until then the page says it has not been
 */
public record ServiceTranslation(String lang, Pos pos, String name, String summary, Prose description, Prose howToRefer,
        Prose access, Map<String, PhoneWords> phones, boolean reviewed) {

    public ServiceTranslation {
        phones = Map.copyOf(phones);
    }

    /**
     * The words of one phone line in the translation's language; "" where not translated.
     *
     * @param text text or text-relay details
     */
    public record PhoneWords(String label, String hours, String text) {}

    /** Whether the translation gives no text at all. */
    public boolean isEmpty() {
        return name.isBlank() && summary.isBlank() && description.isEmpty() && howToRefer.isEmpty() && access.isEmpty()
                && phones.isEmpty();
    }
}
