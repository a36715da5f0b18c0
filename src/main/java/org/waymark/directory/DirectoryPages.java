package org.waymark.directory;

import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.export.JsonLd;
import org.waymark.markdown.LinkRef;
import org.waymark.markdown.Rendered;
import org.waymark.model.Language;
import org.waymark.model.Phone;
import org.waymark.model.Prose;
import org.waymark.model.Service;
import org.waymark.model.ServiceTranslation;
import org.waymark.render.Job;
import org.waymark.render.PageContext;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;

/**
 * The directory's pages in every language of the site: its home, a page per category, area and group of
 * people, and a page per service. The default language's pages are at /directory/…, another language's at
 * /&lt;lang&gt;/directory/…. A service's text comes from its translation into the page's language where it has
 * one; what is not translated is shown in the default language, marked as such for screen readers.
 */
final class DirectoryPages {
    static final String JSON_EXPORT = "data/services.json";
    static final String CSV_EXPORT = "data/services.csv";
    static final String CSS = "/assets/css/directory.css";
    static final String JS = "/assets/js/directory.js";
    static final String TITLE = "Find a service";
    /** How a warning about a theme word missing in a language names what uses it. */
    private static final String USED_BY = "the directory's pages";

    private final SiteConfig config;
    private final List<Service> services;
    private final Map<String, SiteConfig.Choice> categories;
    private final Map<String, SiteConfig.Choice> areas;
    private final Map<String, SiteConfig.Choice> groups;

    DirectoryPages(SiteConfig config, List<Service> services) {
        this.config = config;
        this.services = List.copyOf(services);
        this.categories = byId(config.directory().categories());
        this.areas = config.areasById();
        this.groups = byId(config.directory().groups());
    }

    List<Job> jobs(SiteRenderer.Context ctx) {
        Map<String, Prosed> english = new HashMap<>();
        for (Service s : services) {
            english.put(s.id(), new Prosed(render(ctx, s.description(), s.source()), render(ctx, s.howToRefer(), s.source()),
                    render(ctx, s.access(), s.source())));
        }
        List<Job> jobs = new ArrayList<>();
        for (SiteConfig.Language lang : config.languages()) jobs.addAll(new InLanguage(ctx, lang, english).jobs());
        return jobs;
    }

    /** A service's three Markdown fields, rendered. */
    private record Prosed(Rendered description, Rendered howToRefer, Rendered access) {}

    /** The directory's pages in one language. */
    private final class InLanguage {
        private final SiteRenderer.Context ctx;
        private final SiteConfig.Language lang;
        private final SiteConfig.Language def;
        private final boolean isDefault;
        private final Map<String, Prosed> english;
        private final List<Service> sorted;

        InLanguage(SiteRenderer.Context ctx, SiteConfig.Language lang, Map<String, Prosed> english) {
            this.ctx = ctx;
            this.lang = lang;
            this.def = config.defaultLanguage();
            this.isDefault = lang.code().equals(def.code());
            this.english = english;
            this.sorted = isDefault ? services : services.stream().sorted(byShownName()).toList();
        }

        List<Job> jobs() {
            List<Job> jobs = new ArrayList<>();
            jobs.add(home());
            for (SiteConfig.Choice c : config.directory().categories()) {
                jobs.add(list("category", c, word("directory.list.category", "{label}"), s -> s.categories().contains(c.id())));
            }
            for (SiteConfig.Choice a : config.areas()) {
                jobs.add(list("area", a, word("directory.list.area", "Services in {label}"), s -> s.areas().contains(a.id())));
            }
            for (SiteConfig.Choice g : config.directory().groups()) {
                jobs.add(list("for", g, word("directory.list.group", "Services for {label}"), s -> s.groups().contains(g.id())));
            }
            for (Service s : services) jobs.add(page(s));
            return jobs;
        }

