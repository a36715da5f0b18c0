package org.waymark.model;

import org.waymark.phone.PhoneNumber;

/**
 * A phone number of a helpline or service, checked and ready to link.
 *
 * @param number the number as written and its {@code tel:} link
 * @param label what the line is ("24-hour line"), or ""
 * @param hours when it answers, in words, or ""
 * @param free whether calls are free, or null when not said
 * @param text text or text-relay details, or ""
 */
public record Phone(PhoneNumber number, String label, String hours, Boolean free, String text) {
    public String written() {
        return number.written();
    }

    public String tel() {
        return number.tel();
    }
}
