package org.waymark.model;

import java.util.List;

/**
 * A theme (or priority, or objective) of a plan with its actions.
 *
 * @param slug the id as an address part
 */
public record PlanTheme(String id, String slug, String title, List<String> objectives, List<Action> actions) {
    public PlanTheme {
        objectives = List.copyOf(objectives);
        actions = List.copyOf(actions);
    }
}
