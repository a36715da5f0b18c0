package org.waymark.render;

import java.nio.file.Path;
import java.util.List;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.write.Output;

/**
 * The site's files that are not pages: the generated modules' exports and feeds, the site map, robots.txt,
 * {@code _headers} and the assets.
 */
final class OtherFiles {
    private final Path root;
    private final SiteConfig config;
    private final Content content;
    private final Theme theme;
    private final Navigation navigation;

    OtherFiles(Path root, SiteConfig config, Content content, Theme theme, Navigation navigation) {
        this.root = root;
        this.config = config;
        this.content = content;
        this.theme = theme;
        this.navigation = navigation;
    }

    /** Writes them all; {@code jobs} are the pages of this render, for the site map. */
    void write(Output out, List<SiteRenderer.Generated> generated, List<Job> jobs) {
        for (SiteRenderer.Generated g : generated) g.files().forEach(out::write);
        out.write("sitemap.xml", SiteMapFile.of(config, content, navigation, jobs));
        out.write("robots.txt", Robots.file(config));
        out.write("_headers", Headers.file(config));
        Assets.copy(root, theme, content, out);
    }
}
