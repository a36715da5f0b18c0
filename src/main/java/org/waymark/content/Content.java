package org.waymark.content;

import java.util.List;
import org.waymark.config.SiteConfig;
import org.waymark.model.GlossaryTerm;
import org.waymark.model.Page;

/**
 * Everything read from a site's folder, checked and ready to render.
 *
 * @param assets the files under content/assets, relative to the site root
 */
public record Content(SiteConfig config, List<Page> pages, List<GlossaryTerm> glossary, List<String> assets) {
    public Content {
        pages = List.copyOf(pages);
        glossary = List.copyOf(glossary);
        assets = List.copyOf(assets);
    }
}
