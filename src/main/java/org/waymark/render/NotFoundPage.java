package org.waymark.render;

import java.util.List;
import java.util.Map;

/** The page a host shows for an address the site does not have ({@code 404.html}). */
final class NotFoundPage implements SiteRenderer.Generated {
    @Override
    public List<Job> jobs(SiteRenderer.Context ctx) {
        PageContext page = ctx.base("Page not found", "", "/404.html", "404", null,
                List.of(new Views.Link("Home", ctx.config().link("/"))), "");
        return List.of(new Job("404.html", "404", page, Map.of(), "404", List.of()));
    }
}
