package org.waymark.render;

import java.util.List;
import java.util.Map;
import org.waymark.markdown.LinkRef;

/**
 * One file to render from a template.
 *
 * @param output the file to write, relative to the output folder ("strategy/index.html")
 * @param template the template name without ".peb"
 * @param context the values the template sees
 * @param source the content file the page comes from (for messages), or the template
 * @param links the links recorded from the page's Markdown and data, to name their source in errors
 */
public record Job(String output, String template, Map<String, Object> context, String source, List<LinkRef> links,
        List<org.waymark.markdown.Heading> headings) {
    public Job {
        links = List.copyOf(links);
        headings = List.copyOf(headings);
    }

    public Job(String output, String template, Map<String, Object> context, String source, List<LinkRef> links) {
        this(output, template, context, source, links, List.of());
    }
}
