package org.waymark.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.waymark.config.SiteConfig;
import org.waymark.markdown.LinkRef;
import org.waymark.markdown.Rendered;
import org.waymark.model.Action;
import org.waymark.model.Dates;
import org.waymark.model.Due;
import org.waymark.model.Labels;
import org.waymark.model.Lead;
import org.waymark.model.Milestone;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.model.Report;
import org.waymark.model.Status;
import org.waymark.plans.PlanViews.ActionView;
import org.waymark.plans.PlanViews.Badge;
import org.waymark.plans.PlanViews.Columns;
import org.waymark.plans.PlanViews.CountRow;
import org.waymark.plans.PlanViews.HistoryView;
import org.waymark.plans.PlanViews.LeadView;
import org.waymark.plans.PlanViews.MilestoneView;
import org.waymark.plans.PlanViews.PlanView;
import org.waymark.plans.PlanViews.RoundLink;
import org.waymark.plans.PlanViews.ThemeView;
import org.waymark.render.Job;
import org.waymark.render.PageContext;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;

/**
 * The pages of one plan: overview, a page per theme, action, lead and report round, and the print view.
 * Builds the template values; the templates decide how they look.
 */
final class PlanPages {
    private final Plan plan;
    private final Progress progress;
    private final Trend trend;
    private final SiteRenderer.Context ctx;
    private final SiteConfig config;
    private final PlanView planView;
    private final Map<String, ActionView> actions = new LinkedHashMap<>();
    private final List<ThemeView> themes = new ArrayList<>();
    private final Map<String, Rendered> rendered = new HashMap<>();
    private final PlanWords words;
    private final Labels labels;

    PlanPages(Progress progress, SiteRenderer.Context ctx) {
        this.plan = progress.plan();
        this.progress = progress;
        this.trend = new Trend(progress);
        this.ctx = ctx;
        this.config = ctx.config();
        this.words = new PlanWords(ctx);
        this.labels = words.labels(plan);
        this.planView = planView(plan, progress, config);
        for (PlanTheme t : plan.themes()) {
            List<ActionView> views = new ArrayList<>();
            for (Action a : t.actions()) {
                ActionView v = action(a, t);
                actions.put(a.ref(), v);
                views.add(v);
            }
            themes.add(new ThemeView(t.id(), t.title(), link(Addresses.theme(plan, t)), t.objectives(), views, Columns.of(views)));
        }
    }

    static PlanView planView(Plan plan, Progress progress, SiteConfig config) {
        return new PlanView(plan.id(), plan.title(), config.link(Addresses.plan(plan)), plan.period(), Dates.day(progress.asOf()),
                config.link(Addresses.print(plan)), config.link(Addresses.csv(plan)), config.link(Addresses.json(plan)),
                config.link(Addresses.FEED), (int) plan.actions().count(), config.link(Addresses.progressCsv(plan)));
    }

