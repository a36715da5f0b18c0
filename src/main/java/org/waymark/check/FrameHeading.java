package org.waymark.check;

/** A heading in a frame or in the Markdown, in the order a reader meets them; line 0: written in the template. */
record FrameHeading(int level, String text, int line) {}
