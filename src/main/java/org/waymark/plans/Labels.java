package org.waymark.plans;

import java.util.List;
import java.util.Map;

/** The column names a plan uses for its fields, in its own words ("Responsibility" for leads). */
public record Labels(String ref, String title, String steps, String leads, String by, String resources,
        String milestones, String outcomes, String measures, String confidence, String risks) {
    /** The fields that may be given a label. */
    static final List<String> KEYS = List.of("ref", "title", "steps", "leads", "by", "resources", "milestones",
            "outcomes", "measures", "confidence", "risks");

    static final Labels DEFAULT = new Labels("Ref", "Action", "Steps", "Lead", "By whom", "Resources", "Milestones",
            "Outcomes", "Measures", "Confidence", "Risks");

    /** The defaults with the plan's own words on top. */
    static Labels of(Map<String, String> given) {
        Labels d = DEFAULT;
        return new Labels(given.getOrDefault("ref", d.ref), given.getOrDefault("title", d.title),
                given.getOrDefault("steps", d.steps), given.getOrDefault("leads", d.leads), given.getOrDefault("by", d.by),
                given.getOrDefault("resources", d.resources), given.getOrDefault("milestones", d.milestones),
                given.getOrDefault("outcomes", d.outcomes), given.getOrDefault("measures", d.measures),
                given.getOrDefault("confidence", d.confidence), given.getOrDefault("risks", d.risks));
    }
}
