package org.waymark.diag;

/**
 * Where something was written: a {@link Pos}, or a place worked out only when it is asked for (the line and
 * column of a link in Markdown are found again when a problem with the link is reported, which is seldom).
 */
public interface Where {
    Pos pos();
}
