package org.waymark.plans;

import static org.waymark.html.Html.escape;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.waymark.config.SiteConfig;
import org.waymark.model.Action;
import org.waymark.model.Due;
import org.waymark.model.Labels;
import org.waymark.model.Lead;
import org.waymark.model.Milestone;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.model.Report;
import org.waymark.model.Status;

/**
 * The machine-readable forms of the plans: each plan as CSV (one row per action) and JSON, and an Atom
 * feed with one entry per report round. Everything is derived from the plan and the as-of date, so the
 * same content always gives the same files.
 */
final class Exports {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Lists inside one CSV cell are one item per line, which spreadsheets show inside the cell. */
    private static final String IN_CELL = "\n";

    private Exports() {}

    /** One row of the CSV. */
    @JsonPropertyOrder({"ref", "theme", "title", "steps", "leads", "by", "resources", "milestones", "outcomes", "measures",
            "confidence", "risks", "status", "reported_status", "status_note", "last_updated"})
    record Row(String ref, String theme, String title, String steps, String leads, String by, String resources,
            String milestones, String outcomes, String measures, String confidence, String risks, String status,
            @JsonProperty("reported_status") String reportedStatus, @JsonProperty("status_note") String statusNote,
            @JsonProperty("last_updated") String lastUpdated) {}

    /**
     * The plan as CSV with a header row, one row per action, starting with a byte order mark so that
     * spreadsheet programs read it as UTF-8 (plans are full of £ and –).
     */
    static String csv(Progress progress) {
        return csv(progress, progress.plan().actions().toList());
    }

    /**
     * Those of the plan's actions that are in {@code only} (a lead's), as {@link #csv(Progress)} writes them: the
     * same columns, the plan's own fields (extra) included.
     */
    static String csv(Progress progress, List<Action> only) {
        Plan plan = progress.plan();
        List<Row> rows = new ArrayList<>();
        List<Action> shown = new ArrayList<>();
        for (PlanTheme t : plan.themes()) {
            for (Action a : t.actions()) {
                if (!only.contains(a)) continue;
                Progress.ActionState st = progress.of(a);
                rows.add(new Row(a.ref(), t.title(), a.title(), cell(a.steps()),
                        cell(a.leads().stream().map(Lead::name).toList()), cell(a.by()), cell(a.resources()),
                        cell(st.milestones().stream().map(Exports::milestone).toList()), cell(a.outcomes()), cell(a.measures()),
                        cell(a.confidence()), cell(a.risks()), st.shown().word(), st.reported().word(), st.note(),
                        st.updated().map(LocalDate::toString).orElse("")));
                shown.add(a);
            }
        }
        // the plan's own fields (extra) follow Waymark's, one column each, in the order the plan first gives them
        List<String> extra = plan.actions().flatMap(a -> a.extra().stream().map(Action.Extra::label)).distinct().toList();
        CsvMapper mapper = new CsvMapper();
        CsvSchema.Builder columns = CsvSchema.builder();
        mapper.schemaFor(Row.class).forEach(c -> columns.addColumn(c.getName()));
        extra.forEach(columns::addColumn);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> m = new LinkedHashMap<>();
            mapper.convertValue(rows.get(i), Map.class).forEach((k, v) -> m.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
            for (Action.Extra e : shown.get(i).extra()) m.put(e.label(), cell(e.lines()));
            out.add(m);
        }
        return write(mapper, columns.build(), out);
    }

    /** One row of the long-format table of progress over time. */
    @JsonPropertyOrder({"round", "theme", "partner", "status", "count"})
    record TallyRow(String round, String theme, String partner, String status, int count) {
        static TallyRow of(Trend.Tally t) {
            return new TallyRow(t.report().date().toString(), t.theme(), t.partner(), t.status().word(), t.count());
        }
    }

    /**
     * The plan's progress over time as CSV in long format: one row per report round, scope and status with the count
     * of actions. A row with neither theme nor partner counts the whole plan; with a theme, that theme's actions;
     * with a partner, the actions it leads.
     */
    static String progressCsv(Trend trend) {
        CsvMapper mapper = new CsvMapper();
        return write(mapper, mapper.schemaFor(TallyRow.class), trend.tallies().stream().map(TallyRow::of).toList());
    }

