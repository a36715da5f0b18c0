package org.waymark.plans;

import java.util.List;
import java.util.Locale;
import org.waymark.model.Labels;
import org.waymark.model.Plan;
import org.waymark.model.Status;
import org.waymark.plans.PlanViews.Badge;
import org.waymark.render.SiteRenderer;

/**
 * The theme's words on the plan pages ({@code plans.*} in {@code themes/<theme>/i18n/<lang>.yml}): status words,
 * column names a plan leaves to the theme, counts, chart and milestone wording. A plan is published in the language
 * it is written in, the site's default language, so these are that language's words; a word the theme lacks is a
 * warning and the English one below is used. The exports keep the English words of {@link Status}.
 */
final class PlanWords {
    private static final String USED_BY = "the plan pages";

    private final SiteRenderer.Context ctx;
    private final String lang;
    private final Labels labels;

    PlanWords(SiteRenderer.Context ctx) {
        this.ctx = ctx;
        this.lang = ctx.config().defaultLanguage().code();
        Labels d = Labels.DEFAULT;
        this.labels = new Labels(word("plans.labels.ref", d.ref()), word("plans.labels.title", d.title()),
                word("plans.labels.steps", d.steps()), word("plans.labels.leads", d.leads()), word("plans.labels.by", d.by()),
                word("plans.labels.resources", d.resources()), word("plans.labels.milestones", d.milestones()),
                word("plans.labels.outcomes", d.outcomes()), word("plans.labels.measures", d.measures()),
                word("plans.labels.confidence", d.confidence()), word("plans.labels.risks", d.risks()), List.of());
    }

    /** The theme's word for {@code key}, or {@code english} (with a warning) when the theme lacks it. */
    String word(String key, String english) {
        return ctx.text(lang, key, english, USED_BY);
    }

    /** The column names of {@code plan}: its own where it gives them, the theme's for the rest. */
    Labels labels(Plan plan) {
        return plan.labels().over(labels);
    }

    /** A status in words ("On track"). */
    String status(Status s) {
        return word("plans.status." + s.word(), s.label());
    }

    /** A status with its report word where that differs, for legends and table headers ("On track (green)"). */
    String legend(Status s) {
        return switch (s) {
            case GREEN, AMBER, RED -> word("plans.legend", "{status} ({colour})").replace("{status}", status(s))
                    .replace("{colour}", word("plans.colour." + s.word(), s.word()));
            default -> status(s);
        };
    }

    Badge badge(Status s) {
        return new Badge(s.word(), status(s));
    }

    Badge legendBadge(Status s) {
        return new Badge(s.word(), legend(s));
    }

    /** "1 action", "12 actions". */
    String count(int n) {
        return n == 1 ? word("plans.count.one", "1 action") : word("plans.count.many", "{count} actions").replace("{count}", String.valueOf(n));
    }

    /** Lower case, as a word inside a sentence, by the rules of the language. */
    String lower(String s) {
        return s.toLowerCase(lang.equals("en") ? Locale.UK : Locale.forLanguageTag(lang));
    }
}
