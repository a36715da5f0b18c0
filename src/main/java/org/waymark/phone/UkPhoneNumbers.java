package org.waymark.phone;

import java.util.List;
import java.util.Locale;
import org.waymark.phone.PhoneNumber.Kind;

/**
 * Reads UK phone numbers as editors write them, following the Ofcom numbering plan, and gives each valid one the
 * {@code tel:} link a phone can dial.
 *
 * <p>Numbers may contain digits, spaces, hyphens, dots, brackets and a leading {@code +}. A {@code +44} or {@code 0044}
 * prefix, with or without a following {@code (0)}, is read as the leading 0 of a national number. Premium-rate (09)
 * numbers are refused because they cost callers a lot.
 */
public final class UkPhoneNumbers {

  private static final String LENGTH_HINT =
      "Check the number where the service publishes it; UK numbers have 11 digits starting with 0, such as 0808 2000 247.";
  private static final String LINK_HINT = "Write tel: followed by the number, such as tel:08082000247.";
  private static final String SILENT_SOLUTION_HINT = "write the Silent Solution as text; link 999";
  private static final List<String> SHORT_CODES = List.of("999", "112", "101", "111", "105");

  /** A block of national numbers: those starting with {@code prefix} and having a length from min to max. */
  private record Range(String prefix, Kind kind, int minLength, int maxLength, String label) {}

