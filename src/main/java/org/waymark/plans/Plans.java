package org.waymark.plans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.SourceFiles;
import org.waymark.model.Action;
import org.waymark.model.Dates;
import org.waymark.model.Lead;
import org.waymark.model.Plan;
import org.waymark.model.Report;
import org.waymark.render.Job;
import org.waymark.render.PageContext;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;
import org.waymark.yaml.YamlReader;

/**
 * Loads the action plans and their reports and says which pages and files they add to the site: the
 * plans index, each plan's pages, its CSV and JSON exports, and the Atom feed of report rounds.
 */
public final class Plans implements SiteRenderer.Generated {
    private final List<Progress> plans;
    private final SiteConfig config;
    private final LocalDate asOf;

    private Plans(List<Progress> plans, SiteConfig config, LocalDate asOf) {
        this.plans = List.copyOf(plans);
        this.config = config;
        this.asOf = asOf;
    }

    /**
     * Reads content/plans/*; problems go to {@code diags}.
     *
     * @param asOf the date status is judged against (overdue milestones); reports dated after it are not counted
     */
    public static Plans load(Path root, Content content, LocalDate asOf, YamlReader yaml, Diagnostics diags) {
        Path dir = root.resolve("content").resolve("plans");
        List<Progress> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return new Plans(out, content.config(), asOf);
        PlanReader reader = new PlanReader(root, new ContentLoader(yaml), content.partnersById(), diags);
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            diags.error(SourceFiles.name(root, dir), Pos.NONE, "read", "The plans folder cannot be read: " + e.getMessage(), "");
            return new Plans(out, content.config(), asOf);
        }
        for (Path folder : folders) {
            reader.read(folder).ifPresent(plan -> {
                for (Report r : plan.reports()) {
                    if (r.date().isAfter(asOf)) {
                        diags.warning(r.source(), Pos.NONE, "as-of", "This report is dated after the as-of date " + asOf
                                        + ", so the site does not count or publish it yet.",
                                "build with --as-of " + r.date() + " or later, or set `as_of` in site-config.yml");
                    }
                }
                Progress progress = Progress.of(plan, asOf);
                overdue(plan, progress, diags);
                out.add(progress);
            });
        }
        out.sort(Comparator.comparing((Progress p) -> p.plan().start().orElse(YearMonth.of(1, 1))).reversed()
                .thenComparing(p -> p.plan().id(), Comparator.reverseOrder()));
        return new Plans(out, content.config(), asOf);
    }

    /** Lists each milestone past its due date and not done, for the editors (`waymark check` shows them). */
    private static void overdue(Plan plan, Progress progress, Diagnostics diags) {
        plan.actions().forEach(action -> {
            for (Progress.MilestoneState m : progress.of(action).milestones()) {
                if (!m.overdue()) continue;
                diags.warning(plan.source(), m.milestone().pos(), "overdue", "Action " + action.ref() + ": the milestone \""
                                + m.milestone().title() + "\" was due by " + m.milestone().due().get().date() + " and is not done.",
                        "when it is done, list it under `done:` for " + action.ref() + " in the next progress report");
            }
        });
    }

    /** The plans read, newest first. */
    public List<Plan> plans() {
        return plans.stream().map(Progress::plan).toList();
    }

    @Override
    public List<SiteRenderer.NavEntry> nav() {
        return plans.isEmpty() ? List.of() : List.of(new SiteRenderer.NavEntry("Action plans", Addresses.INDEX, 4));
    }

    @Override
    public List<Job> jobs(SiteRenderer.Context context) {
        if (plans.isEmpty()) return List.of();
        List<Job> jobs = new ArrayList<>();
        jobs.add(index(context));
        for (Progress p : plans) jobs.addAll(new PlanPages(p, context).jobs());
        return jobs;
    }

    @Override
    public Map<String, String> files() {
        if (plans.isEmpty()) return Map.of();
        Map<String, String> files = new LinkedHashMap<>();
        for (Progress p : plans) {
            files.put(SiteRenderer.output(Addresses.csv(p.plan())), Exports.csv(p));
            files.put(SiteRenderer.output(Addresses.json(p.plan())), Exports.json(p, config));
            files.put(SiteRenderer.output(Addresses.progressCsv(p.plan())), Exports.progressCsv(new Trend(p)));
            for (Map.Entry<Lead, List<Action>> e : leads(p.plan()).entrySet()) {
                files.put(SiteRenderer.output(Addresses.leadCsv(p.plan(), e.getKey())), Exports.csv(p, e.getValue()));
            }
        }
        files.put(SiteRenderer.output(Addresses.FEED), Exports.atom(plans, config, asOf));
        return files;
    }

    private Job index(SiteRenderer.Context ctx) {
        PlanWords words = new PlanWords(ctx);
        PageContext page = ctx.base(words.word("plans.title", "Action plans"), words.word("plans.index.description",
                        "The partnership's action plans: what each partner committed to, and whether it is on track."),
                Addresses.INDEX, "plans", null, List.of(new Views.Link(words.word("nav.home", "Home"), config.link("/"))), "");
        Map<String, Object> c = new HashMap<>();
        List<PlanViews.PlanCard> cards = new ArrayList<>();
        for (Progress p : plans) {
            Plan plan = p.plan();
            List<PlanViews.Count> counts = p.counts(plan.actions().toList()).entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> new PlanViews.Count(words.legendBadge(e.getKey()), e.getValue()))
                    .toList();
            List<Progress.Round> rounds = p.rounds();
            PlanViews.RoundLink latest = rounds.isEmpty() ? new PlanViews.RoundLink("", "", "")
                    : new PlanViews.RoundLink(rounds.get(rounds.size() - 1).report().heading(),
                            Dates.day(rounds.get(rounds.size() - 1).report().date()),
                            config.link(Addresses.report(plan, rounds.get(rounds.size() - 1).report().date())));
            cards.add(new PlanViews.PlanCard(PlanPages.planView(plan, p, config), counts, !rounds.isEmpty(), latest));
        }
        c.put("plans", cards);
        c.put("asOf", Dates.day(asOf));
        c.put("feedHref", config.link(Addresses.FEED));
        return new Job(SiteRenderer.output(Addresses.INDEX), "plans", page, c,
                plans.get(0).plan().source().replaceFirst("/[^/]+/plan\\.yml$", ""), List.of());
    }

    /** Everyone who leads an action of {@code plan}, by name, with the actions each leads in plan order. */
    static Map<Lead, List<Action>> leads(Plan plan) {
        Map<String, Lead> bySlug = new LinkedHashMap<>();
        Map<String, List<Action>> led = new LinkedHashMap<>();
        plan.actions().forEach(a -> a.leads().forEach(l -> {
            bySlug.putIfAbsent(l.slug(), l);
            led.computeIfAbsent(l.slug(), k -> new ArrayList<>()).add(a);
        }));
        Map<Lead, List<Action>> out = new LinkedHashMap<>();
        bySlug.values().stream().sorted(Comparator.comparing((Lead l) -> l.name().toLowerCase(Locale.UK)))
                .forEach(lead -> out.put(lead, led.get(lead.slug())));
        return out;
    }
}
