package org.waymark.plans;

import static org.waymark.html.Html.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.waymark.config.SiteConfig;
import org.waymark.export.AtomFeed;
import org.waymark.export.PlanCsv;
import org.waymark.export.PlanJson;
import org.waymark.model.Action;
import org.waymark.model.Due;
import org.waymark.model.Lead;
import org.waymark.model.Milestone;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.model.Report;
import org.waymark.model.Status;

/**
 * What the machine-readable forms of the plans hold, which {@code export/} writes: each plan as CSV (one row per
 * action) and JSON, and an Atom feed with one entry per report round. Everything is derived from the plan and the
 * as-of date, so the same content always gives the same files.
 */
final class Exports {
    private Exports() {}

    /** The plan as CSV, one row per action. */
    static String csv(Progress progress) {
        return csv(progress, progress.plan().actions().toList());
    }

    /**
     * Those of the plan's actions that are in {@code only} (a lead's), as {@link #csv(Progress)} writes them: the
     * same columns, the plan's own fields (extra) included.
     */
    static String csv(Progress progress, List<Action> only) {
        Plan plan = progress.plan();
        List<PlanCsv.Row> rows = new ArrayList<>();
        for (PlanTheme t : plan.themes()) {
            for (Action a : t.actions()) {
                if (!only.contains(a)) continue;
                Progress.ActionState st = progress.of(a);
                Map<String, String> extra = new LinkedHashMap<>();
                for (Action.Extra e : a.extra()) extra.put(e.label(), PlanCsv.cell(e.lines()));
                rows.add(new PlanCsv.Row(a.ref(), t.title(), a.title(), PlanCsv.cell(a.steps()),
                        PlanCsv.cell(a.leads().stream().map(Lead::name).toList()), PlanCsv.cell(a.by()), PlanCsv.cell(a.resources()),
                        PlanCsv.cell(st.milestones().stream().map(Exports::milestone).toList()), PlanCsv.cell(a.outcomes()),
                        PlanCsv.cell(a.measures()), PlanCsv.cell(a.confidence()), PlanCsv.cell(a.risks()), st.shown().word(),
                        st.reported().word(), st.note(), st.updated().map(LocalDate::toString).orElse(""), extra));
            }
        }
        // the plan's own fields (extra) follow Waymark's, one column each, in the order the plan first gives them
        List<String> extra = plan.actions().flatMap(a -> a.extra().stream().map(Action.Extra::label)).distinct().toList();
        return PlanCsv.actions(rows, extra);
    }

    private static PlanCsv.TallyRow tally(Trend.Tally t) {
        return new PlanCsv.TallyRow(t.report().date().toString(), t.theme(), t.partner(), t.status().word(), t.count());
    }

    /** The plan's progress over time as CSV in long format: one row per report round, scope and status. */
    static String progressCsv(Trend trend) {
        return PlanCsv.progress(trend.tallies().stream().map(Exports::tally).toList());
    }

    private static String milestone(Progress.MilestoneState ms) {
        Milestone m = ms.milestone();
        List<String> about = new ArrayList<>();
        m.due().ifPresent(d -> about.add("due " + d.iso()));
        ms.doneOn().ifPresent(d -> about.add("done " + d));
        if (ms.overdue()) about.add("overdue");
        return about.isEmpty() ? m.title() : m.title() + " (" + String.join("; ", about) + ")";
    }

    // ---------------------------------------------------------------- JSON

