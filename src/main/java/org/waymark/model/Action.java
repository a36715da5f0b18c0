package org.waymark.model;

import java.util.List;
import org.waymark.diag.Pos;

/**
 * One action of a plan, as written. Every list may be empty: real plans leave gaps.
 *
 * @param slug the ref as an address part ("1.1" → "1-1")
 * @param themeId the id of the theme it belongs to
 * @param number the number the plan's own document gives it, when its ref differs ("1" for ref "2.1"), or ""
 * @param extra the plan's own fields beyond Waymark's ("Confidence level"), each with its lines, in order
 */
public record Action(String ref, String slug, String title, String themeId, List<String> steps, List<Lead> leads,
        List<String> by, List<String> resources, List<Milestone> milestones, List<String> outcomes,
        List<String> measures, List<String> confidence, List<String> risks, String number, List<Extra> extra, Pos pos) {
    /** A field of the plan's own, under its own header. */
    public record Extra(String label, List<String> lines) {
        public Extra {
            lines = List.copyOf(lines);
        }
    }

    public Action {
        extra = List.copyOf(extra);
        steps = List.copyOf(steps);
        leads = List.copyOf(leads);
        by = List.copyOf(by);
        resources = List.copyOf(resources);
        milestones = List.copyOf(milestones);
        outcomes = List.copyOf(outcomes);
        measures = List.copyOf(measures);
        confidence = List.copyOf(confidence);
        risks = List.copyOf(risks);
    }
}
