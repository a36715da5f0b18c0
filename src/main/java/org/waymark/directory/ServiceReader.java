package org.waymark.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.config.SiteConfig;
import org.waymark.content.DataReaders;
import org.waymark.content.Phones;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.Suggest;
import org.waymark.model.Address;
import org.waymark.model.Language;
import org.waymark.model.OpeningHours;
import org.waymark.model.Organisation;
import org.waymark.model.Partner;
import org.waymark.model.Phone;
import org.waymark.model.Prose;
import org.waymark.model.Service;
import org.waymark.model.ServiceTranslation;
import org.waymark.phone.PhoneParse;
import org.waymark.phone.PhoneRules;
import org.waymark.phone.UkPhoneNumbers;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YMap;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YScalar;

/**
 * Reads one {@code content/services/<id>.yml} into a {@link Service}. Every problem is reported with the
 * file and line and what to do; the refuge rule is enforced here, so a confidential service's street
 * address never reaches the model, let alone a page or an export.
 */
final class ServiceReader {
    static final List<String> KEYS = List.of("name", "organisation", "summary", "description", "categories", "areas",
            "for", "languages", "referral", "contact", "address", "opening_hours", "last_verified", "confidential",
            "how_to_refer", "access", "translations");

    /** The fields a translation may give: the service's prose, its phone lines' words, and whether it was checked. */
    static final List<String> TRANSLATED_KEYS = List.of("name", "summary", "description", "how_to_refer", "access", "phones",
            "reviewed");

    /** How people can be referred, and how a page says it. */
    static final Map<String, String> REFERRAL = Map.of(
            "self", "You can contact the service yourself.",
            "professional", "A professional, such as a doctor, social worker or police officer, can refer you.",
            "family", "A friend or family member can contact the service for you.");

    private static final Set<String> REFERRAL_WAYS = new LinkedHashSet<>(List.of("self", "professional", "family"));

    /** Ids that name folders of /directory/, so no service may take them. */
    static final Set<String> RESERVED_IDS = Set.of("category", "area", "for");

    static final String REFUGE = "refuge";

    private static final Map<String, DayOfWeek> DAYS = days();
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+");
    private static final Pattern LOOKS_LIKE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern BLOCK_INDICATOR = Pattern.compile(".*[|>][+-]?[1-9]?[+-]?");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SiteConfig config;
    private final Map<String, Partner> partners;
    private final LocalDate today;
    private final PhoneRules phones;

    ServiceReader(SiteConfig config, Map<String, Partner> partners, LocalDate today) {
        this.config = config;
        this.partners = Map.copyOf(partners);
        this.today = today;
        this.phones = PhoneRules.forSite(config.isExample(), List.of());
    }

    /** Whether {@code fileName} ("bedford-refuge.yml") may name a service. */
    static boolean validFileName(String fileName) {
        return fileName.matches("[a-z0-9][a-z0-9-]*\\.yml");
    }

    /**
     * The service in {@code node}, or empty when it has errors (all reported to {@code diags}).
     *
     * @param text the file's text, to find the line where a block of text starts
     */
    Optional<Service> read(String id, String file, String text, YNode node, Diagnostics diags) {
        long before = diags.errorCount();
        Optional<Fields> of = Fields.of(node, file, diags, "a service", Pos.line(1));
        if (of.isEmpty()) return Optional.empty();
        Fields f = of.get();
        List<String> lines = text.lines().toList();
        f.allow(KEYS);

        String name = f.required("name").orElse("");
        String summary = f.required("summary").orElse("");
        Organisation organisation = organisation(f, name);
        Prose description = prose(f, "description", lines);
        Prose howToRefer = prose(f, "how_to_refer", lines);
        Prose access = prose(f, "access", lines);

        List<String> categories = ids(f, "categories", config.directory().categories(),
                "directory categories in site-config.yml", true);
        List<String> areas = ids(f, "areas", config.areas(), "areas in site-config.yml", true);
        List<String> groups = ids(f, "for", config.directory().groups(), "groups of people in site-config.yml", false);
        List<Language> languages = languages(f);
        List<String> referral = referral(f);
        Contact contact = contact(f, phones);
        boolean marked = f.bool("confidential").orElse(false);
        boolean refuge = categories.contains(REFUGE);
        Optional<Address> address = Optional.empty();
        boolean confidential = refuge || marked;
        YNode addressNode = f.node("address");
        if (addressNode instanceof YScalar s && s.text().trim().equals("confidential")) {
            confidential = true;
        } else if (confidential) {
            refuseAddress(f, addressNode, refuge);
        } else {
            address = address(f, addressNode);
        }
        // every text of a confidential service, its translations, contact details and names included
        if (confidential) noPostcode(f, f.map(), "", lines, refuge);
        Map<String, ServiceTranslation> translations = translations(f, lines, contact.phones, confidential, refuge);
        List<OpeningHours> hours = openingHours(f);
        Optional<LocalDate> lastVerified = f.date("last_verified");
        freshness(f, name.isEmpty() ? id : name, lastVerified);

        if (diags.errorCount() > before) return Optional.empty();
        return Optional.of(new Service(id, file, f.pos(), name, organisation, summary, description, categories, areas,
                groups, languages, referral, contact.phones, contact.email, contact.website, address, confidential,
                hours, lastVerified, howToRefer, access, translations));
    }

