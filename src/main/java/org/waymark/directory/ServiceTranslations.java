package org.waymark.directory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Suggest;
import org.waymark.model.Phone;
import org.waymark.model.Prose;
import org.waymark.model.ServiceTranslation;
import org.waymark.phone.PhoneParse;
import org.waymark.phone.UkPhoneNumbers;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YMap;

/**
 * Reads a service's {@code translations:}: its prose and its phone lines' words in each other language of the
 * site. The refuge rule holds in every language: {@link ServiceAddress#noPostcode} reads the whole file.
 */
final class ServiceTranslations {
    /** The fields a translation may give: the service's prose, its phone lines' words, and whether it was checked. */
    static final List<String> TRANSLATED_KEYS = List.of("name", "summary", "description", "how_to_refer", "access", "phones",
            "reviewed");

    private final SiteConfig config;

    ServiceTranslations(SiteConfig config) {
        this.config = config;
    }

    /**
     * The {@code translations:} block: for each other language of the site, the service's prose in it. An unknown
     * language, an unknown field or a wrong type is an error at its line.
     *
     * @param lines the file's lines, to find where a block of text starts
     * @param phones the service's phone numbers, whose words a translation may give
     */
    Map<String, ServiceTranslation> read(Fields f, List<String> lines, List<Phone> phones) {
        Map<String, ServiceTranslation> out = new LinkedHashMap<>();
        Optional<Fields> block = f.object("translations", "the translations");
        if (block.isEmpty()) return out;
        String def = config.defaultLanguage().code();
        List<String> others = config.languages().stream().map(SiteConfig.Language::code).filter(c -> !c.equals(def)).toList();
        Map<String, ServiceTranslation> byLang = new HashMap<>();
        for (YMap.Entry e : block.get().map().entries().values()) {
            String lang = e.key().trim();
            if (lang.equals(def)) {
                f.error(e.keyPos(), "language", "`" + lang + "` is the site's default language: the service's own fields are "
                        + "already in it, so it needs no translation.", "remove `" + lang + ":` from `translations`");
                continue;
            }
            if (!others.contains(lang)) {
                String hint = others.isEmpty()
                        ? "list the language under `languages:` in site-config.yml first, as `- {code: " + lang + ", name: …}`"
                        : closestLanguage(lang, others).map(c -> "did you mean `" + c + "`?")
                                .orElse("translate into a language of the site (" + String.join(", ", others)
                                        + "), or add the language to `languages:` in site-config.yml");
                f.error(e.keyPos(), "language", "`" + lang + "` in `translations` is not one of the site's languages.", hint);
                continue;
            }
            Optional<Fields> of = Fields.of(e.value(), f.file(), f.diags(), "a translation", e.keyPos());
            if (of.isEmpty()) continue;
            Fields t = of.get();
            t.allow(TRANSLATED_KEYS);
            String where = "translations." + lang + ".";
            String name = t.string("name", "").trim();
            String summary = t.string("summary", "").trim();
            Prose description = ServiceReader.prose(t, "description", lines);
            Prose howToRefer = ServiceReader.prose(t, "how_to_refer", lines);
            Prose access = ServiceReader.prose(t, "access", lines);
            Map<String, ServiceTranslation.PhoneWords> phoneWords = phoneWords(t, phones);
            boolean reviewed = t.bool("reviewed").orElse(false);
            ServiceTranslation translation = new ServiceTranslation(lang, e.keyPos(), name, summary, description, howToRefer,
                    access, phoneWords, reviewed);
            if (translation.isEmpty()) {
                t.warning(e.keyPos(), "translation", "The `" + lang + "` translation gives no text, so the page in that language "
                        + "shows everything in the site's default language.",
                        "add the translated `name`, `summary` and `description`, or remove `" + lang + ":`");
            } else {
                byLang.put(lang, translation);
            }
        }
        for (String lang : others) if (byLang.containsKey(lang)) out.put(lang, byLang.get(lang));
        return out;
    }

    /**
     * The site language an editor most likely meant by {@code written}: the code of a language written by its English
     * name ("Urdu"), or a close misspelling of a code ("urr"). Any two-letter code is a letter or two from any other,
     * so a two-letter code that is not the site's is not taken for one that is.
     */
    private static Optional<String> closestLanguage(String written, List<String> codes) {
        String w = written.toLowerCase(Locale.ROOT);
        for (String c : codes) {
            if (c.equals(w) || Languages.byCode(c).map(l -> l.english().equalsIgnoreCase(w)).orElse(false)) return Optional.of(c);
        }
        return w.length() > 2 ? Suggest.closest(w, codes) : Optional.empty();
    }

    /** A translation's {@code phones}: each names one of the service's numbers and gives its words in the language. */
    private static Map<String, ServiceTranslation.PhoneWords> phoneWords(Fields t, List<Phone> phones) {
        Map<String, ServiceTranslation.PhoneWords> out = new LinkedHashMap<>();
        Map<String, Phone> byTel = new LinkedHashMap<>();
        for (Phone p : phones) byTel.putIfAbsent(p.tel(), p);
        for (Fields p : t.objects("phones", "a translated phone line")) {
            p.allow("number", "label", "hours", "text");
            Optional<String> written = p.required("number");
            if (written.isEmpty()) continue;
            PhoneParse parsed = UkPhoneNumbers.parse(written.get());
            String tel = parsed instanceof PhoneParse.Valid v ? v.number().tel() : "";
            if (!byTel.containsKey(tel)) {
                String numbers = byTel.values().stream().map(n -> "\"" + n.written() + "\"").collect(Collectors.joining(", "));
                p.error(p.pos("number"), "phone", "`" + written.get().trim() + "` is not one of this service's phone numbers, "
                        + "so there is nothing to translate the words of.",
                        byTel.isEmpty() ? "give the service its numbers under `contact: phones:` first"
                                : "write the number as it is under `contact: phones:` (" + numbers + ")");
                continue;
            }
            if (out.containsKey(tel)) {
                p.error(p.pos("number"), "duplicate", "The words of " + written.get().trim() + " are already translated above.",
                        "keep one entry for each number");
                continue;
            }
            out.put(tel, new ServiceTranslation.PhoneWords(p.string("label", "").trim(), p.string("hours", "").trim(),
                    p.string("text", "").trim()));
        }
        return out;
    }
}
