package org.waymark.model;

/**
 * Who leads an action: a partner from partners.yml, or a name written in the plan.
 *
 * @param slug the partner's id, or the name made into an address part
 * @param partnerId the partners.yml id, or "" for a plain name
 */
public record Lead(String slug, String name, String partnerId) {
    public boolean isPartner() {
        return !partnerId.isEmpty();
    }
}
