package org.waymark.scaffold;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.waymark.config.SiteConfig;
import org.waymark.model.Action;
import org.waymark.model.Milestone;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;
import org.waymark.model.Report;
import org.waymark.model.Status;
import org.waymark.model.Update;

/**
 * The text of each starter file. Every field is explained by a YAML comment beside it, so the file is its own
 * guide; every example value is one that builds. Package-private: {@link Scaffold} writes them.
 */
final class Starters {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final int COMMENT_COLUMN = 40;

    private Starters() {}

    /** A service with every field of the contract, example values from Ofcom's drama ranges and example.org. */
    static String service(String id, SiteConfig config, LocalDate today) {
        List<String> categories = ids(config.directory().categories());
        List<String> areas = ids(config.areas());
        List<String> groups = ids(config.directory().groups());
        // a refuge must keep its address confidential; start from another category so the example is the common case
        String category = categories.stream().filter(c -> !c.equals("refuge")).findFirst()
                .orElse(categories.isEmpty() ? "advocacy" : categories.get(0));
        String area = areas.isEmpty() ? "your-area" : areas.get(0);
        StringBuilder y = new StringBuilder();
        y.append("""
                # A service of the directory, published at /directory/%s/.
                # The file name is the service's id: lower-case letters, digits and hyphens.
                # Lines starting with # are notes for you; they are never published.
                # Replace every example value, delete the optional fields you do not need,
                # then run `waymark build` (or look at `waymark serve`) to check the file.
                # The numbers below (01632 960000, 0808 157 0000) and the example.org addresses
                # are Ofcom's and IANA's example ranges, not a real service: replace them all.

                """.formatted(id));
        line(y, "name: " + title(id), "required: the service's name as people know it");
        line(y, "organisation: Example Organisation", "required: a partner id from content/partners.yml, or the organisation's name in words");
        line(y, "summary: One sentence on what the service does and who it is for.", "required: shown in lists and search results");
        line(y, "description: |", "optional, Markdown: what the service offers, in plain words");
        y.append("""
                  Say what the service does, who can use it and what happens when someone
                  gets in touch. Short paragraphs and lists are easiest to read:

                  - one-to-one support and safety planning;
                  - help with housing, money and the courts.
                """);
        line(y, "categories: [" + category + "]", "required, one or more of: " + String.join(", ", categories));
        line(y, "areas: [" + area + "]", "required, one or more of: " + String.join(", ", areas));
        line(y, "for: [" + (groups.isEmpty() ? "" : groups.get(0)) + "]", "optional, who it is for: " + String.join(", ", groups));
        line(y, "languages: [en]", "optional: two-letter codes of the languages it works in, such as en, pa, ur, pl");
        line(y, "referral: [self, professional]", "optional: who may refer: self, professional, family");
        line(y, "contact:", "required: at least one of phones, email and website");
        line(y, "  phones:", "optional: each number in quotes, as it should be dialled");
        line(y, "    - number: \"01632 960000\"", "a UK number; the build checks it");
        line(y, "      label: Main line", "optional: what the number is for");
        line(y, "      hours: Monday to Friday, 9am to 5pm", "optional: when it is answered");
        line(y, "      free: false", "optional: true for a free number such as 0808 157 0000");
        line(y, "      # text: Text relay 18001 01632 960000", "optional: how to reach it by text or text relay");
        line(y, "  email: help@example.org", "optional");
        line(y, "  website: https://example.org/", "optional: the service's own page");
        line(y, "address: confidential", "`confidential` keeps the address off the site (a refuge must);");
        line(y, "# address: {street: \"1 Example Street\", town: Bedford, postcode: AB1 2CD}", "or the address of a place people may visit");
        line(y, "# confidential: true", "optional: treat the service like a refuge (no address, no postcode)");
        line(y, "opening_hours:", "optional: 24-hour clock times in quotes");
        line(y, "  - {days: [mon, tue, wed, thu, fri], opens: \"09:00\", closes: \"17:00\"}", "days: mon tue wed thu fri sat sun");
        line(y, "how_to_refer: |", "optional, Markdown: how to get in touch or be referred");
        y.append("""
                  Call us yourself, or ask a professional to refer you. Tell us a safe number
                  and a safe time to call you back.
                """);
        line(y, "access: |", "optional, Markdown: step-free access, interpreters, other help");
        y.append("""
                  - Interpreters are available by phone.
                """);
        y.append("""
                # translations:                    optional: the service in the site's other languages, by code
                #   ur:
                #     name: …                       any of name, summary, description, how_to_refer, access
                #     summary: …
                #     reviewed: false               until someone who reads the language has checked it
                """);
        line(y, "# last_verified: " + today, "the day you checked these details with the service;");
        y.append("""
                # until it is set, `waymark build` and `waymark check` remind you that nobody has checked them.
                """);
        return y.toString();
    }

