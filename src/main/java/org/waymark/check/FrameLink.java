package org.waymark.check;

import org.waymark.markdown.Whitespace;

/** A link in a frame and what a screen reader would say for it. */
final class FrameLink {
    final String href;
    final String rel;
    final String ariaLabel;
    final String labelledBy;
    final String title;
    final StringBuilder text = new StringBuilder();
    final StringBuilder alts = new StringBuilder();

    FrameLink(String href, String rel, String ariaLabel, String labelledBy, String title) {
        this.href = href;
        this.rel = rel;
        this.ariaLabel = ariaLabel;
        this.labelledBy = labelledBy;
        this.title = title;
    }

    /** Whether the link rules found nothing wrong with this link (with its tel: number checked too). */
    volatile boolean clean;
    private volatile String name;

    String name() {
        String n = name;
        if (n == null) name = n = readName();
        return n;
    }

    private String readName() {
        if (!ariaLabel.isBlank()) return ariaLabel;
        if (!labelledBy.isBlank()) return "labelled";
        String t = Whitespace.collapse(text);
        if (!title.isBlank() && t.isBlank()) return title;
        return (t + alts).trim();
    }
}
