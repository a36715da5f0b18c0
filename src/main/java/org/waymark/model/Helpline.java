package org.waymark.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.diag.Pos;

/**
 * A national or local helpline, from content/helplines.yml.
 *
 * @param scope "national" or "local"
 * @param featured whether it is one of the few shown on the home page and on every service page
 * @param lastVerified when an editor last checked the number and hours; empty when not confirmed
 */
public record Helpline(String id, String name, String runBy, String scope, String forWhom, List<Phone> phones,
        String hours, Boolean free, String text, String webchat, String website, boolean featured,
        Optional<LocalDate> lastVerified, String source, Pos pos) {
    public Helpline {
        phones = List.copyOf(phones);
    }

    /** For templates: the date last checked, or null. */
    public LocalDate verified() {
        return lastVerified.orElse(null);
    }
}