        private Job home() {
            PageContext page = base(word("directory.title", TITLE), word("directory.description",
                            "Local services for anyone affected by domestic abuse: refuges, advocacy, support groups, housing help "
                                    + "and support for children, by area and by who they are for."),
                    "/directory/", "directory", false, "", true);
            Map<String, Object> c = more();
            c.put("services", cards(sorted));
            c.put("categories", filters("category", config.directory().categories(), Service::categories));
            c.put("areas", filters("area", config.areas(), Service::areas));
            c.put("groups", filters("for", config.directory().groups(), Service::groups));
            c.put("jsonHref", config.link("/" + JSON_EXPORT));
            c.put("csvHref", config.link("/" + CSV_EXPORT));
            c.put("apiHref", config.link(config.directory().api().base()));
            c.put("apiAddress", config.absolute(config.directory().api().base()));
            c.put("openapiHref", config.link(config.directory().api().base() + "openapi.json"));
            return new Job(SiteRenderer.output(at("/directory/")), "directory", page, c, Directory.FOLDER, List.of());
        }

        private Job list(String kind, SiteConfig.Choice choice, String pattern, Predicate<Service> matches) {
            String key = "/directory/" + kind + "/" + choice.id() + "/";
            // "Services for women", but "Services for LGBT+ people"; a label in another language is left as written
            String label = isDefault && kind.equals("for") ? lowerFirst(choice.label()) : choice.label();
            DirectoryView.Heading heading = heading(pattern, fromData(label));
            String title = heading.before() + label + heading.after();
            DirectoryView.Text lede = choice.description().isBlank()
                    ? own(word("directory.list.description", "{title}: local services for anyone affected by domestic abuse.")
                            .replace("{title}", title))
                    : fromData(choice.description());
            PageContext page = base(title, lede.text(), key, "directory-list", true, "", true);
            Map<String, Object> c = more();
            c.put("kind", kind);
            c.put("heading", heading);
            c.put("lede", lede);
            c.put("services", cards(sorted.stream().filter(matches).toList()));
            return new Job(SiteRenderer.output(at(key)), "directory-list", page, c, "site-config.yml", List.of());
        }

        private Job page(Service s) {
            Optional<ServiceTranslation> tr = isDefault ? Optional.empty() : s.translation(lang.code());
            Prosed en = english.get(s.id());
            Rendered description = translated(tr.map(ServiceTranslation::description), s.source()).orElse(en.description());
            Rendered howToRefer = translated(tr.map(ServiceTranslation::howToRefer), s.source()).orElse(en.howToRefer());
            Rendered access = translated(tr.map(ServiceTranslation::access), s.source()).orElse(en.access());
            DirectoryView.Text name = field(tr.map(ServiceTranslation::name), s.name());
            DirectoryView.Text summary = field(tr.map(ServiceTranslation::summary), s.summary());
            PageContext page = base(name.text(), summary.text(), s.path(), "service", true, description.html(),
                    tr.map(ServiceTranslation::reviewed).orElse(true));
            Map<String, Object> c = more();
            Locale locale = lang.code().equals("en") ? Locale.UK : Locale.forLanguageTag(lang.code());
            DirectoryView.Detail detail = new DirectoryView.Detail(
                    name, summary, fromData(s.organisation().name()), s.organisation().website(),
                    links("category", s.categories(), categories), links("area", s.areas(), areas),
                    links("for", s.groups(), groups), phones(s, tr), s.email(), s.website(), websiteLabel(s.website()),
                    s.openingHours().stream().map(h -> h.words(this::word)).toList(), s.languages(),
                    s.referral().stream().map(r -> word("directory.referral." + r, ServiceReader.REFERRAL.get(r))).toList(),
                    html(description, tr.map(ServiceTranslation::description)),
                    html(howToRefer, tr.map(ServiceTranslation::howToRefer)),
                    html(access, tr.map(ServiceTranslation::access)),
                    s.confidential(), s.address().map(a -> fromData(a.oneLine())).orElse(own("")),
                    s.lastVerified().map(d -> DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d)).orElse(""),
                    !isDefault && tr.isEmpty(),
                    JsonLd.of(s, config, config.absolute(s.path()), label(areas), label(categories)));
            c.put("service", detail);
            List<LinkRef> links = Stream.of(description, howToRefer, access).flatMap(r -> r.links().stream()).toList();
            return new Job(SiteRenderer.output(at(s.path())), "service", page, c, s.source(), links);
        }

