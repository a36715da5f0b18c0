package org.waymark.model;

import java.util.List;
import java.util.Map;

/**
 * The column names a plan uses for its fields, in its own words ("Responsibility" for leads).
 *
 * @param own the fields the plan names itself; the others have the default names, which a theme may change
 */
public record Labels(String ref, String title, String steps, String leads, String by, String resources,
        String milestones, String outcomes, String measures, String confidence, String risks, List<String> own) {
    public Labels {
        own = List.copyOf(own);
    }

    /** The fields that may be given a label. */
    public static final List<String> KEYS = List.of("ref", "title", "steps", "leads", "by", "resources", "milestones",
            "outcomes", "measures", "confidence", "risks");

    public static final Labels DEFAULT = new Labels("Ref", "Action", "Steps", "Lead", "By whom", "Resources", "Milestones",
            "Outcomes", "Measures", "Confidence", "Risks", List.of());

    /** The defaults with the plan's own words on top. */
    public static Labels of(Map<String, String> given) {
        Labels d = DEFAULT;
        return new Labels(given.getOrDefault("ref", d.ref), given.getOrDefault("title", d.title),
                given.getOrDefault("steps", d.steps), given.getOrDefault("leads", d.leads), given.getOrDefault("by", d.by),
                given.getOrDefault("resources", d.resources), given.getOrDefault("milestones", d.milestones),
                given.getOrDefault("outcomes", d.outcomes), given.getOrDefault("measures", d.measures),
                given.getOrDefault("confidence", d.confidence), given.getOrDefault("risks", d.risks),
                KEYS.stream().filter(given::containsKey).toList());
    }

    /** These labels, with {@code defaults}' names for the fields the plan does not name itself. */
    public Labels over(Labels defaults) {
        return new Labels(pick("ref", ref, defaults.ref), pick("title", title, defaults.title), pick("steps", steps, defaults.steps),
                pick("leads", leads, defaults.leads), pick("by", by, defaults.by), pick("resources", resources, defaults.resources),
                pick("milestones", milestones, defaults.milestones), pick("outcomes", outcomes, defaults.outcomes),
                pick("measures", measures, defaults.measures), pick("confidence", confidence, defaults.confidence),
                pick("risks", risks, defaults.risks), own);
    }

    private String pick(String key, String mine, String theirs) {
        return own.contains(key) ? mine : theirs;
    }
}
