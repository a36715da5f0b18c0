package org.waymark.render;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.markdown.Heading;
import org.waymark.markdown.LinkRef;

/**
 * One file to render from a template.
 *
 * @param output the file to write, relative to the output folder ("strategy/index.html")
 * @param template the template name without ".peb"
 * @param context what the template sees of every page
 * @param more the variables this kind of page adds ("services", "terms" …), by their names in the template
 * @param source the content file the page comes from (for messages), or the template
 * @param links the links recorded from the page's Markdown and data, to name their source in errors
 * @param headings the headings recorded from the page's Markdown
 */
public record Job(String output, String template, PageContext context, Map<String, Object> more, String source,
        List<LinkRef> links, List<Heading> headings) {
    public Job {
        more = Collections.unmodifiableMap(new HashMap<>(more));
        links = List.copyOf(links);
        headings = List.copyOf(headings);
    }

    public Job(String output, String template, PageContext context, Map<String, Object> more, String source, List<LinkRef> links) {
        this(output, template, context, more, source, links, List.of());
    }
}
