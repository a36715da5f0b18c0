package org.waymark.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.Suggest;
import org.waymark.model.Address;
import org.waymark.model.Language;
import org.waymark.model.OpeningHours;
import org.waymark.model.Organisation;
import org.waymark.model.Partner;
import org.waymark.model.Prose;
import org.waymark.model.Service;
import org.waymark.model.ServiceTranslation;
import org.waymark.phone.PhoneRules;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YScalar;

/**
 * Reads one {@code content/services/<id>.yml} into a {@link Service}. Every problem is reported with the
 * file and line and what to do; the refuge rule is enforced while it reads ({@link ServiceAddress}), so a
 * confidential service's street address never reaches the model, let alone a page or an export. The contact
 * details, opening hours and translations are read by {@link ServiceContact}, {@link ServiceHours} and
 * {@link ServiceTranslations}.
 */
final class ServiceReader {
    static final List<String> KEYS = List.of("name", "organisation", "summary", "description", "categories", "areas",
            "for", "languages", "referral", "contact", "address", "opening_hours", "last_verified", "confidential",
            "how_to_refer", "access", "translations");

    /** How people can be referred, and how a page says it. */
    static final Map<String, String> REFERRAL = Map.of(
            "self", "You can contact the service yourself.",
            "professional", "A professional, such as a doctor, social worker or police officer, can refer you.",
            "family", "A friend or family member can contact the service for you.");

    private static final Set<String> REFERRAL_WAYS =
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of("self", "professional", "family")));

    /** Ids that name folders of /directory/, so no service may take them. */
    static final Set<String> RESERVED_IDS = Set.of("category", "area", "for");

    static final String REFUGE = "refuge";

    private static final Pattern LOOKS_LIKE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern BLOCK_INDICATOR = Pattern.compile(".*[|>][+-]?[1-9]?[+-]?");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SiteConfig config;
    private final Map<String, Partner> partners;
    private final LocalDate today;
    private final PhoneRules phones;
    private final ServiceTranslations translations;

    ServiceReader(SiteConfig config, Map<String, Partner> partners, LocalDate today) {
        this.config = config;
        this.partners = Map.copyOf(partners);
        this.today = today;
        this.phones = PhoneRules.forSite(config.isExample(), List.of());
        this.translations = new ServiceTranslations(config);
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
        ServiceContact contact = ServiceContact.read(f, phones);
        boolean marked = f.bool("confidential").orElse(false);
        boolean refuge = categories.contains(REFUGE);
        Optional<Address> address = Optional.empty();
        boolean confidential = refuge || marked;
        YNode addressNode = f.node("address");
        if (addressNode instanceof YScalar s && s.text().trim().equals("confidential")) {
            confidential = true;
        } else if (confidential) {
            ServiceAddress.refuse(f, addressNode, refuge);
        } else {
            address = ServiceAddress.read(f, addressNode);
        }
        // every text of a confidential service, its translations, contact details and names included
        if (confidential) ServiceAddress.noPostcode(f, f.map(), "", lines, refuge);
        Map<String, ServiceTranslation> translated = translations.read(f, lines, contact.phones());
        List<OpeningHours> hours = ServiceHours.read(f);
        Optional<LocalDate> lastVerified = f.date("last_verified");
        freshness(f, name.isEmpty() ? id : name, lastVerified);

        if (diags.errorCount() > before) return Optional.empty();
        return Optional.of(new Service(id, file, f.pos(), name, organisation, summary, description, categories, areas,
                groups, languages, referral, contact.phones(), contact.email(), contact.website(), address, confidential,
                hours, lastVerified, howToRefer, access, translated));
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

    /** The text of {@code key} with the line where it starts (after a block indicator's line), or empty. */
    static Prose prose(Fields f, String key, List<String> lines) {
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
}
