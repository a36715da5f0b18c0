package org.waymark.model;

import org.waymark.phone.PhoneNumber;

/**
 * A phone number of a helpline or service, checked and ready to link.
 *
 * @param number the number as written, as shown, and its {@code tel:} link
 * @param label what the line is ("24-hour line"), or ""
 * @param hours when it answers, in words, or ""
 * @param free whether calls are free, or null when not said
 * @param text text or text-relay details, or ""
 */
public record Phone(PhoneNumber number, String label, String hours, Boolean free, String text) {
    /** The number as the editor wrote it. */
    public String written() {
        return number.written();
    }

    /** The number as the site shows it, in libphonenumber's national format ("0808 200 0247"). */
    public String shown() {
        return number.shown();
    }

    /** Whether calls to it are free, whatever the editor wrote. */
    public boolean freeToCall() {
        return number.free();
    }

    public String tel() {
        return number.tel();
    }
}
