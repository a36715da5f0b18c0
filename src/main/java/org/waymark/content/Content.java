package org.waymark.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.config.SiteConfig;
import org.waymark.model.GlossaryTerm;
import org.waymark.model.Helpline;
import org.waymark.model.Page;
import org.waymark.model.Partner;

/**
 * Everything read from a site's folder, checked and ready to render.
 *
 * @param assets the files under content/assets, relative to the site root
 * @param unread the shared data files that are there but could not be read whole (their errors are reported)
 */
public record Content(SiteConfig config, List<Page> pages, List<GlossaryTerm> glossary, List<Partner> partners,
        List<Helpline> helplines, List<String> assets, Set<SharedData> unread) {
    public Content {
        pages = List.copyOf(pages);
        glossary = List.copyOf(glossary);
        partners = List.copyOf(partners);
        helplines = List.copyOf(helplines);
        assets = List.copyOf(assets);
        unread = Set.copyOf(unread);
    }

    /** The partners by id. */
    public Map<String, Partner> partnersById() {
        Map<String, Partner> m = new LinkedHashMap<>();
        for (Partner p : partners) m.put(p.id(), p);
        return m;
    }

    /** The helplines marked as featured, in the order written. */
    public List<Helpline> featuredHelplines() {
        return helplines.stream().filter(Helpline::featured).toList();
    }
}
