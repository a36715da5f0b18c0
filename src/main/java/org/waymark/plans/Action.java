package org.waymark.plans;

import java.util.List;
import org.waymark.diag.Pos;

/**
 * One action of a plan, as written. Every list may be empty: real plans leave gaps.
 *
 * @param slug the ref as an address part ("1.1" → "1-1")
 * @param themeId the id of the theme it belongs to
 */
public record Action(String ref, String slug, String title, String themeId, List<String> steps, List<Lead> leads,
        List<String> by, List<String> resources, List<Milestone> milestones, List<String> outcomes,
        List<String> measures, List<String> confidence, List<String> risks, Pos pos) {
    public Action {
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
