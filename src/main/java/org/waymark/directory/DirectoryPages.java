package org.waymark.directory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.markdown.LinkRef;
import org.waymark.markdown.Rendered;
import org.waymark.render.Job;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;

/** The directory's pages: its home, a page per category, area and group of people, and a page per service. */
final class DirectoryPages {
    static final String JSON_EXPORT = "data/services.json";
    static final String CSV_EXPORT = "data/services.csv";
    static final String CSS = "/assets/css/directory.css";
    static final String JS = "/assets/js/directory.js";
    static final String TITLE = "Find a service";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
        List<Job> jobs = new ArrayList<>();
        jobs.add(home(ctx));
        for (SiteConfig.Choice c : config.directory().categories()) {
            jobs.add(list(ctx, "category", c, c.label(), s -> s.categories().contains(c.id())));
        }
        for (SiteConfig.Choice a : config.areas()) {
            jobs.add(list(ctx, "area", a, "Services in " + a.label(), s -> s.areas().contains(a.id())));
        }
        for (SiteConfig.Choice g : config.directory().groups()) {
            jobs.add(list(ctx, "for", g, "Services for " + lowerFirst(g.label()), s -> s.groups().contains(g.id())));
        }
        for (Service s : services) jobs.add(page(ctx, s));
        return jobs;
    }

    private Job home(SiteRenderer.Context ctx) {
        Map<String, Object> c = ctx.base(TITLE, "Local services for anyone affected by domestic abuse: refuges, advocacy, "
                        + "support groups, housing help and support for children, by area and by who they are for.",
                "/directory/", "directory", null, List.of(new Views.Link("Home", config.link("/"))), "");
        common(c);
        c.put("services", cards(services));
        c.put("categories", filters("category", config.directory().categories(), Service::categories));
        c.put("areas", filters("area", config.areas(), Service::areas));
        c.put("groups", filters("for", config.directory().groups(), Service::groups));
        c.put("jsonHref", config.link("/" + JSON_EXPORT));
        c.put("csvHref", config.link("/" + CSV_EXPORT));
        return new Job("directory/index.html", "directory", c, Directory.FOLDER, List.of());
    }

    private Job list(SiteRenderer.Context ctx, String kind, SiteConfig.Choice choice, String title, Predicate<Service> matches) {
        String path = "/directory/" + kind + "/" + choice.id() + "/";
        String description = choice.description().isBlank() ? title + ": local services for anyone affected by domestic abuse."
                : choice.description();
        Map<String, Object> c = ctx.base(title, description, path, "directory-list", null, crumbs(), "");
        common(c);
        c.put("kind", kind);
        c.put("services", cards(services.stream().filter(matches).toList()));
        return new Job(SiteRenderer.output(path), "directory-list", c, "site-config.yml", List.of());
    }

    private Job page(SiteRenderer.Context ctx, Service s) {
        Rendered description = render(ctx, s.description(), s.source());
        Rendered howToRefer = render(ctx, s.howToRefer(), s.source());
        Rendered access = render(ctx, s.access(), s.source());
        Map<String, Object> c = ctx.base(s.name(), s.summary(), s.path(), "service", null, crumbs(), description.html());
        common(c);
        String pageUrl = config.absolute(s.path());
        DirectoryView.Detail detail = new DirectoryView.Detail(
                s.name(), s.summary(), s.organisation().name(), s.organisation().website(),
                links("category", s.categories(), categories), links("area", s.areas(), areas),
                links("for", s.groups(), groups), s.phones(), s.email(), s.website(), websiteLabel(s.website()),
                s.openingHours().stream().map(OpeningHours::words).toList(), s.languages(),
                s.referral().stream().map(ServiceReader.REFERRAL::get).toList(),
                description.html(), howToRefer.html(), access.html(), s.confidential(),
                s.address().map(Address::oneLine).orElse(""),
                s.lastVerified().map(DATE::format).orElse(""),
                JsonLd.of(s, config, pageUrl, label(areas), label(categories)));
        c.put("service", detail);
        List<LinkRef> links = Stream.of(description, howToRefer, access).flatMap(r -> r.links().stream()).toList();
        return new Job(SiteRenderer.output(s.path()), "service", c, s.source(), links);
    }

    private static Rendered render(SiteRenderer.Context ctx, Prose prose, String file) {
        if (prose.isEmpty()) return Rendered.EMPTY;
        return ctx.markdown().render(prose.markdown(), file, prose.line(), ctx.diags());
    }

    private void common(Map<String, Object> c) {
        c.put("directoryCss", config.link(CSS));
        c.put("directoryJs", config.link(JS));
        c.put("directoryHref", config.link("/directory/"));
    }

    private List<Views.Link> crumbs() {
        return List.of(new Views.Link("Home", config.link("/")), new Views.Link(TITLE, config.link("/directory/")));
    }

    private List<DirectoryView.Filter> filters(String kind, List<SiteConfig.Choice> choices,
            Function<Service, List<String>> ids) {
        return choices.stream().map(c -> new DirectoryView.Filter(c.id(), c.label(), c.description(),
                        config.link("/directory/" + kind + "/" + c.id() + "/"),
                        (int) services.stream().filter(s -> ids.apply(s).contains(c.id())).count()))
                .toList();
    }

    private List<Views.Link> links(String kind, List<String> ids, Map<String, SiteConfig.Choice> choices) {
        return ids.stream().map(id -> new Views.Link(choices.get(id).label(), config.link("/directory/" + kind + "/" + id + "/")))
                .toList();
    }

    private List<DirectoryView.Card> cards(List<Service> list) {
        return list.stream().map(s -> {
            List<String> labels = s.categories().stream().map(id -> categories.get(id).label()).toList();
            String text = Stream.of(
                            Stream.of(s.name(), s.summary(), s.organisation().name()),
                            labels.stream(),
                            s.areas().stream().map(id -> areas.get(id).label()),
                            s.groups().stream().map(id -> groups.get(id).label()),
                            s.languages().stream().flatMap(l -> Stream.of(l.name(), l.english())))
                    .flatMap(x -> x)
                    .distinct()
                    .collect(Collectors.joining(" "))
                    .toLowerCase(Locale.ROOT);
            return new DirectoryView.Card(s.id(), s.name(), config.link(s.path()), s.summary(), s.organisation().name(), labels,
                    String.join(" ", s.categories()), String.join(" ", s.areas()), String.join(" ", s.groups()), text);
        }).toList();
    }

    private static Function<String, String> label(Map<String, SiteConfig.Choice> choices) {
        return id -> choices.containsKey(id) ? choices.get(id).label() : id;
    }

    private static Map<String, SiteConfig.Choice> byId(List<SiteConfig.Choice> choices) {
        Map<String, SiteConfig.Choice> m = new java.util.LinkedHashMap<>();
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