    /**
     * The {@code translations:} block: for each other language of the site, the service's prose in it. An unknown
     * language, an unknown field or a wrong type is an error at its line; the refuge rule holds in every language.
     */
    private Map<String, ServiceTranslation> translations(Fields f, List<String> lines, List<Phone> phones,
            boolean confidential, boolean refuge) {
        Map<String, ServiceTranslation> out = new LinkedHashMap<>();
        Optional<Fields> block = f.object("translations", "the translations");
        if (block.isEmpty()) return out;
        String def = config.defaultLanguage().code();
        List<String> others = config.languages().stream().map(SiteConfig.Language::code).filter(c -> !c.equals(def)).toList();
        Map<String, ServiceTranslation> byLang = new java.util.HashMap<>();
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
            Prose description = prose(t, "description", lines);
            Prose howToRefer = prose(t, "how_to_refer", lines);
            Prose access = prose(t, "access", lines);
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
                String numbers = byTel.values().stream().map(n -> "\"" + n.written() + "\"").collect(java.util.stream.Collectors.joining(", "));
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

    private Organisation organisation(Fields f, String serviceName) {
        Optional<String> written = f.required("organisation");
        if (written.isEmpty()) return new Organisation("", serviceName, "", "");
        String value = written.get().trim();
        if (!LOOKS_LIKE_ID.matcher(value).matches()) return new Organisation("", value, "", "");
        Partner p = partners.get(value);
        if (p == null) {
            String hint = Suggest.closest(value, partners.keySet()).map(c -> "did you mean `" + c + "`? ")
                    .orElse("") + "add the partner to content/partners.yml, or write the organisation's name in words";
            f.error(f.pos("organisation"), "unknown-id", "`" + value
                    + "` looks like a partner id, but there is no partner with that id in content/partners.yml.", hint);
            return new Organisation("", value, "", "");
        }
        return new Organisation(p.id(), p.name(), p.type(), p.website());
    }

    private static List<String> ids(Fields f, String key, List<SiteConfig.Choice> choices, String listName, boolean required) {
        Set<String> allowed = new LinkedHashSet<>();
        for (SiteConfig.Choice c : choices) allowed.add(c.id());
        List<String> written = f.strings(key);
        List<Pos> at = f.itemPositions(key);
        if (required && written.isEmpty()) {
            f.error(f.has(key) ? f.pos(key) : f.pos(), "required", "A service needs at least one entry in `" + key + "`.",
                    "add `" + key + ": [" + String.join(", ", allowed.stream().limit(2).toList()) + "]` with the "
                            + listName + " that fit");
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String v = written.get(i).trim();
            if (f.oneOf(key, i < at.size() ? at.get(i) : f.pos(key), v, allowed, listName)) out.add(v);
        }
        return List.copyOf(out);
    }

    private static List<Language> languages(Fields f) {
        List<String> written = f.strings("languages");
        List<Pos> at = f.itemPositions("languages");
        Map<String, Language> out = new LinkedHashMap<>();
        for (int i = 0; i < written.size(); i++) {
            String code = written.get(i).trim();
            Optional<Language> l = Languages.byCode(code);
            if (l.isPresent()) {
                out.putIfAbsent(code, l.get());
            } else {
                String hint = Suggest.closest(code.toLowerCase(Locale.ROOT), Languages.codes())
                        .map(c -> "did you mean `" + c + "`?")
                        .orElse("write a two-letter ISO 639-1 code; Waymark knows " + String.join(", ", Languages.codes()));
                f.error(i < at.size() ? at.get(i) : f.pos("languages"), "language",
                        "`" + code + "` in `languages` is not a language code Waymark knows.", hint);
            }
        }
        return List.copyOf(out.values());
    }

    private static List<String> referral(Fields f) {
        List<String> written = f.strings("referral");
        List<Pos> at = f.itemPositions("referral");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String v = written.get(i).trim();
            if (f.oneOf("referral", i < at.size() ? at.get(i) : f.pos("referral"), v, REFERRAL_WAYS,
                    "ways to be referred (self, professional, family)")) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private record Contact(List<Phone> phones, String email, String website) {}

    private static Contact contact(Fields f, PhoneRules rules) {
        Optional<Fields> c = f.object("contact", "the contact details");
        if (c.isEmpty()) {
            if (!f.has("contact")) {
                f.error(f.pos(), "required", "A service needs a way to get in touch: it has no `contact`.",
                        "add `contact:` with `phones:`, `email:` or `website:`");
            }
            return new Contact(List.of(), "", "");
        }
        Fields contact = c.get();
        contact.allow("phones", "email", "website");
        List<Phone> phones = Phones.read(contact, "phones", rules, PhoneRules.Use.LOCAL);
        String email = contact.string("email", "").trim();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            contact.error(contact.pos("email"), "email", "`" + email + "` is not an email address.",
                    "write it as name@example.org, without mailto: or spaces");
        }
        String website = contact.string("website", "").trim();
        if (!website.isEmpty()) DataReaders.checkWebsite(contact, "website", website);
        if (!contact.has("phones") && email.isEmpty() && website.isEmpty()) {
            contact.error(contact.pos(), "required", "A service needs a way to get in touch: `contact` has no phone, email or website.",
                    "add `phones:`, `email:` or `website:` under `contact:`");
        }
        return new Contact(phones, email, website);
    }

    /** Reports an address on a refuge or a confidential service; nothing of it is kept. */
    private static void refuseAddress(Fields f, YNode node, boolean refuge) {
        String why = refuge ? "this service is in the refuge category" : "this service is marked `confidential: true`";
        if (node == null || node instanceof YScalar s && s.isNull()) {
            f.error(f.pos(), "refuge-address", "A refuge's address must never be published, and " + why
                    + ", so it must say `address: confidential`.", "add the line `address: confidential`");
            return;
        }
        f.error(f.keyPos("address"), "refuge-address", "A refuge's address must never be published, but " + why
                        + " and has an address here.",
                "replace the address with `address: confidential`; the service gives it only to the people who need it");
    }

    private static Optional<Address> address(Fields f, YNode node) {
        if (node == null || node instanceof YScalar s && s.isNull()) return Optional.empty();
        if (!(node instanceof YMap)) {
            f.error(f.pos("address"), "address", "`address` should be `confidential`, or the street, town and postcode.",
                    "write `address: {street: \"1 High Street\", town: Bedford, postcode: MK40 1AA}` or `address: confidential`");
            return Optional.empty();
        }
        Optional<Fields> of = f.object("address", "an address");
        if (of.isEmpty()) return Optional.empty();
        Fields a = of.get();
        a.allow("street", "town", "postcode");
        String street = a.string("street", "").trim();
        String town = a.string("town", "").trim();
        String postcode = a.string("postcode", "").trim();
        if (!postcode.isEmpty() && !Postcodes.isPostcode(postcode)) {
            a.error(a.pos("postcode"), "postcode", "`" + postcode + "` is not a UK postcode.", "write the full postcode, such as MK40 1AA");
        }
        if (street.isEmpty() && town.isEmpty()) {
            a.error(a.pos(), "address", "The address has neither a street nor a town.", "add `street:` and `town:`, or remove the address");
        }
        return Optional.of(new Address(street, town, postcode.toUpperCase(Locale.ROOT)));
    }

    /**
     * Reports a postcode, or a house number and street, written anywhere in {@code n} (a confidential service's
     * field, or the whole service), however it is written ({@link Postcodes#findAnyhow}), at the line where it is.
     * The address itself is checked apart: it must be `confidential`.
     *
     * @param n the field's value as written, or null
     * @param name how the message names the field ("description", "translations.ur.description"), "" for the service
     */
    private static void noPostcode(Fields f, YNode n, String name, List<String> lines, boolean refuge) {
        if (n instanceof YMap m) {
            for (YMap.Entry e : m.entries().values()) {
                if (name.isEmpty() && e.key().equals("address")) continue;
                noPostcode(f, e.value(), name.isEmpty() ? e.key() : name + "." + e.key(), lines, refuge);
            }
        } else if (n instanceof org.waymark.yaml.YList list) {
            for (YNode item : list.items()) noPostcode(f, item, name, lines, refuge);
        } else if (n instanceof YScalar s && !s.isNull()) {
            Postcodes.findAnyhow(s.text()).ifPresent(found -> f.error(locate(lines, n.pos(), found.text()), "refuge-address",
                    "`" + name + "` gives " + (found.street() ? "a street address" : "a postcode") + "; "
                            + (refuge ? "a refuge's" : "this confidential service's") + " address must never be published, and "
                            + (found.street() ? "a street and house number are" : "a postcode is") + " most of it.",
                    "remove the postcode and any street name from it, however they are written (with special spaces, "
                            + "markup or in a web address); the town is fine; say how people can arrange to meet instead"));
        }
    }

    /** Where {@code found} is written in the file, from the line of {@code from} on; {@code from} if not found. */
    static Pos locate(List<String> lines, Pos from, String found) {
        String needle = found.toLowerCase(Locale.ROOT);
        for (int i = Math.max(0, from.line() - 1); i < lines.size(); i++) {
            int at = lines.get(i).toLowerCase(Locale.ROOT).indexOf(needle);
            if (at >= 0) return new Pos(i + 1, at + 1);
        }
        // written with other digits, spaces or markup: the line whose text, read as a reader sees it, has it
        for (int i = Math.max(0, from.line() - 1); i < lines.size(); i++) {
            if (!Postcodes.normalise(lines.get(i)).toLowerCase(Locale.ROOT).contains(needle)) continue;
            int at = Postcodes.asciiDigits(lines.get(i)).toLowerCase(Locale.ROOT).indexOf(needle);
            return at >= 0 ? new Pos(i + 1, at + 1) : Pos.line(i + 1);
        }
        return from;
    }

    private static Prose prose(Fields f, String key, List<String> lines) {
        Optional<String> text = f.string(key);
        if (text.isEmpty() || text.get().isBlank()) return Prose.EMPTY;
        Pos at = f.pos(key);
        int line = at.line();
        if (line > 0 && line <= lines.size()) {
            String written = lines.get(line - 1).replaceAll("\\s+#.*$", "").trim();
            if (BLOCK_INDICATOR.matcher(written).matches()) line++;
        }
        return new Prose(text.get(), line);
    }

    private static List<OpeningHours> openingHours(Fields f) {
        List<OpeningHours> out = new ArrayList<>();
        for (Fields h : f.objects("opening_hours", "opening hours")) {
            h.allow("days", "opens", "closes");
            List<String> written = h.strings("days");
            List<Pos> at = h.itemPositions("days");
            List<DayOfWeek> days = new ArrayList<>();
            if (written.isEmpty()) {
                h.error(h.pos(), "required", "These opening hours have no `days`.", "add `days: [mon, tue, wed, thu, fri]`");
            }
            for (int i = 0; i < written.size(); i++) {
                String d = written.get(i).trim().toLowerCase(Locale.ROOT);
                if (h.oneOf("days", i < at.size() ? at.get(i) : h.pos("days"), d, DAYS.keySet(), "days of the week (mon, tue, wed, thu, fri, sat, sun)")) {
                    days.add(DAYS.get(d));
                }
            }
            Optional<LocalTime> opens = time(h, "opens");
            Optional<LocalTime> closes = time(h, "closes");
            if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
                h.error(h.pos("closes"), "hours", "The service closes (" + h.string("closes", "") + ") before it opens ("
                        + h.string("opens", "") + ").", "write times on the 24-hour clock, such as opens: \"09:00\", closes: \"17:00\"");
                continue;
            }
            if (!days.isEmpty() && opens.isPresent() && closes.isPresent()) out.add(new OpeningHours(days, opens.get(), closes.get()));
        }
        return out;
    }

