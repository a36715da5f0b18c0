package org.waymark.render;

import org.waymark.config.SiteConfig;

/**
 * The HTTP security headers the site should be served with. Written as {@code _headers} for hosts that
 * read one (Netlify, Cloudflare Pages); the README gives the same headers for nginx.
 */
public final class Headers {
    /** The Content-Security-Policy of every page: nothing from another origin, no inline script. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private Headers() {}

    public static String file() {
        return "/*\n"
                + "  Content-Security-Policy: " + CSP + "; frame-ancestors 'none'\n"
                + "  Referrer-Policy: no-referrer\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  X-Frame-Options: DENY\n"
                + "  Permissions-Policy: geolocation=(), camera=(), microphone=(), interest-cohort=()\n"
                + "  Cross-Origin-Opener-Policy: same-origin\n";
    }

    /**
     * The {@code _headers} file of a site: the security headers of every file, and for the directory's Open
     * Referral UK API, and nothing else, {@code Access-Control-Allow-Origin: *}, which the UK profile asks of an
     * open feed so that any web page may read it.
     */
    public static String file(SiteConfig config) {
        String api = config.link(config.directory().api().base());
        String open = "  Access-Control-Allow-Origin: *\n";
        // the base without its slash too: the validator may ask for it so, and "/api/oruk/*" does not match it
        return file() + api.substring(0, api.length() - 1) + "\n" + open + api + "*\n" + open;
    }
}
