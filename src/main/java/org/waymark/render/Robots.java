package org.waymark.render;

import org.waymark.config.SiteConfig;

/** The site's {@code robots.txt}: every page may be indexed, and the site map is where it says. */
final class Robots {
    private Robots() {}

    static String file(SiteConfig config) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute("/sitemap.xml") + "\n";
    }
}
