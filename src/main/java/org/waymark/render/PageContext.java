package org.waymark.render;

import java.util.HashMap;
import java.util.Map;

/**
 * What every page's template sees, whatever the page: {@code site} (the site in the page's language, with the
 * footer), {@code here} (links from the page's language) and {@code page} (the page, its navigation and
 * breadcrumbs). A kind of page adds its own variables beside them ({@link Job#more()}).
 */
public record PageContext(Views.Site site, Views.Here here, Views.Page page) {
    /** This context with {@code page} in place of its page. */
    public PageContext withPage(Views.Page page) {
        return new PageContext(site, here, page);
    }

    /** The template's variables: these three by their names, and {@code more}. */
    Map<String, Object> variables(Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(more);
        vars.put("site", site);
        vars.put("here", here);
        vars.put("page", page);
        return vars;
    }
}
