package org.waymark.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import com.google.i18n.phonenumbers.ShortNumberInfo.ShortNumberCost;
import java.util.Locale;
import java.util.Set;
import org.waymark.phone.PhoneNumber.Kind;

/**
 * Reads UK phone numbers as editors write them and gives each valid one the {@code tel:} link a phone can dial and the
 * form the site shows. Which numbers exist, how they are grouped and what kind they are come from Google's
 * libphonenumber ({@link PhoneNumberUtil#isValidNumber} for full numbers, {@link ShortNumberInfo} for short ones);
 * Ofcom's drama numbers ({@link DramaRanges}) are read as the well-formed numbers they are.
 *
 * <p>Numbers may contain digits, spaces, hyphens, dots, brackets and a leading {@code +}. A {@code +44} or {@code 0044}
 * prefix, with or without a following {@code (0)}, is read as the leading 0 of a national number. The short numbers
 * a site may link are 999, 112, 101, 111, 105 and the 116 xxx helplines; text relay is 18000 alone, or 18001 (or 18002)
 * followed by a full number.
 */
public final class UkPhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final ShortNumberInfo SHORT = ShortNumberInfo.getInstance();
  private static final String LENGTH_HINT =
      "Check the number where the service publishes it; UK numbers have 11 digits starting with 0, such as 0808 2000 247.";
  private static final String LINK_HINT = "Write tel: followed by the number, such as tel:08082000247.";
  private static final String SILENT_SOLUTION_HINT = "write the Silent Solution as text; link 999";
  /** The short numbers a site about domestic abuse links, besides 116 xxx: emergency, police, NHS, power cut. */
  private static final Set<String> SHORT_CODES = Set.of("999", "112", "101", "111", "105");

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
        // ShortNumberInfo: 18000 is free to call, as 999 is
        return new PhoneParse.Valid(new PhoneNumber(written, "18000", "tel:18000", Kind.TEXT_RELAY, true, ""));
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
    // a call through text relay costs what a call to the number costs
    return new PhoneParse.Valid(new PhoneNumber(written, prefix + " " + number.shown(),
        "tel:" + prefix + nationalOf(number.tel()), Kind.TEXT_RELAY, number.free(), number.charge()));
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
    if (digits.length() < 3) {
      return new PhoneParse.Invalid(subject + " has " + digitCount(digits.length()) + ", but UK numbers have 10 or 11.",
          LENGTH_HINT);
    }
    if (digits.startsWith("0500")) {
      return new PhoneParse.Invalid(subject + " is a 0500 freephone number, and 0500 numbers were withdrawn in 2017.",
          "Publish the service's current number; most 0500 numbers moved to 0808 5.");
    }
    Phonenumber.PhoneNumber parsed = gb(digits);
    if (parsed == null) {
      return new PhoneParse.Invalid(subject + " is not a UK phone number.", LENGTH_HINT);
    }
    // Ofcom's drama numbers: libphonenumber calls some of them invalid, but they are well-formed UK numbers
    if (!DramaRanges.contains(digits) && !UTIL.isValidNumber(parsed)) {
      return new PhoneParse.Invalid(notInUse(subject, digits, converted), LENGTH_HINT);
    }
    Kind kind = kind(digits, parsed);
    String shown = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
    String tel = "tel:" + UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
    return new PhoneParse.Valid(new PhoneNumber(written, shown, tel, kind, kind == Kind.FREEPHONE, charge(digits)));
  }

  /** Why {@code digits} is no UK number: a digit too few or too many for its range, when one would make it valid. */
  private static String notInUse(String subject, String digits, boolean converted) {
    String counted = digitCount(digits.length()) + (converted ? " once +44 is written as 0" : "");
    String cut = digits.substring(0, digits.length() - 1);
    if (DramaRanges.contains(digits + '0') || DramaRanges.contains(cut)) {
      return subject + " has " + counted + ", one too " + (DramaRanges.contains(cut) ? "many" : "few")
          + " for one of Ofcom's drama numbers, which have 11.";
    }
    for (char d = '0'; d <= '9'; d++) {
      Phonenumber.PhoneNumber longer = gb(digits + d);
      if (longer != null && UTIL.isValidNumber(longer)) {
        return subject + " has " + counted + ", one too few for a number starting " + areaCode(digits + d, longer) + ".";
      }
    }
    Phonenumber.PhoneNumber shorter = gb(cut);
    if (shorter != null && UTIL.isValidNumber(shorter)) {
      return subject + " has " + counted + ", one too many for a number starting " + areaCode(cut, shorter) + ".";
    }
    if (digits.length() < 10 || digits.length() > 11) {
      return subject + " has " + counted + ", but UK numbers have 10 or 11.";
    }
    return subject + " is not a UK number in use: no number starting " + digits.substring(0, Math.min(5, digits.length()))
        + " has " + counted + ".";
  }

  /** The area code (or range) of a valid national number, with its 0: "01772", "020", "0808". */
  private static String areaCode(String digits, Phonenumber.PhoneNumber number) {
    int length = UTIL.getLengthOfNationalDestinationCode(number);
    return length > 0 ? digits.substring(0, length + 1) : digits.substring(0, Math.min(4, digits.length()));
  }

  private static Kind kind(String digits, Phonenumber.PhoneNumber number) {
    if (digits.startsWith("084") || digits.startsWith("087")) return Kind.SERVICE;
    if (digits.startsWith("09")) return Kind.PREMIUM_RATE;
    if (digits.startsWith("03")) return Kind.UK_WIDE;
    if (digits.startsWith("0800") || digits.startsWith("0808")) return Kind.FREEPHONE;
    return switch (UTIL.getNumberType(number)) {
      case FIXED_LINE, FIXED_LINE_OR_MOBILE -> Kind.GEOGRAPHIC;
      case MOBILE -> Kind.MOBILE;
      case TOLL_FREE -> Kind.FREEPHONE;
      case PREMIUM_RATE -> Kind.PREMIUM_RATE;
      case SHARED_COST -> Kind.SERVICE;
      // drama numbers libphonenumber does not know: 01632 960xxx, 0115 496 0xxx, 07700 900xxx
      case UNKNOWN -> digits.startsWith("07") ? Kind.MOBILE : Kind.GEOGRAPHIC;
      default -> Kind.NON_GEOGRAPHIC;
    };
  }

  /**
   * What a call to a service or premium-rate number costs on top of the caller's access charge: the most each may
   * charge under Ofcom's "UK Calling" rules (since 1 July 2015: 084 up to 7p a minute or a call, 087 up to 13p, 09 up
   * to £3.60 a minute or £6 a call; see ofcom.org.uk, "UK Calling", and area-codes.org.uk, "Service charges and
   * access charges").
   */
  private static String charge(String digits) {
    if (digits.startsWith("084")) return "up to 7p a minute, plus their phone company's access charge";
    if (digits.startsWith("087")) return "up to 13p a minute, plus their phone company's access charge";
    if (digits.startsWith("09")) return "up to £3.60 a minute (or £6 a call), plus their phone company's access charge";
    return "";
  }

  /** {@code digits} read as a UK number, or null when libphonenumber cannot read it at all. */
  private static Phonenumber.PhoneNumber gb(String digits) {
    try {
      return UTIL.parse(digits, "GB");
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static PhoneParse shortNumber(String subject, String written, String digits) {
    if (SHORT_CODES.contains(digits) || digits.startsWith("116")) {
      Phonenumber.PhoneNumber number = gb(digits);
      if (number != null && SHORT.isValidShortNumberForRegion(number, "GB")) {
        String shown = digits.startsWith("116") ? "116 " + digits.substring(3) : digits;
        return new PhoneParse.Valid(new PhoneNumber(written, shown, "tel:" + digits, Kind.SHORT_CODE, isFree(digits, number), ""));
      }
      if (digits.startsWith("116")) {
        String why = digits.length() == 6 ? "is not a 116 helpline number in use in the UK"
            : "has " + digitCount(digits.length()) + ", but 116 helpline numbers need 6";
        return new PhoneParse.Invalid(subject + " " + why + ".",
            "Check the number where the service publishes it; 116 numbers are written like 116 123.");
      }
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

  /**
   * Whether a short number is free to call: ShortNumberInfo's TOLL_FREE (999, 112, 105, 116 xxx), and 111, which
   * libphonenumber leaves unknown but the NHS makes free from landlines and mobiles (nhs.uk, "When to use 111").
   */
  private static boolean isFree(String digits, Phonenumber.PhoneNumber number) {
    return digits.equals("111") || SHORT.getExpectedCostForRegion(number, "GB") == ShortNumberCost.TOLL_FREE;
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

  /** The national form (leading 0) of a {@code tel:+44...} link. */
  private static String nationalOf(String tel) {
    return "0" + tel.substring("tel:+44".length());
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