    /** A page with every front-matter field explained, and a body that shows the Markdown an editor needs. */
    static String page(String name) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("# The front matter: the page's settings, between the two --- lines.\n");
        line(y, "title: " + title(name), "required: the page's heading and its title in search results");
        line(y, "description: One sentence that introduces the page.", "optional: shown under the title and in search results");
        line(y, "# order: 10", "optional: place in its section's list, lowest first");
        line(y, "# menu: true", "optional: list it in the main navigation (true, or the label to show)");
        line(y, "# draft: true", "optional: leave the page out of `waymark build` until it is ready");
        line(y, "# lang: ur", "optional: the page's language, when it is not the site's first language");
        line(y, "# layout: page", "optional: a template of the theme");
        y.append("---\n");
        y.append("""
                Write the page here in Markdown. The title above is the page's only top-level
                heading, so headings in the text start at `##`.

                ## A heading

                Link to another page by its file, such as [staying safe online](../get-help/staying-safe-online.md),
                and write phone numbers as phone links, such as [0808 2000 247](tel:08082000247).
                """);
        return y.toString();
    }

    /**
     * A report round of {@code plan} dated {@code date}: every action with the status it had in the latest
     * report before that date, so the editor only changes what moved.
     */
    static String report(Plan plan, LocalDate date) {
        Map<String, Last> last = lastStatus(plan, date);
        StringBuilder y = new StringBuilder();
        y.append("# A progress report on the plan \"").append(oneLine(plan.title())).append("\" (")
                .append(plan.source()).append(").\n");
        y.append("""
                # Every action of the plan is listed below with the status it had in the last report.
                # Change only what moved, then run `waymark build`:
                #   status: not-started, green (on track), amber (at risk), red (off track) or complete;
                #           never `overdue`: Waymark works that out from the milestones' due dates.
                #   note:   what happened, in a sentence or two, in quotes.
                #   done:   milestones finished in this round, titled exactly as in plan.yml,
                #           such as done: ["Review of the Modus system"]
                # An action whose line starts with # has had no status yet: remove the # to give it one.
                # Lines starting with # are notes for you; they are never published.

                """);
        line(y, "date: " + date, "required: the date in the file name");
        line(y, "title: Progress report, " + DAY.format(date), "optional: shown as the report's heading");
        line(y, "summary: |", "optional, Markdown: what the round shows, in a few sentences");
        y.append("  Replace this with two or three sentences: what went well in this round, what has\n");
        y.append("  slipped, and what the partnership will do about it.\n");
        y.append("updates:\n");
        for (PlanTheme t : plan.themes()) {
            y.append("  # ").append(t.id()).append(' ').append(oneLine(t.title())).append('\n');
            for (Action a : t.actions()) {
                Last l = last.get(a.ref());
                String ref = "\"" + a.ref().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                String about = shorten(a.title(), 60);
                if (l != null && l.status().isPresent()) {
                    y.append("  ").append(ref).append(": {status: ").append(l.status().get().word()).append("}  # ").append(about)
                            .append(" (last: ").append(l.status().get().word()).append(" on ").append(l.statusDate()).append(")\n");
                } else {
                    y.append("  # ").append(ref).append(": {status: not-started}  # ").append(about)
                            .append(l == null ? " (no report yet)" : " (no status yet; last note on " + l.noteDate() + ")").append('\n');
                }
                List<String> open = open(a, l);
                if (!open.isEmpty()) y.append("  #   not yet done: ").append(String.join("; ", open)).append('\n');
            }
        }
        return y.toString();
    }

    /** What the reports before a date last said about an action. */
    private record Last(Optional<Status> status, LocalDate statusDate, LocalDate noteDate, List<String> done) {}

    private static Map<String, Last> lastStatus(Plan plan, LocalDate before) {
        Map<String, Last> out = new HashMap<>();
        for (Report r : plan.reports()) {
            if (!r.date().isBefore(before)) continue;
            for (Update u : r.updates()) {
                Last was = out.get(u.ref());
                List<String> done = new ArrayList<>(was == null ? List.of() : was.done());
                done.addAll(u.done());
                Optional<Status> status = u.status().isPresent() ? u.status() : was == null ? Optional.empty() : was.status();
                LocalDate statusDate = u.status().isPresent() ? r.date() : was == null ? null : was.statusDate();
                out.put(u.ref(), new Last(status, statusDate, r.date(), done));
            }
        }
        return out;
    }

    /** The milestones not yet done, with their due dates: the titles an editor may copy into {@code done:}. */
    private static List<String> open(Action a, Last last) {
        List<String> out = new ArrayList<>();
        for (Milestone m : a.milestones()) {
            if (m.done().isPresent() || last != null && last.done().contains(m.title())) continue;
            out.add("\"" + oneLine(m.title()) + "\"" + m.due().map(d -> " (due " + d.iso() + ")").orElse(""));
        }
        return out;
    }

    private static void line(StringBuilder y, String text, String comment) {
        y.append(text);
        int pad = Math.max(2, COMMENT_COLUMN - text.length());
        y.append(" ".repeat(pad)).append("# ").append(comment).append('\n');
    }

    private static List<String> ids(List<SiteConfig.Choice> choices) {
        return choices.stream().map(SiteConfig.Choice::id).collect(Collectors.toList());
    }

    /** "bedford-outreach" → "Bedford outreach". */
    static String title(String id) {
        String words = id.replace('-', ' ').replace('_', ' ').trim();
        if (words.isEmpty()) return "New page";
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String shorten(String s, int max) {
        String one = oneLine(s);
        return one.length() <= max ? one : one.substring(0, max).replaceAll("\\s+\\S*$", "") + " …";
    }
}
