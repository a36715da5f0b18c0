package org.waymark.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.export.Sitemap;
import org.waymark.model.Page;

/**
 * What the site map lists: the pages from Markdown, in the order of their paths, then the pages of one render's
 * jobs that are a folder's index, in the order of their paths; each with its versions in the other languages.
 */
final class SiteMapFile {
    private SiteMapFile() {}

    static String of(SiteConfig config, Content content, Navigation navigation, List<Job> jobs) {
        List<Sitemap.Url> urls = new ArrayList<>();
        for (Page p : content.pages().stream().sorted(Comparator.comparing(Page::path)).toList()) {
            urls.add(new Sitemap.Url(config.absolute(p.path()),
                    navigation.versions(p).stream().map(v -> new Sitemap.Version(v.lang(), config.absolute(v.path()))).toList()));
        }
        Map<String, List<Views.Translation>> generated = new HashMap<>();
        for (Job j : jobs) {
            if (!j.output().endsWith("index.html")) continue;
            generated.put("/" + j.output().substring(0, j.output().length() - "index.html".length()), j.context().page().translations());
        }
        for (String path : generated.keySet().stream().sorted().toList()) {
            urls.add(new Sitemap.Url(config.absolute(path), generated.get(path).stream()
                    .map(v -> new Sitemap.Version(v.code(), config.baseUrl() + v.href().substring(config.basePath().length())))
                    .toList()));
        }
        return Sitemap.xml(urls);
    }
}
