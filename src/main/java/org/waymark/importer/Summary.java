package org.waymark.importer;

import java.util.List;
import java.util.Map;

/**
 * The one summary an import prints: actions per theme, each column and the field it went to, extra fields
 * kept, refs made, leads that match no partner, and cells it could not read, each with its place.
 * Package-private.
 */
final class Summary {
    private Summary() {}

    static String of(Draft d, String planFile, String reportFile, List<String> added, boolean dryRun) {
        StringBuilder b = new StringBuilder();
        b.append("Themes (").append(d.actions().size()).append(" actions):\n");
        for (Draft.ThemeDraft t : d.themes) {
            if (t.actions.isEmpty()) continue;
            b.append("  ").append(t.id).append(" ").append(t.title).append(": ").append(t.actions.size())
                    .append(t.actions.size() == 1 ? " action" : " actions");
            if (!t.objectives.isEmpty()) b.append(", ").append(t.objectives.size()).append(t.objectives.size() == 1 ? " aim" : " aims");
            b.append('\n');
        }
        b.append("Columns:\n");
        for (Draft.Mapped c : d.columns) b.append("  ").append(c.header()).append(" -> ").append(c.field()).append('\n');
        if (!d.extras.isEmpty()) {
            b.append("Extra fields kept on each action (shown under their own header; --map \"Header=ignore\" leaves one out): ")
                    .append(String.join(", ", d.extras)).append('\n');
        }
        if (!d.made.isEmpty()) {
            b.append("Refs made by the import:\n");
            for (Draft.Made m : d.made) b.append("  ").append(m.ref()).append(" (").append(m.place()).append("): ").append(m.why()).append('\n');
        }
        if (!d.unmatched.isEmpty()) {
            b.append(added.isEmpty() ? "Leads that match no partner in content/partners.yml (--add-partners adds them):\n"
                    : dryRun ? "Leads --add-partners would add to content/partners.yml:\n"
                    : "Leads added to content/partners.yml (check each, and add its type and website):\n");
            int i = 0;
            for (Map.Entry<String, String> e : d.unmatched.entrySet()) {
                b.append("  ").append(e.getKey());
                if (!added.isEmpty()) b.append(" as ").append(added.get(i++));
                b.append(" (").append(e.getValue()).append(")\n");
            }
        }
        if (!d.unread.isEmpty()) {
            b.append("Not read:\n");
            for (Draft.Unread u : d.unread) b.append("  ").append(u.place()).append(": ").append(u.message()).append('\n');
        }
        if (d.hasProgress()) {
            long n = d.actions().stream().filter(a -> a.status.isPresent() || !a.progress.isEmpty()).count();
            b.append(reportFile.isEmpty()
                    ? "Progress of " + n + (n == 1 ? " action" : " actions") + " was found, but no report was written: the date of the progress report is needed"
                            + " (--report-date 2009-05-13).\n"
                    : "Progress of " + n + (n == 1 ? " action: " : " actions: ") + reportFile + (dryRun ? " (not written)" : "") + "\n");
        }
        b.append("Plan: ").append(planFile).append(dryRun ? " (not written)" : "").append('\n');
        return b.toString();
    }
}