    List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(overview());
        for (int i = 0; i < plan.themes().size(); i++) jobs.add(theme(plan.themes().get(i), themes.get(i)));
        for (PlanTheme t : plan.themes()) for (Action a : t.actions()) jobs.add(actionPage(a, t));
        for (Map.Entry<Lead, List<Action>> e : Plans.leads(plan).entrySet()) jobs.add(lead(e.getKey(), e.getValue()));
        for (Progress.Round r : progress.rounds()) jobs.add(round(r));
        jobs.add(print());
        return jobs;
    }

    private Job overview() {
        String path = Addresses.plan(plan);
        PageContext page = base(plan.title(), words.word("plans.overview.description",
                        "Progress on the {plan}: what each partner committed to, and whether it is on track.").replace("{plan}", plan.title()),
                path, "plan", crumbs(false));
        Map<String, Object> c = new HashMap<>();
        List<Status> columns = progress.columns();
        c.put("plan", planView);
        c.put("description", html(plan.description(), plan.source(), plan.descriptionLine()));
        c.put("columns", columns.stream().map(words::legendBadge).toList());
        List<CountRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.themes().size(); i++) {
            PlanTheme t = plan.themes().get(i);
            rows.add(countRow(t.title(), themes.get(i).href(), t.actions(), columns));
        }
        CountRow total = countRow(words.word("plans.whole_plan", "Whole plan"), "", plan.actions().toList(), columns);
        c.put("rows", rows);
        c.put("total", total);
        c.put("chart", chart(columns, total));
        c.put("trend", trendView("plan-trend", plan.title(), plan.actions().toList()));
        c.put("themes", themes.stream().map(t -> new PlanViews.Link(t.title(), t.href(), words.count(t.actions().size()))).toList());
        List<RoundLink> rounds = new ArrayList<>(progress.rounds().stream().map(r -> roundLink(r.report())).toList());
        Collections.reverse(rounds);
        c.put("rounds", rounds);
        Optional<Progress.Round> latest = progress.rounds().isEmpty() ? Optional.empty()
                : Optional.of(progress.rounds().get(progress.rounds().size() - 1));
        c.put("hasLatest", latest.isPresent());
        c.put("latest", latest.map(r -> roundLink(r.report())).orElse(new RoundLink("", "", "")));
        c.put("latestSummary", latest.map(r -> html(r.report().summary(), r.report().source(), r.report().summaryLine())).orElse(""));
        c.put("leads", Plans.leads(plan).entrySet().stream()
                .map(e -> new PlanViews.Link(e.getKey().name(), link(Addresses.lead(plan, e.getKey())), words.count(e.getValue().size())))
                .toList());
        List<LinkRef> links = new ArrayList<>(links(plan.description()));
        latest.ifPresent(r -> links.addAll(links(r.report().summary())));
        return job(path, "plan", page, c, plan.source(), links);
    }

    private Job theme(PlanTheme t, ThemeView view) {
        String path = Addresses.theme(plan, t);
        PageContext page = base(t.title(), words.word("plans.theme.description",
                        "The actions under “{theme}” in the {plan}, and how each is doing.").replace("{theme}", t.title())
                        .replace("{plan}", plan.title()), path, "plan-theme", crumbs(true));
        Map<String, Object> c = new HashMap<>();
        c.put("plan", planView);
        c.put("theme", view);
        c.put("labels", labels);
        c.put("trend", trendView("theme-trend", t.title(), t.actions()));
        return job(path, "plan-theme", page, c, plan.source(), List.of());
    }

    private Job actionPage(Action a, PlanTheme t) {
        String path = Addresses.action(plan, a);
        List<Views.Link> crumbs = new ArrayList<>(crumbs(true));
        crumbs.add(new Views.Link(t.title(), link(Addresses.theme(plan, t))));
        PageContext page = base(a.ref() + " " + a.title(), words.word("plans.action.description",
                        "Action {ref} of the {plan}: who leads it, its milestones, and its progress.").replace("{ref}", a.ref())
                        .replace("{plan}", plan.title()), path, "plan-action", crumbs);
        Map<String, Object> c = new HashMap<>();
        c.put("plan", planView);
        c.put("action", actions.get(a.ref()));
        c.put("labels", labels);
        return job(path, "plan-action", page, c, plan.source(), List.of());
    }

    private Job lead(Lead lead, List<Action> led) {
        String path = Addresses.lead(plan, lead);
        PageContext page = base(lead.name(), words.word("plans.lead.description",
                        "What {lead} leads in the {plan}, and how each action is doing.").replace("{lead}", lead.name())
                        .replace("{plan}", plan.title()), path, "plan-partner", crumbs(true));
        Map<String, Object> c = new HashMap<>();
        List<ActionView> views = led.stream().map(a -> actions.get(a.ref())).toList();
        c.put("plan", planView);
        c.put("lead", lead);
        c.put("actions", views);
        c.put("labels", labels);
        c.put("counts", progress.counts(led).entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new PlanViews.Count(words.legendBadge(e.getKey()), e.getValue())).toList());
        c.put("csvHref", link(Addresses.leadCsv(plan, lead)));
        c.put("trend", trendView("lead-trend", lead.name(), led));
        latest(c);
        return job(path, "plan-partner", page, c, plan.source(), List.of());
    }

    private Job round(Progress.Round r) {
        Report report = r.report();
        String path = Addresses.report(plan, report.date());
        PageContext page = base(report.heading(), words.word("plans.report.description",
                        "What changed in the {plan} in the progress report of {date}.").replace("{plan}", plan.title())
                        .replace("{date}", Dates.day(report.date())), path, "plan-report", crumbs(true));
        Map<String, Object> c = new HashMap<>();
        c.put("plan", planView);
        c.put("round", roundLink(report));
        c.put("hasPrevious", r.previous().isPresent());
        c.put("previous", r.previous().map(this::roundLink).orElse(new RoundLink("", "", "")));
        c.put("summary", html(report.summary(), report.source(), report.summaryLine()));
        c.put("changes", r.changes().stream().map(ch -> new PlanViews.ChangeView(ch.action().ref(), ch.action().title(),
                link(Addresses.action(plan, ch.action())), words.badge(ch.from()), words.badge(ch.to()))).toList());
        c.put("done", r.done().stream().map(d -> new PlanViews.ItemView(d.action().ref(), d.action().title(),
                link(Addresses.action(plan, d.action())), d.milestone())).toList());
        c.put("notes", r.notes().stream().map(n -> new PlanViews.ItemView(n.action().ref(), n.action().title(),
                link(Addresses.action(plan, n.action())), n.note())).toList());
        return job(path, "plan-report", page, c, report.source(), links(report.summary()));
    }

    private Job print() {
        String path = Addresses.print(plan);
        PageContext page = base(words.word("plans.print.title", "{plan} (print version)").replace("{plan}", plan.title()),
                words.word("plans.print.description", "The whole {plan} with the status of every action, as one document to print.")
                        .replace("{plan}", plan.title()), path, "plan-print", crumbs(true));
        Map<String, Object> c = new HashMap<>();
        List<Status> columns = progress.columns();
        List<CountRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.themes().size(); i++) {
            rows.add(countRow(plan.themes().get(i).title(), "", plan.themes().get(i).actions(), columns));
        }
        c.put("plan", planView);
        c.put("description", html(plan.description(), plan.source(), plan.descriptionLine()));
        c.put("labels", labels);
        c.put("themes", themes);
        c.put("columns", columns.stream().map(words::legendBadge).toList());
        c.put("rows", rows);
        c.put("total", countRow(words.word("plans.whole_plan", "Whole plan"), "", plan.actions().toList(), columns));
        c.put("trend", trendView("print-trend", plan.title(), plan.actions().toList()));
        latest(c);
        return job(path, "plan-print", page, c, plan.source(), links(plan.description()));
    }

    /** The latest report round counted, for the title block of a page to print ({@code hasLatest}, {@code latest}). */
    private void latest(Map<String, Object> c) {
        List<Progress.Round> rounds = progress.rounds();
        c.put("hasLatest", !rounds.isEmpty());
        c.put("latest", rounds.isEmpty() ? new RoundLink("", "", "") : roundLink(rounds.get(rounds.size() - 1).report()));
    }

    /** The counts of {@code of} by status at each report round, as a chart and a table ({@code id} names its parts). */
    private PlanViews.TrendView trendView(String id, String scope, List<Action> of) {
        List<Status> columns = trend.columns();
        List<PlanViews.TrendRound> rounds = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<Trend.Point> points = trend.of(of);
        for (int i = 0; i < points.size(); i++) {
            Trend.Point p = points.get(i);
            List<Integer> counts = columns.stream().map(p.counts()::get).toList();
            List<PlanViews.Segment> segments = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            int total = of.size();
            int before = 0;
            for (int j = 0; j < columns.size(); j++) {
                int n = counts.get(j);
                if (n == 0) continue;
                segments.add(new PlanViews.Segment(columns.get(j).word(), n, percent(before, total), percent(n, total)));
                parts.add(words.word("plans.chart.part", "{status}: {count}").replace("{status}", words.lower(words.legend(columns.get(j))))
                        .replace("{count}", String.valueOf(n)));
                before += n;
            }
            String date = Dates.day(p.report().date());
            rounds.add(new PlanViews.TrendRound(date, p.report().heading(), link(Addresses.report(plan, p.report().date())), counts,
                    total, segments, i * TREND_ROW));
            sentences.add(words.word("plans.trend.round", "{date}: {parts}").replace("{date}", date)
                    .replace("{parts}", String.join(words.word("plans.chart.separator", "; "), parts)));
        }
        return new PlanViews.TrendView(id, words.word("plans.trend.title", "{scope}: actions by status at each progress report")
                        .replace("{scope}", scope),
                String.join(". ", sentences) + (sentences.isEmpty() ? "" : "."),
                words.word("plans.trend.caption", "Number of actions by status at each progress report"),
                columns.stream().map(words::legendBadge).toList(), rounds, points.size() * TREND_ROW);
    }

    /** The height of one round in a chart of progress over time: a line of text and a bar under it. */
    private static final int TREND_ROW = 64;

    private static String percent(int n, int of) {
        return BigDecimal.valueOf(n * 100.0 / Math.max(1, of)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private ActionView action(Action a, PlanTheme t) {
        Progress.ActionState st = progress.of(a);
        List<MilestoneView> milestones = st.milestones().stream().map(ms -> milestone(ms, words::word)).toList();
        List<HistoryView> history = st.history().stream().map(e -> new HistoryView(Dates.day(e.report().date()),
                e.report().heading(), link(Addresses.report(plan, e.report().date())), e.update().status().isPresent(),
                words.badge(e.update().status().orElse(Status.NONE)), e.update().note(), e.update().done())).toList();
        List<LeadView> leads = a.leads().stream().map(l -> new LeadView(l.name(), link(Addresses.lead(plan, l)))).toList();
        return new ActionView(a.ref(), a.title(), link(Addresses.action(plan, a)), t.title(), link(Addresses.theme(plan, t)),
                a.steps(), leads, a.by(), a.resources(), milestones, a.outcomes(), a.measures(), a.confidence(), a.risks(),
                badge(st), st.shown() == Status.OVERDUE, st.note(), st.updated().map(Dates::day).orElse(""), history, a.number(),
                extra(a), next(st));
    }

    private static Map<String, List<String>> extra(Action a) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Action.Extra e : a.extra()) out.put(e.label(), e.lines());
        return out;
    }

    /** The next milestone not done: the earliest due (an overdue one first), an undated one only when none is dated. */
    private String next(Progress.ActionState st) {
        return st.milestones().stream().filter(ms -> !ms.done())
                .min(Comparator.comparing((Progress.MilestoneState ms) -> ms.milestone().due().map(Due::date)
                        .orElse(LocalDate.MAX)))
                .map(ms -> {
                    MilestoneView v = milestone(ms, words::word);
                    return v.title() + " (" + v.stateText() + ")";
                }).orElse("");
    }

    /** The status shown, in words; an overdue action keeps what its report said visible. */
    private Badge badge(Progress.ActionState st) {
        if (st.shown() != Status.OVERDUE) return words.badge(st.shown());
        String text = st.reported() == Status.NONE
                ? words.word("plans.overdue.unreported", "{overdue} (no progress reported)")
                : words.word("plans.overdue.reported", "{overdue} (reported: {status})")
                        .replace("{status}", words.lower(words.status(st.reported())));
        return new Badge(Status.OVERDUE.word(), text.replace("{overdue}", words.status(Status.OVERDUE)));
    }

    /** A milestone as of the date, with its state in the words {@code word} gives ({@code (key, english) -> english} for English). */
    static MilestoneView milestone(Progress.MilestoneState ms, BinaryOperator<String> word) {
        Milestone m = ms.milestone();
        String due = m.due().map(Due::text).orElse("");
        if (ms.done()) {
            return new MilestoneView(m.title(), due, "done", word.apply("plans.milestone.done", "Done {date}")
                    .replace("{date}", Dates.day(ms.doneOn().get())));
        }
        if (ms.overdue()) {
            return new MilestoneView(m.title(), due, "overdue", word.apply("plans.milestone.overdue", "Overdue: due by {due}")
                    .replace("{due}", due));
        }
        if (m.due().isPresent()) {
            return new MilestoneView(m.title(), due, "due", word.apply("plans.milestone.due", "Due by {due}").replace("{due}", due));
        }
        return new MilestoneView(m.title(), due, "undated", word.apply("plans.milestone.undated", "No date set"));
    }

    private CountRow countRow(String label, String href, List<Action> of, List<Status> columns) {
        Map<Status, Integer> counts = progress.counts(of);
        return new CountRow(label, href, columns.stream().map(counts::get).toList(), of.size());
    }

    private PlanViews.Chart chart(List<Status> columns, CountRow total) {
        List<PlanViews.Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int max = Math.max(1, total.total());
        for (int i = 0; i < columns.size(); i++) {
            Status s = columns.get(i);
            int n = total.counts().get(i);
            bars.add(new PlanViews.Bar(i, s.word(), words.legend(s), n, BigDecimal.valueOf(n * 100.0 / max).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()));
            parts.add(words.word("plans.chart.part", "{status}: {count}").replace("{status}", words.lower(words.legend(s)))
                    .replace("{count}", String.valueOf(n)));
        }
        return new PlanViews.Chart("plan-chart", words.word("plans.chart.title", "Actions by status, as of {date}")
                        .replace("{date}", Dates.day(progress.asOf())),
                words.word("plans.chart.description", "Of {count}: {parts}.").replace("{count}", words.count(total.total()))
                        .replace("{parts}", String.join(words.word("plans.chart.separator", "; "), parts)), bars);
    }

    private RoundLink roundLink(Report r) {
        return new RoundLink(r.heading(), Dates.day(r.date()), link(Addresses.report(plan, r.date())));
    }

    private List<Views.Link> crumbs(boolean toPlan) {
        List<Views.Link> crumbs = new ArrayList<>();
        crumbs.add(new Views.Link(words.word("nav.home", "Home"), link("/")));
        crumbs.add(new Views.Link(words.word("plans.title", "Action plans"), link(Addresses.INDEX)));
        if (toPlan) crumbs.add(new Views.Link(plan.title(), link(Addresses.plan(plan))));
        return crumbs;
    }

    private PageContext base(String title, String description, String path, String layout, List<Views.Link> crumbs) {
        return ctx.base(title, description, path, layout, null, crumbs, "");
    }

    private String html(String markdown, String file, int line) {
        return markdown.isBlank() ? "" : render(markdown, file, line).html();
    }

    private List<LinkRef> links(String markdown) {
        Rendered r = rendered.get(markdown);
        return r == null ? List.of() : r.links();
    }

    private Rendered render(String markdown, String file, int line) {
        return rendered.computeIfAbsent(markdown, md -> ctx.markdown(md, file, line));
    }

    private String link(String path) {
        return config.link(path);
    }

    private static Job job(String path, String template, PageContext page, Map<String, Object> more, String source,
            List<LinkRef> links) {
        return new Job(SiteRenderer.output(path), template, page, more, source, links);
    }
}
