package org.waymark.plans;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.waymark.content.Content;
import org.waymark.diag.Diagnostics;
import org.waymark.render.Job;
import org.waymark.render.SiteRenderer;
import org.waymark.yaml.YamlReader;

/** Loads the action plans and their reports and says which pages and files they add to the site. */
public final class Plans implements SiteRenderer.Generated {
    private Plans() {}

    /**
     * Reads content/plans/*; problems go to {@code diags}.
     *
     * @param asOf the date status is judged against (overdue milestones)
     */
    public static Plans load(Path root, Content content, LocalDate asOf, YamlReader yaml, Diagnostics diags) {
        return new Plans();
    }

    @Override
    public List<SiteRenderer.NavEntry> nav() {
        return List.of();
    }

    @Override
    public List<Job> jobs(SiteRenderer.Context context) {
        return List.of();
    }
}
