package org.waymark.model;

import org.waymark.diag.Pos;

/** A partner agency or group of the partnership, from content/partners.yml. */
public record Partner(String id, String name, String shortName, String type, String website, Pos pos) {
    /** The name to show where space is short. */
    public String label() {
        return shortName.isEmpty() ? name : shortName;
    }
}
