package org.waymark.phone;

import java.util.Objects;

/** The outcome of reading a phone number: either a number that can be published, or what is wrong with it. */
public sealed interface PhoneParse permits PhoneParse.Valid, PhoneParse.Invalid {

  /** A number that can be published and linked. */
  record Valid(PhoneNumber number) implements PhoneParse {
    public Valid {
      Objects.requireNonNull(number, "number");
    }
  }

  /**
   * A number that cannot be published.
   *
   * @param message one sentence saying what is wrong
   * @param hint what the editor can do about it
   */
  record Invalid(String message, String hint) implements PhoneParse {
    public Invalid {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(hint, "hint");
    }
  }
}
