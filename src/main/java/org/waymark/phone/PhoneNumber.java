package org.waymark.phone;

import java.util.Objects;

/**
 * A UK phone number that may be published.
 *
 * @param written the number exactly as the editor wrote it, for display
 * @param tel the link target, such as {@code tel:+448082000247}, {@code tel:999} or {@code tel:1800108082000247}
 * @param kind which part of the UK numbering plan the number belongs to
 */
public record PhoneNumber(String written, String tel, Kind kind) {

  /** Parts of the UK numbering plan that a published number can belong to. */
  public enum Kind {
    /** 01 and 02 numbers, tied to an area. */
    GEOGRAPHIC,
    /** 071–075 and 077–079 mobile numbers (and 07624, Isle of Man mobiles). */
    MOBILE,
    /** 0800 and 0808 numbers, free to call. */
    FREEPHONE,
    /** 03, 055, 056, 070, 076, 084 and 087 numbers. */
    NON_GEOGRAPHIC,
    /** 999, 112, 101, 111, 105 and 116xxx. */
    SHORT_CODE,
    /** 18000, and 18001 or 18002 followed by a number. */
    TEXT_RELAY
  }

  private static final String UK_PREFIX = "tel:+44";
  /** Length of "tel:18001" and "tel:18002", which come before the national number in a text relay link. */
  private static final int RELAY_PREFIX_LENGTH = "tel:18001".length();

  /** National significant number prefixes of the ranges Ofcom keeps for drama, each followed by three free digits. */
  private static final String[] DRAMA_PREFIXES = {
    "01632960", // 01632 960000–960999
    "08081570", // 0808 157 0000–0999
    "02079460", // 020 7946 0000–0999
    "07700900", // 07700 900000–900999
  };

  public PhoneNumber {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(tel, "tel");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Whether the number is in one of the ranges Ofcom keeps for use in drama and examples (01632 960xxx, 020 7946 0xxx,
   * 0808 157 0xxx, 07700 900xxx), on its own or after a text relay prefix: such numbers never reach a real person, so
   * a live site must not publish them.
   */
  public boolean isDramaRange() {
    String national;
    if (tel.startsWith(UK_PREFIX)) {
      national = "0" + tel.substring(UK_PREFIX.length());
    } else if (kind == Kind.TEXT_RELAY && tel.length() > RELAY_PREFIX_LENGTH) {
      national = tel.substring(RELAY_PREFIX_LENGTH);
    } else {
      return false;
    }
    if (national.length() != 11) {
      return false;
    }
    for (String prefix : DRAMA_PREFIXES) {
      if (national.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