    /** CSV with a header row and a byte order mark, so that spreadsheet programs read it as UTF-8 (plans are full of £ and –). */
    private static String write(CsvMapper mapper, CsvSchema schema, List<?> rows) {
        try {
            return "\uFEFF" + mapper.writer(schema.withHeader().withLineSeparator("\r\n")).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String milestone(Progress.MilestoneState ms) {
        Milestone m = ms.milestone();
        List<String> about = new ArrayList<>();
        m.due().ifPresent(d -> about.add("due " + d.iso()));
        ms.doneOn().ifPresent(d -> about.add("done " + d));
        if (ms.overdue()) about.add("overdue");
        return about.isEmpty() ? m.title() : m.title() + " (" + String.join("; ", about) + ")";
    }

    private static String cell(List<String> items) {
        return String.join(IN_CELL, items);
    }

    // ---------------------------------------------------------------- JSON

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlanJson(String id, String title, String url, String start, String end, @JsonProperty("as_of") String asOf,
            Labels labels, List<ThemeJson> themes, List<ReportJson> reports, List<TallyRow> progress) {}

    record ThemeJson(String id, String title, List<String> objectives, List<ActionJson> actions) {}

    record LeadJson(@JsonInclude(JsonInclude.Include.NON_NULL) String id, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MilestoneJson(String title, String due, String done, String state) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UpdateJson(String date, String status, String note, List<String> done) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionJson(String ref, String title, String url, List<String> steps, List<LeadJson> leads, List<String> by,
            List<String> resources, List<MilestoneJson> milestones, List<String> outcomes, List<String> measures,
            List<String> confidence, List<String> risks, String status, @JsonProperty("reported_status") String reportedStatus,
            @JsonProperty("status_note") String statusNote, @JsonProperty("last_updated") String lastUpdated,
            List<UpdateJson> history, String number, Map<String, List<String>> extra) {}

    private static Map<String, List<String>> extraJson(Action a) {
        if (a.extra().isEmpty()) return null;
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Action.Extra e : a.extra()) out.put(e.label(), e.lines());
        return out;
    }

    record ReportJson(String date, String title, String url, String summary) {}

    /** The plan, its status as of the date and every counted report, as JSON. */
    static String json(Progress progress, SiteConfig config) {
        Plan plan = progress.plan();
        List<ThemeJson> themes = new ArrayList<>();
        for (PlanTheme t : plan.themes()) {
            List<ActionJson> actions = new ArrayList<>();
            for (Action a : t.actions()) {
                Progress.ActionState st = progress.of(a);
                actions.add(new ActionJson(a.ref(), a.title(), config.absolute(Addresses.action(plan, a)), a.steps(),
                        a.leads().stream().map(l -> new LeadJson(l.isPartner() ? l.partnerId() : null, l.name())).toList(),
                        a.by(), a.resources(),
                        st.milestones().stream().map(ms -> new MilestoneJson(ms.milestone().title(),
                                ms.milestone().due().map(Due::iso).orElse(null), ms.doneOn().map(LocalDate::toString).orElse(null),
                                PlanPages.milestone(ms, (key, english) -> english).state())).toList(),
                        a.outcomes(), a.measures(), a.confidence(), a.risks(), st.shown().word(), st.reported().word(),
                        st.note().isEmpty() ? null : st.note(), st.updated().map(LocalDate::toString).orElse(null),
                        st.history().stream().map(e -> new UpdateJson(e.report().date().toString(),
                                e.update().status().map(Status::word).orElse(null),
                                e.update().note().isEmpty() ? null : e.update().note(), e.update().done())).toList(),
                        a.number().isEmpty() ? null : a.number(), extraJson(a)));
            }
            themes.add(new ThemeJson(t.id(), t.title(), t.objectives(), actions));
        }
        List<ReportJson> reports = progress.rounds().stream().map(r -> new ReportJson(r.report().date().toString(),
                r.report().heading(), config.absolute(Addresses.report(plan, r.report().date())), r.report().summary())).toList();
        PlanJson json = new PlanJson(plan.id(), plan.title(), config.absolute(Addresses.plan(plan)),
                plan.start().map(Object::toString).orElse(null), plan.end().map(Object::toString).orElse(null),
                progress.asOf().toString(), plan.labels(), themes, reports,
                new Trend(progress).tallies().stream().map(TallyRow::of).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- Atom

    /** An Atom 1.0 feed with one entry per report round of every plan, newest first. */
    static String atom(List<Progress> plans, SiteConfig config, LocalDate asOf) {
        record Entry(Progress progress, Progress.Round round) {}
        List<Entry> entries = new ArrayList<>();
        for (Progress p : plans) for (Progress.Round r : p.rounds()) entries.add(new Entry(p, r));
        entries.sort(Comparator.comparing((Entry e) -> e.round().report().date()).reversed()
                .thenComparing(e -> e.progress().plan().id()));
        LocalDate updated = entries.isEmpty() ? asOf : entries.get(0).round().report().date();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "title", config.title() + ": action plan progress reports");
            text(x, "subtitle", "Each progress-report round of the partnership's action plans: what changed since the round before.");
            text(x, "id", config.absolute(Addresses.FEED));
            text(x, "updated", timestamp(updated));
            link(x, "self", "application/atom+xml", config.absolute(Addresses.FEED));
            link(x, "alternate", "text/html", config.absolute(Addresses.INDEX));
            x.writeCharacters("\n  ");
            x.writeStartElement(ATOM, "author");
            text(x, "name", config.title());
            x.writeCharacters("\n  ");
            x.writeEndElement();
            for (Entry e : entries) entry(x, e.progress().plan(), e.round(), config);
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
        return out + "\n";
    }

    private static void entry(XMLStreamWriter x, Plan plan, Progress.Round round, SiteConfig config) throws XMLStreamException {
        Report r = round.report();
        String url = config.absolute(Addresses.report(plan, r.date()));
        x.writeCharacters("\n");
        x.writeStartElement(ATOM, "entry");
        text(x, "title", plan.title() + ": " + r.heading());
        text(x, "id", url);
        text(x, "updated", timestamp(r.date()));
        link(x, "alternate", "text/html", url);
        String counts = changes(round.changes().size(), "status change", "status changes") + ", "
                + changes(round.done().size(), "milestone done", "milestones done") + ", "
                + changes(round.notes().size(), "new note", "new notes") + ".";
        x.writeCharacters("\n  ");
        x.writeStartElement(ATOM, "summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(r.summary().isBlank() ? counts : plainText(r.summary()));
        x.writeEndElement();
        x.writeCharacters("\n  ");
        x.writeStartElement(ATOM, "content");
        x.writeAttribute("type", "html");
        x.writeCharacters(contentHtml(plan, round, counts, config));
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
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

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement(ATOM, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement(ATOM, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