        /** The translated Markdown of a field, rendered, when the translation gives it. */
        private Optional<Rendered> translated(Optional<Prose> prose, String file) {
            return prose.filter(p -> !p.isEmpty()).map(p -> render(ctx, p, file));
        }

        /** Rendered HTML in the page's language when the translation gave it, else marked as the default language's. */
        private DirectoryView.Html html(Rendered r, Optional<Prose> translation) {
            boolean own = isDefault || translation.filter(p -> !p.isEmpty()).isPresent();
            return own ? new DirectoryView.Html(r.html(), "", "") : new DirectoryView.Html(r.html(), def.code(), def.dir());
        }

        private List<DirectoryView.PhoneView> phones(Service s, Optional<ServiceTranslation> tr) {
            List<DirectoryView.PhoneView> out = new ArrayList<>();
            for (Phone p : s.phones()) {
                Optional<ServiceTranslation.PhoneWords> w = tr.map(t -> t.phones().get(p.tel()));
                out.add(new DirectoryView.PhoneView(p.shown(), p.tel(),
                        field(w.map(ServiceTranslation.PhoneWords::label), p.label()),
                        field(w.map(ServiceTranslation.PhoneWords::hours), p.hours()), p.free(),
                        field(w.map(ServiceTranslation.PhoneWords::text), p.text())));
            }
            return out;
        }

        /**
         * The template context of a directory page in this language, with links to its versions in the others.
         *
         * @param key the page's site path in the default language ("/directory/area/north/")
         * @param crumbToDirectory whether the breadcrumbs lead back to the directory home as well as the home page
         */
        private PageContext base(String title, String description, String key, String layout, boolean crumbToDirectory,
                String html, boolean reviewed) {
            PageContext c = ctx.base(title, description, at(key), layout, lang.code(), List.of(), html);
            List<Views.Link> crumbs = new ArrayList<>();
            crumbs.add(new Views.Link(word("nav.home", "Home"), c.here().link("/")));
            if (crumbToDirectory) crumbs.add(new Views.Link(word("directory.title", TITLE), config.link(at("/directory/"))));
            Views.Page p = c.page();
            return c.withPage(new Views.Page(p.title(), p.description(), p.lang(), p.dir(), p.path(), p.content(), p.toc(), crumbs,
                    p.nav(), p.children(), p.layout(), versions(key), reviewed, p.navKey()));
        }

        /** The variables every directory page's template gets besides the page's context. */
        private Map<String, Object> more() {
            Map<String, Object> c = new HashMap<>();
            c.put("directoryCss", config.link(CSS));
            c.put("directoryJs", config.link(JS));
            c.put("directoryHref", config.link(at("/directory/")));
            return c;
        }

        /** Links to the page at {@code key} in every language of the site, when it has more than one. */
        private List<Views.Translation> versions(String key) {
            if (config.languages().size() < 2) return List.of();
            return config.languages().stream().map(l -> new Views.Translation(l.code(), l.name(), l.dir(),
                    config.link(in(l, key)), l.code().equals(lang.code()))).toList();
        }

        private String at(String key) {
            return in(lang, key);
        }

        private String in(SiteConfig.Language l, String key) {
            return l.code().equals(def.code()) ? key : "/" + l.code() + key;
        }

        private String word(String key, String english) {
            return ctx.text(lang.code(), key, english, USED_BY);
        }

        /** Words in the page's language. */
        private DirectoryView.Text own(String text) {
            return new DirectoryView.Text(text, "", "");
        }

        /** Words from the site's data (a label from site-config.yml, an organisation's name): in the default language. */
        private DirectoryView.Text fromData(String text) {
            return isDefault ? own(text) : new DirectoryView.Text(text, def.code(), def.dir());
        }

