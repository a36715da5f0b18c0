/** Turns Markdown into HTML with CommonMark, recording each page's links and headings while it renders. */
package org.waymark.markdown;
