package org.waymark.render;

import org.waymark.diag.Diagnostics;
import org.waymark.markdown.Rendered;

/**
 * What is done with each page as soon as it is rendered, while its HTML is at hand (the build checks it), and
 * what is kept of it for the stages after rendering: the page is read there once and its HTML not held.
 *
 * @param <F> what is kept of a page
 */
public interface PageReader<F> {
    /**
     * Reads one rendered HTML page.
     *
     * @param markdown what rendering the page's Markdown recorded, for a page from Markdown; null for a generated page
     */
    F read(Job job, Theme.Written page, Rendered markdown, Diagnostics diags);
}
