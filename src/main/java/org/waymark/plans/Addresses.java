package org.waymark.plans;

import java.time.LocalDate;
import org.waymark.model.Action;
import org.waymark.model.Lead;
import org.waymark.model.Plan;
import org.waymark.model.PlanTheme;

/** The site paths of the plan pages and files ("/plans/2009-10/actions/1-1/"). */
final class Addresses {
    static final String INDEX = "/plans/";
    static final String FEED = "/plans/feed.xml";

    private Addresses() {}

    static String plan(Plan p) {
        return INDEX + p.id() + "/";
    }

    static String theme(Plan p, PlanTheme t) {
        return plan(p) + t.slug() + "/";
    }

    static String action(Plan p, Action a) {
        return plan(p) + "actions/" + a.slug() + "/";
    }

    static String lead(Plan p, Lead l) {
        return plan(p) + "partners/" + l.slug() + "/";
    }

    static String report(Plan p, LocalDate date) {
        return plan(p) + "reports/" + date + "/";
    }

    static String print(Plan p) {
        return plan(p) + "print/";
    }

    static String csv(Plan p) {
        return plan(p) + "plan.csv";
    }

    /** The plan's progress over time as a long-format table (round, theme, partner, status, count). */
    static String progressCsv(Plan p) {
        return plan(p) + "progress.csv";
    }

    /** The actions one lead leads, as CSV, next to the lead's page. */
    static String leadCsv(Plan p, Lead l) {
        return lead(p, l) + "actions.csv";
    }

    static String json(Plan p) {
        return plan(p) + "plan.json";
    }
}