    private static Map<String, List<String>> extraJson(Action a) {
        if (a.extra().isEmpty()) return null;
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Action.Extra e : a.extra()) out.put(e.label(), e.lines());
        return out;
    }

    /** The plan, its status as of the date and every counted report, as JSON. */
    static String json(Progress progress, SiteConfig config) {
        Plan plan = progress.plan();
        List<PlanJson.Theme> themes = new ArrayList<>();
        for (PlanTheme t : plan.themes()) {
            List<PlanJson.Action> actions = new ArrayList<>();
            for (Action a : t.actions()) {
                Progress.ActionState st = progress.of(a);
                actions.add(new PlanJson.Action(a.ref(), a.title(), config.absolute(Addresses.action(plan, a)), a.steps(),
                        a.leads().stream().map(l -> new PlanJson.Lead(l.isPartner() ? l.partnerId() : null, l.name())).toList(),
                        a.by(), a.resources(),
                        st.milestones().stream().map(ms -> new PlanJson.Milestone(ms.milestone().title(),
                                ms.milestone().due().map(Due::iso).orElse(null), ms.doneOn().map(LocalDate::toString).orElse(null),
                                PlanPages.milestone(ms, (key, english) -> english).state())).toList(),
                        a.outcomes(), a.measures(), a.confidence(), a.risks(), st.shown().word(), st.reported().word(),
                        st.note().isEmpty() ? null : st.note(), st.updated().map(LocalDate::toString).orElse(null),
                        st.history().stream().map(e -> new PlanJson.Update(e.report().date().toString(),
                                e.update().status().map(Status::word).orElse(null),
                                e.update().note().isEmpty() ? null : e.update().note(), e.update().done())).toList(),
                        a.number().isEmpty() ? null : a.number(), extraJson(a)));
            }
            themes.add(new PlanJson.Theme(t.id(), t.title(), t.objectives(), actions));
        }
        List<PlanJson.Report> reports = progress.rounds().stream().map(r -> new PlanJson.Report(r.report().date().toString(),
                r.report().heading(), config.absolute(Addresses.report(plan, r.report().date())), r.report().summary())).toList();
        return PlanJson.write(new PlanJson.Document(plan.id(), plan.title(), config.absolute(Addresses.plan(plan)),
                plan.start().map(Object::toString).orElse(null), plan.end().map(Object::toString).orElse(null),
                progress.asOf().toString(), PlanJson.LabelsJson.of(plan.labels()), themes, reports,
                new Trend(progress).tallies().stream().map(Exports::tally).toList()));
    }

    // ---------------------------------------------------------------- Atom

    /** An Atom 1.0 feed with one entry per report round of every plan, newest first. */
    static String atom(List<Progress> plans, SiteConfig config, LocalDate asOf) {
        record Round(Progress progress, Progress.Round round) {}
        List<Round> rounds = new ArrayList<>();
        for (Progress p : plans) for (Progress.Round r : p.rounds()) rounds.add(new Round(p, r));
        rounds.sort(Comparator.comparing((Round e) -> e.round().report().date()).reversed()
                .thenComparing(e -> e.progress().plan().id()));
        LocalDate updated = rounds.isEmpty() ? asOf : rounds.get(0).round().report().date();
        List<AtomFeed.Entry> entries = rounds.stream().map(e -> entry(e.progress().plan(), e.round(), config)).toList();
        return AtomFeed.write(new AtomFeed.Feed(config.title() + ": action plan progress reports",
                "Each progress-report round of the partnership's action plans: what changed since the round before.",
                config.absolute(Addresses.FEED), config.absolute(Addresses.INDEX), config.title(), updated, entries));
    }

    private static AtomFeed.Entry entry(Plan plan, Progress.Round round, SiteConfig config) {
        Report r = round.report();
        String counts = changes(round.changes().size(), "status change", "status changes") + ", "
                + changes(round.done().size(), "milestone done", "milestones done") + ", "
                + changes(round.notes().size(), "new note", "new notes") + ".";
        return new AtomFeed.Entry(plan.title() + ": " + r.heading(), config.absolute(Addresses.report(plan, r.date())), r.date(),
                r.summary().isBlank() ? counts : plainText(r.summary()), contentHtml(plan, round, counts, config));
    }

    /** A report summary's Markdown as plain text for feed readers: emphasis marks and link targets removed. */
    static String plainText(String markdown) {
        return markdown.strip()
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("(?s)(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?m)^#+\\s*", "");
    }

    /** What changed in the round, as HTML for feed readers (escaped into the feed by the XML writer). */
    private static String contentHtml(Plan plan, Progress.Round round, String counts, SiteConfig config) {
        Function<Action, String> action = a -> "<a href=\"" + escape(config.absolute(Addresses.action(plan, a))) + "\">"
                + escape(a.ref() + " " + a.title()) + "</a>";
        StringBuilder h = new StringBuilder("<p>").append(escape(counts)).append("</p>");
        if (!round.changes().isEmpty()) {
            h.append("<h2>Status changes</h2><ul>");
            for (Progress.StatusChange c : round.changes()) {
                h.append("<li>").append(action.apply(c.action())).append(": ").append(escape(c.from().label()))
                        .append(" → ").append(escape(c.to().label())).append("</li>");
            }
            h.append("</ul>");
        }
        if (!round.done().isEmpty()) {
            h.append("<h2>Milestones done</h2><ul>");
            for (Progress.MilestoneDone d : round.done()) {
                h.append("<li>").append(action.apply(d.action())).append(": ").append(escape(d.milestone())).append("</li>");
            }
            h.append("</ul>");
        }
        if (!round.notes().isEmpty()) {
            h.append("<h2>New notes</h2><ul>");
            for (Progress.Note n : round.notes()) {
                h.append("<li>").append(action.apply(n.action())).append(": ").append(escape(n.note())).append("</li>");
            }
            h.append("</ul>");
        }
        return h.toString();
    }

    private static String changes(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