  private static final List<Range> RANGES = List.of(
      new Range("01", Kind.GEOGRAPHIC, 10, 11, "geographic numbers starting 01"),
      new Range("02", Kind.GEOGRAPHIC, 11, 11, "geographic numbers starting 02"),
      new Range("03", Kind.NON_GEOGRAPHIC, 11, 11, "numbers starting 03"),
      new Range("055", Kind.NON_GEOGRAPHIC, 11, 11, "numbers starting 055"),
      new Range("056", Kind.NON_GEOGRAPHIC, 11, 11, "numbers starting 056"),
      new Range("070", Kind.NON_GEOGRAPHIC, 11, 11, "personal numbers starting 070"),
      new Range("071", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("072", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("073", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("074", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("075", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("076", Kind.NON_GEOGRAPHIC, 11, 11, "pager numbers starting 076"),
      new Range("07624", Kind.MOBILE, 11, 11, "Isle of Man mobile numbers starting 07624"),
      new Range("077", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("078", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("079", Kind.MOBILE, 11, 11, "mobile numbers starting 07"),
      new Range("0800", Kind.FREEPHONE, 10, 11, "freephone numbers starting 0800"),
      new Range("0808", Kind.FREEPHONE, 11, 11, "freephone numbers starting 0808"),
      new Range("084", Kind.NON_GEOGRAPHIC, 11, 11, "numbers starting 084"),
      new Range("087", Kind.NON_GEOGRAPHIC, 11, 11, "numbers starting 087"));

  private UkPhoneNumbers() {}

  /**
   * Reads a phone number written in site data, such as {@code "0808 2000 247"}, {@code "+44 (0)1632 960001"},
   * {@code "999"}, {@code "116 123"} or {@code "18001 0808 2000 247"}.
   */
  public static PhoneParse parse(String written) {
    if (written == null || written.isBlank()) {
      return new PhoneParse.Invalid("The phone number is empty.", "Write the number in digits, such as 0808 2000 247.");
    }
    return parse(quote(written), written);
  }

  /**
   * Reads the target of a Markdown phone link, such as {@code "tel:08082000247"}, {@code "tel:+441632960001"} or
   * {@code "tel:999"}. The {@code tel:} prefix is required; spaces written as {@code %20} and the separators allowed in
   * {@link #parse} may appear in the number. The number's {@code written} form is the part after {@code tel:}, with
   * {@code %20} read as a space.
   */
  public static PhoneParse parseTelHref(String href) {
    if (href == null || href.isBlank()) {
      return new PhoneParse.Invalid("The phone link is empty.", LINK_HINT);
    }
    String subject = quote(href);
    if (!href.regionMatches(true, 0, "tel:", 0, 4)) {
      return new PhoneParse.Invalid(subject + " is not a phone link because it does not start with \"tel:\".", LINK_HINT);
    }
    String number = href.substring(4);
    if (number.startsWith("//")) {
      return new PhoneParse.Invalid(subject + " has // after tel:, which phone links do not use.",
          "Write the number straight after tel:, such as tel:08082000247.");
    }
    if (number.indexOf(';') >= 0) {
      return new PhoneParse.Invalid(subject + " has a parameter after ;, which phone links on this site do not use.",
          "Link the number alone and put any extension in the text beside it.");
    }
    String decoded = number.replaceAll("(?i)%20", " ");
    if (decoded.indexOf('%') >= 0) {
      return new PhoneParse.Invalid(subject + " has a percent-encoded character other than %20 (a space).",
          "Write the number with digits and separators only, such as tel:+448082000247.");
    }
    if (decoded.isBlank()) {
      return new PhoneParse.Invalid(subject + " has no number after \"tel:\".", LINK_HINT);
    }
    return parse(subject, decoded);
  }

  private static PhoneParse parse(String subject, String written) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < written.length(); ) {
      int c = written.codePointAt(i);
      i += Character.charCount(c);
      if ((c >= '0' && c <= '9') || c == '+' || c == '(' || c == ')') {
        kept.appendCodePoint(c);
      } else if (c == '-' || c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      } else {
        return badCharacter(subject, c);
      }
    }
    String compact = kept.toString();
    if (compact.chars().noneMatch(ch -> ch >= '0' && ch <= '9')) {
      return new PhoneParse.Invalid(subject + " has no digits.", "Write the number in digits, such as 0808 2000 247.");
    }
    boolean relayWithNumber = compact.startsWith("18001") || compact.startsWith("18002");
    for (int i = compact.indexOf('+'); i >= 0; i = compact.indexOf('+', i + 1)) {
      if (i != 0 && !(relayWithNumber && i == 5)) {
        return new PhoneParse.Invalid(subject + " has a + that is not at the start.",
            "Use + only at the start of an international number, as in +44 808 2000 247.");
      }
    }
    PhoneParse.Invalid brackets = checkBrackets(subject, compact);
    if (brackets != null) {
      return brackets;
    }
    if (compact.startsWith("1800")) {
      PhoneParse relay = textRelay(subject, written, compact);
      if (relay != null) {
        return relay;
      }
    }
    return classify(subject, written, compact);
  }

  private static PhoneParse textRelay(String subject, String written, String compact) {
    if (compact.startsWith("18000")) {
      if (compact.length() == 5) {
        return valid(written, "tel:18000", Kind.TEXT_RELAY);
      }
      return new PhoneParse.Invalid(
          subject + " has digits after 18000, the emergency text relay number, which is dialled on its own.",
          "Write 18000 on its own; to call another number through text relay, write 18001 before it.");
    }
    if (!compact.startsWith("18001") && !compact.startsWith("18002")) {
      return null;
    }
    String prefix = compact.substring(0, 5);
    String rest = compact.substring(5);
    String example = "such as " + prefix + " 0808 2000 247";
    if (rest.isEmpty()) {
      return new PhoneParse.Invalid(subject + " has no number to call after " + prefix + ".",
          "Write " + prefix + " followed by the full number, " + example + ".");
    }
    PhoneParse inner = classify("the number after " + prefix, rest, rest);
    if (inner instanceof PhoneParse.Invalid invalid) {
      return new PhoneParse.Invalid(capitalise(invalid.message()), invalid.hint());
    }
    PhoneNumber number = ((PhoneParse.Valid) inner).number();
    if (number.kind() == Kind.SHORT_CODE) {
      return new PhoneParse.Invalid(
          subject + " has a short number after " + prefix + ", but text relay needs a full number starting with 0.",
          "For an emergency write 18000; otherwise write " + prefix + " followed by the full number, " + example + ".");
    }
    return valid(written, "tel:" + prefix + nationalOf(number.tel()), Kind.TEXT_RELAY);
  }

  private static PhoneParse classify(String subject, String written, String compact) {
    if (compact.startsWith("+")) {
      return compact.startsWith("+44")
          ? fromInternational(subject, written, compact.substring(3), "+44")
          : foreign(subject);
    }
    if (compact.startsWith("00")) {
      return compact.startsWith("0044")
          ? fromInternational(subject, written, compact.substring(4), "0044")
          : foreign(subject);
    }
    String digits = withoutBrackets(compact);
    return digits.startsWith("0") ? national(subject, written, digits, false) : shortNumber(subject, written, digits);
  }

  private static PhoneParse fromInternational(String subject, String written, String rest, String countryCode) {
    if (rest.startsWith("(0)")) {
      rest = rest.substring(3);
    }
    String digits = withoutBrackets(rest);
    if (digits.startsWith("0")) {
      return new PhoneParse.Invalid(subject + " has a 0 straight after " + countryCode + ".",
          "Leave out the 0 after " + countryCode + ", as in +44 808 2000 247, or write the number as 0808 2000 247.");
    }
    return national(subject, written, "0" + digits, true);
  }

  private static PhoneParse national(String subject, String written, String digits, boolean converted) {
    if (digits.startsWith("09")) {
      return new PhoneParse.Invalid(subject + " is a premium-rate number (starting 09), and premium-rate numbers must "
              + "not be published on this site because they cost callers a lot.",
          "Publish the service's freephone (0800 or 0808), geographic or 03 number instead.");
    }
    Range range = null;
    for (Range r : RANGES) {
      if (digits.startsWith(r.prefix()) && (range == null || r.prefix().length() > range.prefix().length())) {
        range = r;
      }
    }
    String counted = digitCount(digits.length()) + (converted ? " once +44 is written as 0" : "");
    if (range == null) {
      if (RANGES.stream().anyMatch(r -> r.prefix().startsWith(digits))) {
        return new PhoneParse.Invalid(subject + " has " + counted + ", but UK numbers have 10 or 11.", LENGTH_HINT);
      }
      if (digits.startsWith("0500")) {
        return new PhoneParse.Invalid(subject + " is a 0500 freephone number, and 0500 numbers were withdrawn in 2017.",
            "Publish the service's current number; most 0500 numbers moved to 0808 5.");
      }
      return new PhoneParse.Invalid(subject + " starts " + unknownPrefix(digits) + ", which is not a UK number range.",
          "Check the number where the service publishes it; UK numbers start 01, 02, 03, 05, 07 or 08, and only UK "
              + "numbers are supported.");
    }
    int length = digits.length();
    if (length < range.minLength() || length > range.maxLength()) {
      String needed = range.minLength() == range.maxLength()
          ? String.valueOf(range.maxLength())
          : range.minLength() + " or " + range.maxLength();
      return new PhoneParse.Invalid(subject + " has " + counted + ", but " + range.label() + " need " + needed + ".",
          LENGTH_HINT);
    }
    return valid(written, "tel:+44" + digits.substring(1), range.kind());
  }

  private static PhoneParse shortNumber(String subject, String written, String digits) {
    if (SHORT_CODES.contains(digits)) {
      return valid(written, "tel:" + digits, Kind.SHORT_CODE);
    }
    if (digits.startsWith("116")) {
      if (digits.length() == 6) {
        return valid(written, "tel:" + digits, Kind.SHORT_CODE);
      }
      return new PhoneParse.Invalid(subject + " has " + digitCount(digits.length()) + ", but 116 helpline numbers need 6.",
          "Check the number where the service publishes it; 116 numbers are written like 116 123.");
    }
    if (digits.equals("55") || (digits.startsWith("999") && digits.substring(3).equals("55"))) {
      return new PhoneParse.Invalid(subject + " cannot be dialled as a link, because 55 is only pressed when the "
          + "operator asks during a silent 999 call from a mobile.", SILENT_SOLUTION_HINT);
    }
    if ((digits.length() == 9 || digits.length() == 10)
        && national(subject, written, "0" + digits, false) instanceof PhoneParse.Valid) {
      return new PhoneParse.Invalid(subject + " is missing the 0 at the start.",
          "Write the number with its leading 0, as in 0" + digits + ".");
    }
    return new PhoneParse.Invalid(subject + " is not a UK phone number, because it does not start with 0 and is not "
        + "a short number such as 999, 101, 111 or 116 123.", LENGTH_HINT);
  }

  private static PhoneParse foreign(String subject) {
    return new PhoneParse.Invalid(subject + " has a country code other than +44, and only UK numbers are supported.",
        "Publish the service's UK number; an international number can be given in the text instead.");
  }

  private static PhoneParse.Invalid badCharacter(String subject, int c) {
    String shown = new String(Character.toChars(c));
    if (Character.isLetter(c)) {
      String hint = switch (c) {
        case 'O', 'o' -> "Type the digit 0 (zero) in place of the letter " + shown + ".";
        case 'l', 'I' -> "Type the digit 1 (one) in place of the letter " + shown + ".";
        default -> "Write only the number here, and put extensions, opening hours or notes in the text beside it.";
      };
      return new PhoneParse.Invalid(subject + " contains the letter \"" + shown + "\", and a phone number can only "
          + "contain digits, spaces, hyphens, dots, brackets and a leading +.", hint);
    }
    String what = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
        ? String.format(Locale.ROOT, "an invisible character (U+%04X)", c)
        : "the character \"" + shown + "\"";
    String hint = Character.getType(c) == Character.DASH_PUNCTUATION
        ? "Use a plain hyphen (-) or a space between groups of digits."
        : "Write only digits, spaces and hyphens, such as 0808 2000 247.";
    return new PhoneParse.Invalid(subject + " contains " + what + ", and a phone number can only contain digits, "
        + "spaces, hyphens, dots, brackets and a leading +.", hint);
  }

  private static PhoneParse.Invalid checkBrackets(String subject, String compact) {
    boolean open = false;
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c == '(') {
        if (open) {
          return new PhoneParse.Invalid(subject + " has a bracket inside another bracket.",
              "Remove the extra bracket, or write the number without brackets.");
        }
        open = true;
      } else if (c == ')') {
        if (!open) {
          return new PhoneParse.Invalid(subject + " has a closing bracket with no opening bracket.",
              "Remove the bracket, or write the number without brackets.");
        }
        open = false;
      }
    }
    if (open) {
      return new PhoneParse.Invalid(subject + " has a bracket that is not closed.",
          "Close the bracket, or write the number without brackets.");
    }
    return null;
  }

  /** The shortest start of {@code digits} that no UK range begins with, such as "04" or "0801". */
  private static String unknownPrefix(String digits) {
    for (int length = 2; length < digits.length(); length++) {
      String start = digits.substring(0, length);
      if (RANGES.stream().noneMatch(r -> r.prefix().startsWith(start))) {
        return start;
      }
    }
    return digits;
  }

  /** The national form (leading 0) of a {@code tel:+44...} link. */
  private static String nationalOf(String tel) {
    return "0" + tel.substring("tel:+44".length());
  }

  private static PhoneParse valid(String written, String tel, Kind kind) {
    return new PhoneParse.Valid(new PhoneNumber(written, tel, kind));
  }

  private static String withoutBrackets(String s) {
    return s.replace("(", "").replace(")", "");
  }

  private static String digitCount(int n) {
    return n == 1 ? "1 digit" : n + " digits";
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
