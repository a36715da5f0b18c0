package org.waymark.safety;

import java.util.List;
import java.util.Map;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.model.Helpline;
import org.waymark.render.Job;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;

/** Adds the helplines page and the accessibility statement to every site. */
public final class SafetyPages implements SiteRenderer.Generated {
    private final Content content;

    public SafetyPages(Content content) {
        this.content = content;
    }

    @Override
    public List<SiteRenderer.NavEntry> nav() {
        return List.of(new SiteRenderer.NavEntry("Helplines", "/helplines/", 5));
    }

    @Override
    public List<Job> jobs(SiteRenderer.Context ctx) {
        SiteConfig config = ctx.config();
        List<Views.Link> home = List.of(new Views.Link("Home", config.link("/")));
        Map<String, Object> helplines = ctx.base("Helplines", "Free and confidential helplines for anyone affected by domestic abuse, "
                + "and for people worried about their own behaviour.", "/helplines/", "helplines", null, home, "");
        helplines.put("national", content.helplines().stream().filter(h -> h.scope().equals("national")).toList());
        helplines.put("local", content.helplines().stream().filter(h -> h.scope().equals("local")).toList());
        Map<String, Object> statement = ctx.base("Accessibility statement", "How accessible this website is, what to do if "
                + "you cannot use part of it, and how to report a problem.", "/accessibility/", "accessibility", null, home, "");
        statement.put("a11y", config.accessibility());
        return List.of(
                new Job("helplines/index.html", "helplines", helplines, "content/helplines.yml", List.of()),
                new Job("accessibility/index.html", "accessibility", statement, "site-config.yml", List.of()));
    }

    static List<Helpline> featured(Content content) {
        return content.featuredHelplines();
    }
}
