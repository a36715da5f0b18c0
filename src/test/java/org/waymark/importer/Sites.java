package org.waymark.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostics;
import org.waymark.model.Plan;
import org.waymark.plans.Plans;
import org.waymark.yaml.YamlReader;

/** The plans of a site as the build reads them, for tests that compare plans. */
final class Sites {
    private Sites() {}

    static List<Plan> plans(Path root) {
        YamlReader yaml = new YamlReader();
        Diagnostics diags = new Diagnostics();
        SiteConfig config = ConfigLoader.load(root, yaml, diags).orElseThrow();
        Content content = new ContentLoader(yaml).load(root, config, false, diags);
        return Plans.load(root, content, LocalDate.of(2026, 11, 24), yaml, diags).plans();
    }
}
