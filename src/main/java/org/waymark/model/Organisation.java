package org.waymark.model;

/**
 * Who runs a service: a partner from content/partners.yml, or an organisation named in words.
 *
 * @param partnerId the partner's id, or "" for a plain name
 * @param type the partner's type ("council", "charity" …), or "" for a plain name
 * @param website the partner's website, or ""
 */
public record Organisation(String partnerId, String name, String type, String website) {
    public boolean isPartner() {
        return !partnerId.isEmpty();
    }

    /** Whether the organisation is a public body, so that its services are government services. */
    public boolean isPublicBody() {
        return switch (type) {
            case "council", "police", "health", "probation", "justice" -> true;
            default -> false;
        };
    }
}
