package org.waymark.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.content.Content;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.model.Plan;
import org.waymark.plans.Plans;
import org.waymark.yaml.YamlReader;

/**
 * Writes what an import made (plan.yml, a report round, partners added) and reads the plans back as the
 * build does; when the plan has errors, everything is put back as it was. Package-private.
 */
final class Written {
    private Written() {}

    /** The files to write; an empty text is not written. */
    record Targets(Path root, Path plan, String planText, Path report, String reportText, String partnersText) {}

    static List<Plan> plans(Path root, Content content, YamlReader yaml, Diagnostics diags) {
        // the date only decides what is overdue and which reports count, which the import does not judge: any date
        // reads the same plan
        return Plans.load(root, content, LocalDate.EPOCH, yaml, diags).plans();
    }

    /**
     * Lead names that match no partner: new partners' ids when {@code add}, else names the build reads as names
     * (a lower-case word would be read as a partner id). Returns the ids of the partners to add.
     */
    static List<String> leads(Draft d, Set<String> partnerIds, boolean add) {
        Map<String, String> renamed = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (String name : d.unmatched.keySet()) {
            String to;
            if (add) {
                String base = Leads.slug(name).isEmpty() ? "partner" : Leads.slug(name);
                to = base;
                for (int i = 2; partnerIds.contains(to) || ids.contains(to); i++) to = base + "-" + i;
                ids.add(to);
            } else {
                to = name.matches("[a-z0-9]+(?:[-_][a-z0-9]+)*") ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
            }
            renamed.put(name, to);
        }
        for (Draft.ActionDraft a : d.actions()) {
            List<String> leads = a.lists.get("leads");
            if (leads == null) continue;
            List<String> out = new ArrayList<>();
            for (String l : leads) {
                String v = renamed.getOrDefault(l, l);
                if (!out.contains(v)) out.add(v);
            }
            a.lists.put("leads", out);
        }
        return ids;
    }

    static PlanImport.Result write(Targets f, Content content, YamlReader yaml, Diagnostics diags, int themes, int actions,
            String summary) {
        Path root = f.root();
        Path partners = root.resolve("content").resolve("partners.yml");
        List<Undo> undo = new ArrayList<>();
        try {
            undo.add(put(f.plan(), f.planText(), false));
            if (!f.reportText().isEmpty()) undo.add(put(f.report(), f.reportText(), false));
            if (!f.partnersText().isEmpty()) undo.add(put(partners, f.partnersText(), true));
        } catch (IOException e) {
            undoAll(undo, root, diags);
            return PlanImport.Result.of(PlanImport.Kind.ERRORS, f.plan(), PlanImport.rel(root, f.plan()) + " cannot be written: "
                    + e.getMessage() + ".", "check that you may write to " + PlanImport.rel(root, f.plan().getParent()), diags);
        }
        Diagnostics check = new Diagnostics();
        // partners added are read again with the content
        Content again = f.partnersText().isEmpty() ? content
                : new org.waymark.content.ContentLoader(yaml).load(root, org.waymark.config.ConfigLoader.load(root, yaml, new Diagnostics())
                        .orElseThrow(), false, check);
        plans(root, again, yaml, check);
        String folder = PlanImport.rel(root, f.plan().getParent()) + "/";
        List<Diagnostic> errors = check.sorted().stream().filter(Diagnostic::isError)
                .filter(d -> d.file().startsWith(folder) || d.file().endsWith("partners.yml")).toList();
        if (!errors.isEmpty()) {
            undoAll(undo, root, diags);
            errors.forEach(diags::add);
            return PlanImport.Result.of(PlanImport.Kind.ERRORS, f.plan(), "The imported plan would not build, so nothing was changed: the files are as they were.",
                    "", diags);
        }
        // the import judges nothing against today: what is overdue, or reported after today, is for `waymark check`
        check.sorted().stream().filter(d -> !d.isError()).filter(d -> d.file().startsWith(folder))
                .filter(d -> !d.rule().equals("overdue") && !d.rule().equals("as-of")).forEach(diags::add);
        String also = f.reportText().isEmpty() ? "" : " and " + PlanImport.rel(root, f.report());
        return new PlanImport.Result(PlanImport.Kind.WRITTEN, f.plan(), "Wrote " + PlanImport.rel(root, f.plan()) + also + ": "
                + themes + " themes, " + actions + " actions.", "check it against the file, then run `waymark build`",
                diags.sorted(), themes, actions, summary, f.planText());
    }

    /** What a file held before the import wrote it (null: it did not exist). */
    private record Undo(Path file, byte[] before, boolean madeFolder) {}

    private static Undo put(Path file, String text, boolean append) throws IOException {
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        boolean madeFolder = !Files.isDirectory(file.getParent());
        Files.createDirectories(file.getParent());
        String out = append && before != null ? new String(before, StandardCharsets.UTF_8) + text : text;
        Files.write(file, out.getBytes(StandardCharsets.UTF_8));
        return new Undo(file, before, madeFolder);
    }

    private static void undoAll(List<Undo> undo, Path root, Diagnostics diags) {
        for (int i = undo.size() - 1; i >= 0; i--) {
            Undo u = undo.get(i);
            try {
                if (u.before() != null) Files.write(u.file(), u.before());
                else Files.deleteIfExists(u.file());
                if (u.madeFolder()) deleteEmpty(u.file().getParent(), root);
            } catch (IOException e) {
                diags.error(PlanImport.rel(root, u.file()), Pos.NONE, "write", "The import could not take back this file: "
                        + e.getMessage() + ".", "correct or delete " + PlanImport.rel(root, u.file()));
            }
        }
    }

    private static void deleteEmpty(Path dir, Path root) throws IOException {
        Path plans = root.resolve("content").resolve("plans");
        for (Path d = dir; d != null && d.startsWith(plans) && !d.equals(plans); d = d.getParent()) {
            try (var s = Files.list(d)) {
                if (s.findAny().isPresent()) return;
            }
            Files.delete(d);
        }
    }
}
