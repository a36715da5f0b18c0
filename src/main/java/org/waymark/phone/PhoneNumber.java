package org.waymark.phone;

import java.util.Objects;
import java.util.Optional;

/**
 * A UK phone number that may be published.
 *
 * @param written the number exactly as the editor wrote it, for messages
 * @param shown the number as the site shows it: libphonenumber's national format ("0808 200 0247"), a short number's
 *     digits ("999", "116 123"), or a text relay prefix before the number ("18001 0808 200 0247")
 * @param tel the link target, such as {@code tel:+448082000247}, {@code tel:999} or {@code tel:1800108082000247}
 * @param kind which part of the UK numbering plan the number belongs to
 * @param free whether calls to it are free from landlines and mobiles
 * @param charge what a call costs beyond an ordinary one ("up to 7p a minute, plus …"), or "" when it costs no more
 */
public record PhoneNumber(String written, String shown, String tel, Kind kind, boolean free, String charge) {

  /** Parts of the UK numbering plan that a published number can belong to. */
  public enum Kind {
    /** 01 and 02 numbers, tied to an area. */
    GEOGRAPHIC,
    /** 07 mobile numbers (07624 on the Isle of Man too). */
    MOBILE,
    /** 0800 and 0808 numbers, free to call. */
    FREEPHONE,
    /** 03 numbers, charged as a call to an 01 or 02 number. */
    UK_WIDE,
    /** 055, 056 and 070 numbers. */
    NON_GEOGRAPHIC,
    /** 084 and 087 numbers, which cost a service charge on top of the call. */
    SERVICE,
    /** 09 numbers, which cost callers a lot. */
    PREMIUM_RATE,
    /** 999, 112, 101, 111, 105 and 116 xxx. */
    SHORT_CODE,
    /** 18000, and 18001 or 18002 followed by a number. */
    TEXT_RELAY
  }

  private static final String UK_PREFIX = "tel:+44";
  /** Length of "tel:18001" and "tel:18002", which come before the national number in a text relay link. */
  private static final int RELAY_PREFIX_LENGTH = "tel:18001".length();

  public PhoneNumber {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(tel, "tel");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(charge, "charge");
  }

  /**
   * Whether the number is one Ofcom keeps for drama (01632 960xxx, 020 7946 0xxx, 0808 157 0xxx, 07700 900xxx and
   * the rest of its list), on its own or after a text relay prefix: such numbers never reach a real person.
   */
  public boolean isDramaRange() {
    return national().map(DramaRanges::contains).orElse(false);
  }

  /** Whether it is a short number or 18000, which is nobody's own number (999, 101, 116 123). */
  public boolean isShort() {
    return kind == Kind.SHORT_CODE || tel.equals("tel:18000");
  }

  /** The national number it calls ("08082000247"), itself or after text relay's prefix; empty for a short number. */
  public Optional<String> national() {
    if (tel.startsWith(UK_PREFIX)) return Optional.of("0" + tel.substring(UK_PREFIX.length()));
    if (kind == Kind.TEXT_RELAY && tel.length() > RELAY_PREFIX_LENGTH) {
      return Optional.of(tel.substring(RELAY_PREFIX_LENGTH));
    }
    return Optional.empty();
  }
}
