package org.waymark.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.diag.Diagnostics;
import org.waymark.model.Helpline;
import org.waymark.render.Job;
import org.waymark.render.PageContext;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Views;

/** Adds the helplines page and the accessibility statement to every site. */
public final class SafetyPages implements SiteRenderer.Generated {
    private final Content content;

    /**
     * @param today the date freshness is judged against: a helpline never confirmed, or not confirmed
     *     within the directory's {@code stale_after_days}, is a warning for the editors
     */
    public SafetyPages(Content content, LocalDate today, Diagnostics diags) {
        this.content = content;
        int days = content.config().directory().staleAfterDays();
        for (Helpline h : content.helplines()) {
            if (h.lastVerified().isEmpty()) {
                diags.warning(h.source(), h.pos(), "freshness", "The number and hours of " + h.name() + " have not been confirmed.",
                        "check them with the service, then add `last_verified: " + today + "`");
            } else if (h.lastVerified().get().plusDays(days).isBefore(today)) {
                diags.warning(h.source(), h.pos(), "freshness", h.name() + " was last checked on " + h.lastVerified().get()
                        + ", more than " + days + " days ago.", "check the number and hours, then set `last_verified: " + today + "`");
            }
        }
    }

    @Override
    public List<SiteRenderer.NavEntry> nav() {
        return List.of(new SiteRenderer.NavEntry("Helplines", "/helplines/", 5));
    }

    @Override
    public List<Job> jobs(SiteRenderer.Context ctx) {
        SiteConfig config = ctx.config();
        List<Views.Link> home = List.of(new Views.Link("Home", config.link("/")));
        List<Job> jobs = new ArrayList<>();
        for (SiteConfig.Language lang : config.languages()) {
            boolean isDefault = lang.code().equals(config.defaultLanguage().code());
            String path = isDefault ? "/helplines/" : "/" + lang.code() + "/helplines/";
            String homePath = isDefault ? "/" : "/" + lang.code() + "/";
            PageContext page = ctx.base(ctx.word(lang.code(), "helplines.title", "Helplines"),
                    ctx.word(lang.code(), "helplines.description", "Confidential helplines for anyone affected by domestic abuse, "
                            + "and for people worried about their own behaviour."), path, "helplines", lang.code(),
                    List.of(new Views.Link(ctx.word(lang.code(), "nav.home", "Home"), config.link(homePath))), "");
            Map<String, Object> helplines = Map.of(
                    "national", content.helplines().stream().filter(h -> h.scope().equals("national")).toList(),
                    "local", content.helplines().stream().filter(h -> h.scope().equals("local")).toList());
            jobs.add(new Job(path.substring(1) + "index.html", "helplines", page, helplines, "content/helplines.yml", List.of()));
        }
        PageContext statement = ctx.base("Accessibility statement", "How accessible this website is, what to do if "
                + "you cannot use part of it, and how to report a problem.", "/accessibility/", "accessibility", null, home, "");
        jobs.add(new Job("accessibility/index.html", "accessibility", statement, Map.of("a11y", config.accessibility()), "site-config.yml", List.of()));
        return jobs;
    }

    static List<Helpline> featured(Content content) {
        return content.featuredHelplines();
    }
}
