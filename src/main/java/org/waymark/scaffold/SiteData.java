package org.waymark.scaffold;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.model.Plan;
import org.waymark.plans.Plans;
import org.waymark.yaml.YamlReader;

/** What a starter needs to know about the site: its configuration and, for reports, its plans. Package-private. */
final class SiteData {
    private SiteData() {}

    /** The site's configuration, or the diagnostics that stop it being read. */
    record Config(Optional<SiteConfig> config, List<Diagnostic> diagnostics) {}

    static Config config(Path root) {
        Diagnostics diags = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(root, new YamlReader(), diags);
        return new Config(config, diags.sorted());
    }

    /** The plans as the build reads them, with every problem found in the plan folders. */
    record PlansRead(List<Plan> plans, List<Diagnostic> diagnostics) {}

    static PlansRead plans(Path root, SiteConfig config, LocalDate asOf) {
        YamlReader yaml = new YamlReader();
        Diagnostics diags = new Diagnostics();
        // partners.yml is needed to read the leads of actions; the rest of the content does not matter here
        Content content = new ContentLoader(yaml).load(root, config, false, new Diagnostics());
        Plans plans = Plans.load(root, content, asOf, yaml, diags);
        return new PlansRead(plans.plans(), diags.sorted().stream().filter(d -> d.file().startsWith("content/plans/")).toList());
    }
}
