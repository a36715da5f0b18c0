package org.waymark.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.importer.Draft.ActionDraft;
import org.waymark.importer.Draft.ThemeDraft;

/**
 * The one mapping stage: tables from any source become the plan's themes and actions. The header row is
 * found below any title rows; a heading before a table, a row spanning the table, or the theme column names
 * the theme; merged and blank theme and aim cells are filled down; each line of a cell is one item; refs
 * are read from the ref column or the start of the title, and made unique. Package-private.
 */
final class Mapping {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦‣*–—o○-]|\\u2022)\\s+");
    /** "8.1. Awareness raising", "Objective 1 - Data collection", "Priority 3: Training", "2.1 Introduce". */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?:theme|objective|priority|strand|aim|section|outcome)\\s+)?(\\d{1,3}(?:\\s?\\.\\s?\\d{1,3}){0,3})\\s*[.:)\\-–—]?\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** "Objective 3.1", "Priority 2": a heading that is only a label and a number. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:theme|objective|priority|strand|aim|section|outcome)\\s+(\\d{1,3}(?:\\.\\d{1,3}){0,3})\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A row that starts with "Objective 3", "Priority 2": always a theme, never an aim. */
    private static final Pattern LABELLED = Pattern.compile("^(?:theme|objective|priority|strand|section)\\s+\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern REF = Pattern.compile("^\\d{1,3}(?:\\s?\\.\\s?\\d{1,3}){0,3}[a-z]?$");
    private static final List<String> ITEM_FIELDS = List.of("steps", "by", "resources", "outcomes", "measures", "confidence", "risks");

    private final Map<String, String> mapped;
    private final Leads leads;
    private final Draft draft = new Draft();
    private ThemeDraft theme;
    private ActionDraft last;
    private boolean themeJustNamed;
    private String themeCell = "";
    private String aimCell = "";

    private final String defaultTheme;

    private Mapping(Map<String, String> mapped, Leads leads, String defaultTheme) {
        this.mapped = mapped;
        this.leads = leads;
        this.defaultTheme = defaultTheme;
    }

    /**
     * The plan in {@code tables}, or empty when no table has a header row with a title column.
     *
     * @param mapped the editor's --map, header key to field
     * @param defaultTheme the title of the theme of rows that no heading or theme column puts in a theme, if the
     *     document has no title of its own
     */
    static Optional<Draft> map(List<Table> tables, Map<String, String> mapped, Leads leads, String defaultTheme) {
        Mapping m = new Mapping(mapped, leads, defaultTheme);
        Columns columns = null;
        boolean spreadsheet = tables.stream().noneMatch(Table::titleRowsNameThemes);
        int read = 0;
        for (Table t : tables) {
            m.notes(t.before(), read == 0 || t.rows().isEmpty()); // text after the last table is the plan's, not a theme's
            if (t.rows().isEmpty()) continue;
            if (spreadsheet && read > 0) {
                m.draft.unread.add(new Draft.Unread(t.name(), "the sheet was not imported: the plan is read from the first sheet with a table"));
                continue;
            }
            int header = -1;
            for (int i = 0; i < Math.min(t.rows().size(), 30) && header < 0; i++) {
                if (Columns.isHeader(t.rows().get(i).cells(), mapped)) header = i;
            }
            if (header >= 0) {
                columns = Columns.of(t.rows().get(header).cells(), mapped, t.rows().subList(header + 1, t.rows().size()));
                m.columns(columns);
            } else if (columns == null || spreadsheet) {
                m.draft.unread.add(new Draft.Unread(t.name().isEmpty() ? "the file" : t.name(), "no header row with a title column"));
                continue;
            }
            read++;
            m.draft.unread.addAll(t.unread());
            for (int i = 0; i < t.rows().size(); i++) {
                Table.Row row = t.rows().get(i);
                if (i < header) m.titleRow(row, t.titleRowsNameThemes());
                else if (i > header) m.row(row, columns);
            }
        }
        if (columns == null) return Optional.empty();
        m.finish();
        return Optional.of(m.draft);
    }

    private void columns(Columns columns) {
        for (int i = 0; i < columns.size(); i++) {
            String field = columns.field(i);
            Draft.Mapped c = new Draft.Mapped(columns.label(i), field.equals(Columns.EXTRA) ? "extra field \"" + columns.label(i) + "\"" : field);
            if (!draft.columns.contains(c)) draft.columns.add(c);
            if (field.equals(Columns.EXTRA) && !draft.extras.contains(columns.label(i))) draft.extras.add(columns.label(i));
        }
    }

    /** Paragraphs before a table: progress of the action above, the plan's title and introduction, or a theme. */
    private void notes(List<Table.Note> notes, boolean first) {
        int i = 0;
        while (i < notes.size() && notes.get(i).kind() == Table.Kind.EMPHASIS && last != null) progress(last, notes.get(i++).text());
        List<Table.Note> rest = new ArrayList<>();
        for (; i < notes.size(); i++) {
            Table.Note n = notes.get(i);
            if (n.kind() == Table.Kind.TITLE && draft.title.isEmpty()) draft.title = n.text();
            else rest.add(n);
        }
        int lastHeading = -1;
        int firstHeading = -1;
        for (int k = 0; k < rest.size(); k++) {
            if (rest.get(k).kind() == Table.Kind.HEADING) {
                lastHeading = k;
                if (firstHeading < 0) firstHeading = k;
            }
        }
        if (lastHeading < 0) {
            for (Table.Note n : rest) {
                if (first || theme == null) draft.description.add(n.text());
                else theme.objective(n.text());
            }
            return;
        }
        List<String> before = new ArrayList<>();
        for (int k = 0; k < lastHeading; k++) {
            Table.Note n = rest.get(k);
            if (k < firstHeading && (first || theme == null)) {
                draft.description.add(n.text());
            } else if (n.kind() == Table.Kind.HEADING && k + 1 < lastHeading && rest.get(k + 1).kind() == Table.Kind.TEXT) {
                before.add(n.text() + ": " + rest.get(++k).text()); // "Objective 3: Adults and children …"
            } else {
                before.add(n.text());
            }
        }
        String heading = rest.get(lastHeading).text();
        List<String> after = new ArrayList<>(rest.subList(lastHeading + 1, rest.size()).stream().map(Table.Note::text).toList());
        Matcher label = LABEL.matcher(heading);
        String title = heading;
        if (label.matches() && !after.isEmpty()) title = label.group(1) + " " + after.remove(0);
        startTheme(title);
        before.forEach(theme::objective);
        after.forEach(theme::objective);
    }

    /** A row above the header: the plan's title and introduction (spreadsheets) or a theme and its aims (Word). */
    private void titleRow(Table.Row row, boolean namesTheme) {
        String text = row.single().isEmpty() ? String.join(" ", row.cells().stream().filter(c -> !c.isBlank()).distinct().toList())
                : row.single();
        if (namesTheme) {
            if (themeJustNamed && theme != null && !LABELLED.matcher(text).find()) items(text).forEach(theme::objective);
            else startTheme(text);
        } else if (draft.title.isEmpty()) {
            draft.title = text.replaceAll("\\s+", " ").strip();
        } else {
            draft.description.add(text);
        }
    }

    private void startTheme(String written) {
        String text = written.replaceAll("\\s+", " ").strip();
        Matcher m = NUMBERED.matcher(text);
        Matcher label = LABEL.matcher(text);
        String id = null;
        String title = text;
        if (label.matches() && draft.themes.stream().noneMatch(t -> t.id.equals(label.group(1)))) {
            id = label.group(1);
        } else if (m.matches()) {
            String n = m.group(1).replaceAll("\\s", "");
            if (draft.themes.stream().noneMatch(t -> t.id.equals(n))) {
                id = n;
                title = m.group(2).strip();
            }
        }
        for (int n = draft.themes.size() + 1; id == null; n++) {
            String candidate = String.valueOf(n);
            if (draft.themes.stream().noneMatch(t -> t.id.equals(candidate))) id = candidate;
        }
        theme = new ThemeDraft(id, title);
        draft.themes.add(theme);
        themeJustNamed = true;
    }

    private ThemeDraft theme() {
        if (theme == null) startTheme(draft.title.isEmpty() ? defaultTheme : draft.title);
        return theme;
    }

    private void row(Table.Row row, Columns columns) {
        if (row.blank()) return;
        if (row.cells().stream().map(Columns::key).toList().equals(columns.header().stream().map(Columns::key).toList())) {
            return; // the header again, as on each page of a long table
        }
        if (isThemeRow(row, columns)) {
            if (themeJustNamed && theme != null && theme.actions.isEmpty() && !LABELLED.matcher(row.single()).find()) {
                items(row.single()).forEach(theme::objective);
            }
            else startTheme(row.single());
            return;
        }
        // the theme and aim columns: a blank cell under a filled one is filled down
        String themeText = columns.column("theme").map(row::cell).map(String::strip).orElse("");
        if (!themeText.isEmpty() && !themeText.equals(themeCell)) {
            themeCell = themeText;
            aimCell = "";
            startTheme(themeText);
        }
        String aim = columns.column("objectives").map(row::cell).map(String::strip).orElse("");
        if (!aim.isEmpty()) aimCell = aim;
        if (!aimCell.isEmpty()) items(aimCell).forEach(theme()::objective);
        boolean onlyTheme = true;
        for (int i = 0; i < columns.size(); i++) {
            String f = columns.field(i);
            if (!row.cell(i).isBlank() && !f.equals("theme") && !f.equals("objectives") && !f.equals(Columns.IGNORE)) onlyTheme = false;
        }
        if (onlyTheme) return; // a row that only names a theme or its aims

        String refCell = columns.column("ref").map(row::cell).map(s -> s.replaceAll("\\s+", " ").strip()).orElse("");
        StatusWords.Leading lead = StatusWords.leading(refCell);
        String ref = tidyRef(lead.rest());
        List<String> titleLines = columns.column("title").map(row::cell).orElse("").lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String title = titleLines.isEmpty() ? "" : titleLines.get(0);
        Matcher numbered = NUMBERED.matcher(title);
        if (numbered.matches() && REF.matcher(numbered.group(1)).matches()) {
            String n = tidyRef(numbered.group(1));
            if (ref.isEmpty() || ref.equals(n)) {
                ref = n;
                title = numbered.group(2).strip();
            }
        }
        ActionDraft action;
        boolean goesOn = last != null && last.theme == theme && (ref.isEmpty() && title.isEmpty() || !ref.isEmpty() && ref.equals(last.ref));
        if (goesOn) {
            action = last;
            if (!title.isEmpty() && !title.equals(action.title)) action.add("steps", List.of(title));
        } else {
            if (ref.isEmpty() && title.isEmpty()) {
                // no action above to go on with: the row is an action of its own, titled by its first filled cell
                title = row.cells().stream().filter(c -> !c.isBlank()).findFirst().map(c -> items(c).get(0)).orElse("Action");
                draft.unread.add(new Draft.Unread(row.place(), "this row has no action title and no action above it, so its first"
                        + " cell was taken as its title"));
            }
            if (title.isEmpty()) title = "Action " + ref;
            action = new ActionDraft(row.place(), row.line(), theme(), ref, title.replaceAll("\\s+", " "));
            theme.actions.add(action);
            themeJustNamed = false;
        }
        if (titleLines.size() > 1) action.add("steps", titleLines.subList(1, titleLines.size()));
        lead.status().ifPresent(s -> action.status = Optional.of(s));
        last = action;
        for (int i = 0; i < columns.size(); i++) cell(action, columns, i, row);
    }

    private void cell(ActionDraft a, Columns columns, int i, Table.Row row) {
        String field = columns.field(i);
        String text = row.cell(i);
        if (text.isBlank()) return;
        switch (field) {
            case "ref", "title", "theme", "objectives", Columns.IGNORE -> { }
            case "leads" -> {
                List<String> ids = new ArrayList<>();
                for (String written : Leads.split(text.lines().map(l -> BULLET.matcher(l).replaceFirst("")).toList())) {
                    Optional<String> id = leads.match(written);
                    // "Health visitors" and "Health Visitors" are one name, written as it was first
                    String name = draft.unmatched.keySet().stream().filter(written::equalsIgnoreCase).findFirst().orElse(written);
                    if (id.isEmpty()) draft.unmatched.putIfAbsent(name, row.place(i));
                    ids.add(id.orElse(name));
                }
                a.add("leads", ids);
            }
            case "milestones" -> {
                for (String line : items(text)) {
                    Timescales.Milestone m = Timescales.milestone(line);
                    Map<String, String> out = new LinkedHashMap<>();
                    out.put("title", m.title());
                    m.due().ifPresent(d -> out.put("due", d));
                    if (m.due().isEmpty() && Timescales.looksLikeDate(line)) {
                        draft.unread.add(new Draft.Unread(row.place(i), "the date in \"" + line + "\" cannot be read; the milestone has no due date"));
                    }
                    a.milestone(out);
                }
            }
            case "progress" -> progress(a, text);
            case Columns.EXTRA -> a.extra(columns.label(i), items(text));
            default -> a.add(field, items(text));
        }
    }

    /** Progress on an action: its note, and its status when no status word came before. */
    private static void progress(ActionDraft a, String text) {
        a.progress(text);
        if (a.status.isEmpty()) a.status = StatusWords.of(text);
    }

    /** A row that names a theme: one cell across the table, or one filled cell that is not an action's ref or title. */
    private static boolean isThemeRow(Table.Row row, Columns columns) {
        String single = row.single();
        if (single.isEmpty()) return false;
        if (row.spans()) return true;
        int filled = -1;
        for (int i = 0; i < row.cells().size(); i++) if (!row.cell(i).isBlank()) filled = i;
        String field = columns.field(filled);
        if (field.equals("title") || field.equals("theme") || field.equals("objectives")) return false;
        if (field.equals("ref")) return !REF.matcher(tidyRef(StatusWords.leading(single).rest())).matches();
        return filled == 0;
    }

    /** "4. 4" → "4.4", "3.1." → "3.1". */
    static String tidyRef(String ref) {
        String r = ref.strip();
        if (REF.matcher(r.replaceAll("\\.$", "")).matches()) r = r.replaceAll("\\s", "").replaceAll("\\.$", "");
        return r;
    }

    /** The items of a cell: one per line, bullets taken off. */
    static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String item = BULLET.matcher(p).replaceFirst("").strip();
            if (!item.isEmpty()) out.add(item);
        }
        return out;
    }

    /** Refs that restart in each theme get the theme's id before them; rows without a ref get one; no ref twice. */
    private void finish() {
        Map<String, ThemeDraft> seen = new HashMap<>();
        boolean restart = false;
        for (ThemeDraft t : draft.themes) {
            for (ActionDraft a : t.actions) {
                if (a.ref.isEmpty()) continue;
                ThemeDraft other = seen.putIfAbsent(a.ref, t);
                if (other != null && other != t) restart = true;
            }
        }
        Map<String, ActionDraft> taken = new HashMap<>();
        for (ThemeDraft t : draft.themes) {
            for (ActionDraft a : t.actions) {
                if (a.ref.isEmpty()) continue;
                if (restart && !a.ref.startsWith(t.id + ".")) {
                    a.number = a.ref;
                    a.ref = t.id + "." + a.ref;
                    draft.made.add(new Draft.Made(a.ref, a.place, "refs restart in each theme, so theme " + t.id
                            + "'s id is put before the document's number, " + a.number));
                }
                ActionDraft first = taken.putIfAbsent(a.ref, a);
                if (first != null) {
                    String again = free(a.ref + "-2", taken);
                    draft.made.add(new Draft.Made(again, a.place, "the ref " + a.ref + " is used again (first at " + first.place + ")"));
                    if (a.number.isEmpty()) a.number = a.ref;
                    a.ref = again;
                    taken.put(again, a);
                }
            }
        }
        for (ThemeDraft t : draft.themes) {
            for (int i = 0; i < t.actions.size(); i++) {
                ActionDraft a = t.actions.get(i);
                if (!a.ref.isEmpty()) continue;
                a.ref = free(t.id + "." + (i + 1), taken);
                taken.put(a.ref, a);
                draft.made.add(new Draft.Made(a.ref, a.place, "the row has no number"));
            }
        }
    }

    private static String free(String wanted, Map<String, ActionDraft> taken) {
        String ref = wanted;
        for (int i = 2; taken.containsKey(ref); i++) ref = wanted + "-" + i;
        return ref;
    }
}
