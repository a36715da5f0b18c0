package org.waymark.markdown;

/** A heading of a page, for its table of contents and for checking links to #fragments. */
public record Heading(int level, String id, String text) {}