    private static Optional<LocalTime> time(Fields h, String key) {
        Optional<String> written = h.required(key);
        if (written.isEmpty()) return Optional.empty();
        String t = written.get().trim();
        if (!TIME.matcher(t).matches()) {
            h.error(h.pos(key), "hours", "`" + key + ": " + t + "` is not a time.",
                    "write the time on the 24-hour clock in quotes, such as " + key + ": \"09:30\"");
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(t));
    }

    private void freshness(Fields f, String name, Optional<LocalDate> lastVerified) {
        String hint = "check the service's details and set last_verified: " + today;
        if (f.has("last_verified") && lastVerified.isEmpty()) return; // a bad date is already an error
        if (lastVerified.isEmpty()) {
            f.warning(f.pos(), "stale", "\"" + name + "\" has never been checked: it has no `last_verified` date.", hint);
            return;
        }
        LocalDate d = lastVerified.get();
        int days = config.directory().staleAfterDays();
        if (d.isAfter(today)) {
            f.warning(f.pos("last_verified"), "date", "`last_verified` is in the future (" + WORDS.format(d) + ").",
                    "write the date the details were checked, such as " + today);
        } else if (d.plusDays(days).isBefore(today)) {
            f.warning(f.pos("last_verified"), "stale", "\"" + name + "\" was last checked on " + WORDS.format(d)
                    + ", more than " + days + " days ago.", hint);
        }
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> m = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) m.put(d.name().substring(0, 3).toLowerCase(Locale.ROOT), d);
        return java.util.Collections.unmodifiableMap(m);
    }
}
