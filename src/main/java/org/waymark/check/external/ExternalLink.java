package org.waymark.check.external;

/**
 * One external link as written in the site.
 *
 * @param url the address as written, fragment included
 * @param file the source Markdown or YAML file it was written in, or a template name
 * @param line the 1-based line it was written on, or 0 when unknown (templates)
 */
public record ExternalLink(String url, String file, int line) {
    public ExternalLink {
        if (url == null || file == null) throw new IllegalArgumentException("url and file are required");
        if (line < 0) throw new IllegalArgumentException("line must be 0 or more, was " + line);
    }
}
