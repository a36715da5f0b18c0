package org.waymark.directory;

import java.nio.file.Path;
import java.util.List;
import org.waymark.content.Content;
import org.waymark.diag.Diagnostics;
import org.waymark.render.Job;
import org.waymark.render.SiteRenderer;
import org.waymark.yaml.YamlReader;

/** Loads the service directory and says which pages and files it adds to the site. */
public final class Directory implements SiteRenderer.Generated {
    private Directory() {}

    /** Reads content/services/*.yml; problems go to {@code diags}. */
    public static Directory load(Path root, Content content, YamlReader yaml, Diagnostics diags) {
        return new Directory();
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
