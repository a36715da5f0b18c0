package org.waymark.markdown;

/**
 * A link or image written in Markdown, as it appears in the output, with the place it was written.
 *
 * @param href the href or src as written to the HTML
 * @param image whether this is an image's src
 */
public record LinkRef(String href, boolean image, String file, int line, int column) {}