        /** A translated field when the translation gives it, else the default language's, marked as such. */
        private DirectoryView.Text field(Optional<String> translated, String original) {
            return translated.filter(t -> !t.isBlank()).map(this::own).orElseGet(() -> fromData(original));
        }

        /** "Services in {label}" split around the label, so that the label can be marked with its own language. */
        private DirectoryView.Heading heading(String pattern, DirectoryView.Text label) {
            int at = pattern.indexOf("{label}");
            if (at < 0) return new DirectoryView.Heading(pattern + " ", label, "");
            return new DirectoryView.Heading(pattern.substring(0, at), label, pattern.substring(at + "{label}".length()));
        }

        private List<DirectoryView.Filter> filters(String kind, List<SiteConfig.Choice> choices,
                Function<Service, List<String>> ids) {
            return choices.stream().map(c -> new DirectoryView.Filter(c.id(), fromData(c.label()), c.description(),
                            config.link(at("/directory/" + kind + "/" + c.id() + "/")),
                            (int) services.stream().filter(s -> ids.apply(s).contains(c.id())).count()))
                    .toList();
        }

        private List<DirectoryView.Link> links(String kind, List<String> ids, Map<String, SiteConfig.Choice> choices) {
            return ids.stream().map(id -> new DirectoryView.Link(fromData(choices.get(id).label()),
                    config.link(at("/directory/" + kind + "/" + id + "/")))).toList();
        }

        private List<DirectoryView.Card> cards(List<Service> list) {
            return list.stream().map(s -> {
                Optional<ServiceTranslation> tr = isDefault ? Optional.empty() : s.translation(lang.code());
                DirectoryView.Text name = field(tr.map(ServiceTranslation::name), s.name());
                DirectoryView.Text summary = field(tr.map(ServiceTranslation::summary), s.summary());
                List<String> labels = s.categories().stream().map(id -> categories.get(id).label()).toList();
                String text = Stream.of(
                                Stream.of(name.text(), summary.text(), s.name(), s.summary(), s.organisation().name()),
                                labels.stream(),
                                s.areas().stream().map(id -> areas.get(id).label()),
                                s.groups().stream().map(id -> groups.get(id).label()),
                                s.languages().stream().flatMap(l -> Stream.of(l.name(), l.english())))
                        .flatMap(x -> x)
                        .distinct()
                        .collect(Collectors.joining(" "))
                        .toLowerCase(Locale.ROOT);
                return new DirectoryView.Card(s.id(), name, config.link(at(s.path())), summary, fromData(s.organisation().name()),
                        labels.stream().map(this::fromData).toList(), String.join(" ", s.categories()),
                        String.join(" ", s.areas()), String.join(" ", s.groups()), text);
            }).toList();
        }

        /** Services in the order of the names this language's pages show, as a reader of the language sorts them. */
        private Comparator<Service> byShownName() {
            Collator collator = Collator.getInstance(Locale.forLanguageTag(lang.code()));
            return Comparator.comparing((Service s) -> s.translation(lang.code()).map(ServiceTranslation::name)
                            .filter(n -> !n.isBlank()).orElse(s.name()), collator)
                    .thenComparing(Service::id);
        }
    }

    private static Rendered render(SiteRenderer.Context ctx, Prose prose, String file) {
        if (prose.isEmpty()) return Rendered.EMPTY;
        return ctx.markdown(prose.markdown(), file, prose.line());
    }

    private static Function<String, String> label(Map<String, SiteConfig.Choice> choices) {
        return id -> choices.containsKey(id) ? choices.get(id).label() : id;
    }

    private static Map<String, SiteConfig.Choice> byId(List<SiteConfig.Choice> choices) {
        Map<String, SiteConfig.Choice> m = new LinkedHashMap<>();
        for (SiteConfig.Choice c : choices) m.putIfAbsent(c.id(), c);
        return m;
    }

    /** A web address as people read it: "example.org/services/freedom-programme". */
    static String websiteLabel(String url) {
        return url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    }

    /** "Women" → "women", but "LGBT+ people" stays as it is. */
    static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) return label;
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
