package org.waymark.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.phone.PhoneNumber.Kind;

class UkPhoneNumbersTest {

  private static PhoneNumber valid(PhoneParse parse) {
    assertThat(parse).isInstanceOf(PhoneParse.Valid.class);
    return ((PhoneParse.Valid) parse).number();
  }

  private static PhoneParse.Invalid invalid(PhoneParse parse) {
    assertThat(parse).isInstanceOf(PhoneParse.Invalid.class);
    PhoneParse.Invalid invalid = (PhoneParse.Invalid) parse;
    assertThat(invalid.message()).isNotBlank().endsWith(".");
    assertThat(invalid.hint()).isNotBlank();
    return invalid;
  }

  // National helplines in ../shared/facts/helplines.md

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0808 2000 247, tel:+448082000247, 0808 200 0247, FREEPHONE, true",
    "0808 8010 327, tel:+448088010327, 0808 801 0327, FREEPHONE, true",
    "0800 999 5428, tel:+448009995428, 0800 999 5428, FREEPHONE, true",
    "0800 5999 247, tel:+448005999247, 0800 599 9247, FREEPHONE, true",
    "0808 802 4040, tel:+448088024040, 0808 802 4040, FREEPHONE, true",
    "0808 802 0300, tel:+448088020300, 0808 802 0300, FREEPHONE, true",
    "020 7008 0151, tel:+442070080151, 020 7008 0151, GEOGRAPHIC, false",
    "020 7008 1500, tel:+442070081500, 020 7008 1500, GEOGRAPHIC, false",
    "0808 500 2222, tel:+448085002222, 0808 500 2222, FREEPHONE, true",
    "999, tel:999, 999, SHORT_CODE, true",
    "18000, tel:18000, 18000, TEXT_RELAY, true",
  })
  void acceptsEveryNationalHelplineWithItsTelLinkNationalFormatAndCost(String written, String tel, String shown, Kind kind,
      boolean free) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.written()).isEqualTo(written);
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.shown()).isEqualTo(shown);
    assertThat(number.kind()).isEqualTo(kind);
    assertThat(number.free()).isEqualTo(free);
    assertThat(number.charge()).isEmpty();
    assertThat(number.isDramaRange()).isFalse();
  }

  /** Every number of ../shared/facts/helplines.md (the table's "number" column), read from the file itself. */
  @Test
  void acceptsEveryNumberInTheHelplineFacts() throws IOException {
    // shared/ lies beside the repository, on a developer's machine and in CI alike
    Path facts = Path.of("..", "shared", "facts", "helplines.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(facts), "the facts file is not beside the repository");
    List<String> numbers = new ArrayList<>();
    for (String line : Files.readAllLines(facts)) {
      String[] cells = line.split("\\|");
      if (cells.length < 3 || !cells[2].trim().matches("[0-9][0-9 ]+")) continue;
      numbers.add(cells[2].trim());
    }
    assertThat(numbers).hasSizeGreaterThanOrEqualTo(9).contains("0808 2000 247", "999");
    for (String n : numbers) valid(UkPhoneNumbers.parse(n));
  }

  // Separators and prefixes

  @Test
  void acceptsFreephoneWithSpaces() {
    assertThat(valid(UkPhoneNumbers.parse("0808 2000 247")).tel()).isEqualTo("tel:+448082000247");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01632-960001", "01632.960001", "01632960001", "(01632) 960001", "01632 960 001",
      "+44 1632 960001", "+44 (0)1632 960001", "+44(0)1632-960001", "0044 1632 960001", "0044 (0) 1632 960001",
      "01632\u00a0960001", "  01632 960001  "})
  void acceptsSeparatorsBracketsAndUkCountryCode(String written) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.tel()).isEqualTo("tel:+441632960001");
    assertThat(number.kind()).isEqualTo(Kind.GEOGRAPHIC);
  }

  @Test
  void keepsTheNumberAsWrittenAndShowsItInNationalFormat() {
    PhoneNumber number = valid(UkPhoneNumbers.parse("+44 (0)1632 960001"));
    assertThat(number.written()).isEqualTo("+44 (0)1632 960001");
    assertThat(number.shown()).isEqualTo("01632 960001");
    assertThat(valid(UkPhoneNumbers.parse("02079460000")).shown()).isEqualTo("020 7946 0000");
    assertThat(valid(UkPhoneNumbers.parse("0808-157-0500")).shown()).isEqualTo("0808 157 0500");
  }

  @Test
  void rejectsZeroStraightAfterCountryCode() {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse("+44 0808 2000 247"));
    assertThat(invalid.message()).contains("0 straight after +44");
    assertThat(invalid.hint()).contains("+44 808 2000 247");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1 202 555 0100", "+353 1 234 5678", "00353 1 234 5678", "+33 1 23 45 67 89"})
  void rejectsOtherCountryCodes(String written) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains("only UK numbers are supported");
  }

  // Ranges

  @ParameterizedTest(name = "{0} is {3}")
  @CsvSource({
    // geographic: 2-digit area code (020, 028, 029), 3-digit (0113, 0121, 0161), 4-digit (01772, 01224, 01387),
    // 5-digit (016977, 013873), with the 6-digit local numbers of 01772 and the mixed lengths of 01387 and 016977
    "020 7008 0151, tel:+442070080151, 020 7008 0151, GEOGRAPHIC",
    "029 2018 0000, tel:+442920180000, 029 2018 0000, GEOGRAPHIC",
    "0113 496 0000, tel:+441134960000, 0113 496 0000, GEOGRAPHIC",
    "0161 496 0999, tel:+441614960999, 0161 496 0999, GEOGRAPHIC",
    "01772 256789, tel:+441772256789, 01772 256789, GEOGRAPHIC",
    "01224 123456, tel:+441224123456, 01224 123456, GEOGRAPHIC",
    "01387 212345, tel:+441387212345, 01387 212345, GEOGRAPHIC",
    "013873 12345, tel:+441387312345, 013873 12345, GEOGRAPHIC",
    "016977 43210, tel:+441697743210, 016977 43210, GEOGRAPHIC",
    "016977 2345, tel:+44169772345, 016977 2345, GEOGRAPHIC",
    "01632 960001, tel:+441632960001, 01632 960001, GEOGRAPHIC",
    // mobile
    "07700 900123, tel:+447700900123, 07700 900123, MOBILE",
    "07123 456789, tel:+447123456789, 07123 456789, MOBILE",
    "07912 345678, tel:+447912345678, 07912 345678, MOBILE",
    "07624 123456, tel:+447624123456, 07624 123456, MOBILE",
    // freephone, UK-wide, other non-geographic
    "0800 123 456, tel:+44800123456, 0800 123456, FREEPHONE",
    "0800 123 4567, tel:+448001234567, 0800 123 4567, FREEPHONE",
    "0808 157 0500, tel:+448081570500, 0808 157 0500, FREEPHONE",
    "0300 123 4567, tel:+443001234567, 0300 123 4567, UK_WIDE",
    "0345 123 4567, tel:+443451234567, 0345 123 4567, UK_WIDE",
    "03069 990000, tel:+443069990000, 0306 999 0000, UK_WIDE",
    "070 1234 5678, tel:+447012345678, 070 1234 5678, NON_GEOGRAPHIC",
    "0560 123 4567, tel:+445601234567, 056 0123 4567, NON_GEOGRAPHIC",
    // numbers that cost callers more
    "0845 123 4567, tel:+448451234567, 0845 123 4567, SERVICE",
    "0844 123 4567, tel:+448441234567, 0844 123 4567, SERVICE",
    "0870 123 4567, tel:+448701234567, 0870 123 4567, SERVICE",
    "0871 123 4567, tel:+448711234567, 0871 123 4567, SERVICE",
    "0906 123 4567, tel:+449061234567, 0906 123 4567, PREMIUM_RATE",
    "0909 879 0000, tel:+449098790000, 0909 879 0000, PREMIUM_RATE",
  })
  void classifiesEachNumberRange(String written, String tel, String shown, Kind kind) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.shown()).isEqualTo(shown);
    assertThat(number.kind()).isEqualTo(kind);
    assertThat(number.free()).isEqualTo(kind == Kind.FREEPHONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "01772 25678     | has 10 digits, one too few for a number starting 01772",
    "01632 96078     | has 10 digits, one too few for one of Ofcom's drama numbers, which have 11",
    "07700 90012     | has 10 digits, one too few for one of Ofcom's drama numbers, which have 11",
    "01632 960 0012  | has 12 digits, one too many for one of Ofcom's drama numbers, which have 11",
    "016977 4321     | has 10 digits, one too few for a number starting 016977",
    "01387 31234     | has 10 digits, one too few for a number starting 013873",
    "0808 2000 24    | has 10 digits, one too few for a number starting 0808",
    "0808 2000 2477  | has 12 digits, one too many for a number starting 0808",
    "0800 12 345     | has 9 digits, one too few for a number starting 0800",
    "020 7008 015    | has 10 digits, one too few for a number starting 020",
    "0300 123 456    | has 10 digits, one too few for a number starting 0300",
    "0845 123 45     | has 9 digits, but UK numbers have 10 or 11",
    "01632 9600      | has 9 digits, but UK numbers have 10 or 11",
    "+44 808 2000 24 | has 10 digits once +44 is written as 0, one too few for a number starting 0808",
    "07             | has 2 digits, but UK numbers have 10 or 11",
    "0808 200        | has 7 digits, but UK numbers have 10 or 11",
  })
  void rejectsNumberWithWrongNumberOfDigitsSayingHowManyItHas(String written, String expected) {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse(written));
    assertThat(invalid.message()).isEqualTo("\"" + written + "\" " + expected + ".");
    assertThat(invalid.hint()).contains("11 digits starting with 0, such as 0808 2000 247");
  }

  @ParameterizedTest
  @CsvSource({"0412 345 678, 04123", "0612 345 6789, 06123", "0801 234 5678, 08012", "0888 123 4567, 08881",
      "076 1234 5678, 07612"})
  void rejectsNumbersThatAreNotInUse(String written, String start) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message())
        .startsWith("\"" + written + "\" is not a UK number in use: no number starting " + start + " has ");
  }

  @Test
  void rejectsWithdrawnFreephone0500() {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse("0500 123 456"));
    assertThat(invalid.message()).contains("withdrawn in 2017");
    assertThat(invalid.hint()).contains("0808 5");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0845 123 4567 | up to 7p a minute, plus their phone company's access charge",
    "0870 123 4567 | up to 13p a minute, plus their phone company's access charge",
    "0906 123 4567 | up to £3.60 a minute (or £6 a call), plus their phone company's access charge",
    "18001 0845 123 4567 | up to 7p a minute, plus their phone company's access charge",
  })
  void saysWhatServiceAndPremiumRateNumbersCostCallers(String written, String charge) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.charge()).isEqualTo(charge);
    assertThat(number.free()).isFalse();
  }

  // Short codes

  @ParameterizedTest
  @CsvSource({"999, tel:999, 999, true", "112, tel:112, 112, true", "101, tel:101, 101, false",
      "111, tel:111, 111, true", "105, tel:105, 105, true", "116 123, tel:116123, 116 123, true",
      "116 000, tel:116000, 116 000, true", "116123, tel:116123, 116 123, true", "116-111, tel:116111, 116 111, true"})
  void acceptsShortCodes(String written, String tel, String shown, boolean free) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.shown()).isEqualTo(shown);
    assertThat(number.kind()).isEqualTo(Kind.SHORT_CODE);
    assertThat(number.free()).isEqualTo(free);
    assertThat(number.isDramaRange()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"116 12", "116 1234", "116"})
  void rejects116NumbersWithoutExactlySixDigits(String written) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains("116 helpline numbers need 6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"116 006", "116 117"})
  void rejects116NumbersNotInUseInTheUk(String written) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains("is not a 116 helpline number in use in the UK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"55", "999 55", "99955"})
  void rejectsSilentSolution55AsALink(String written) {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse(written));
    assertThat(invalid.message()).contains("55 is only pressed");
    assertThat(invalid.hint()).isEqualTo("write the Silent Solution as text; link 999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "9", "1234567", "18003", "1800"})
  void rejectsShortNumbersThatAreNotUkShortCodes(String written) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains("is not a UK phone number");
  }

  @Test
  void rejectsNationalNumberMissingItsLeadingZero() {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse("808 2000 247"));
    assertThat(invalid.message()).contains("missing the 0 at the start");
    assertThat(invalid.hint()).contains("08082000247");
  }

  // Text relay

  @Test
  void acceptsEmergencyTextRelay() {
    PhoneNumber number = valid(UkPhoneNumbers.parse("18000"));
    assertThat(number.tel()).isEqualTo("tel:18000");
    assertThat(number.kind()).isEqualTo(Kind.TEXT_RELAY);
    assertThat(number.free()).isTrue();
    assertThat(number.isShort()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "18001 0808 2000 247, tel:1800108082000247, 18001 0808 200 0247, true",
    "18001 08082000247, tel:1800108082000247, 18001 0808 200 0247, true",
    "18002 020 7008 0151, tel:1800202070080151, 18002 020 7008 0151, false",
    "18001 +44 808 2000 247, tel:1800108082000247, 18001 0808 200 0247, true",
    "18001 0800 123 456, tel:180010800123456, 18001 0800 123456, true",
  })
  void acceptsTextRelayBeforeANationalNumberWithoutPlus44(String written, String tel, String shown, boolean free) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.shown()).isEqualTo(shown);
    assertThat(number.kind()).isEqualTo(Kind.TEXT_RELAY);
    assertThat(number.written()).isEqualTo(written);
    assertThat(number.free()).isEqualTo(free);
  }

  @Test
  void rejectsDigitsAfterEmergencyTextRelay() {
    assertThat(invalid(UkPhoneNumbers.parse("18000 999")).message()).contains("digits after 18000");
  }

  @Test
  void rejectsTextRelayPrefixWithNoNumber() {
    assertThat(invalid(UkPhoneNumbers.parse("18001")).message()).contains("no number to call after 18001");
  }

  @Test
  void rejectsTextRelayBeforeAnInvalidNumberSayingWhatIsWrongWithIt() {
    assertThat(invalid(UkPhoneNumbers.parse("18001 0808 2000 24")).message())
        .isEqualTo("The number after 18001 has 10 digits, one too few for a number starting 0808.");
    assertThat(invalid(UkPhoneNumbers.parse("18001 01772 25678")).message())
        .isEqualTo("The number after 18001 has 10 digits, one too few for a number starting 01772.");
  }

  @Test
  void rejectsTextRelayBeforeAShortCode() {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse("18001 999"));
    assertThat(invalid.message()).contains("short number after 18001");
    assertThat(invalid.hint()).contains("18000");
  }

  // Characters

  @Test
  void rejectsEmptyNumber() {
    assertThat(invalid(UkPhoneNumbers.parse("")).message()).isEqualTo("The phone number is empty.");
    assertThat(invalid(UkPhoneNumbers.parse("   ")).message()).isEqualTo("The phone number is empty.");
    assertThat(invalid(UkPhoneNumbers.parse(null)).message()).isEqualTo("The phone number is empty.");
  }

  @Test
  void rejectsSeparatorsWithNoDigits() {
    assertThat(invalid(UkPhoneNumbers.parse("- ( ) -")).message()).contains("has no digits");
  }

  @Test
  void rejectsExtensionWords() {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse("01632 960001 ext 2"));
    assertThat(invalid.message()).isEqualTo("\"01632 960001 ext 2\" contains the letter \"e\", and a phone number "
        + "can only contain digits, spaces, hyphens, dots, brackets and a leading +.");
    assertThat(invalid.hint()).contains("extensions");
  }

  @Test
  void rejectsLetterOInPlaceOfZeroWithAHint() {
    assertThat(invalid(UkPhoneNumbers.parse("O8O8 2OOO 247")).hint()).contains("digit 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0808/2000/247", "0808 2000 247*", "#999", "0808_2000_247", "0808,2000,247"})
  void rejectsOtherPunctuation(String written) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains("contains the character");
  }

  @Test
  void rejectsEnDashWithAHintToUseAHyphen() {
    assertThat(invalid(UkPhoneNumbers.parse("0808 \u2013 2000 247")).hint()).contains("plain hyphen");
  }

  @Test
  void rejectsInvisibleCharactersNamingTheirCodePoint() {
    assertThat(invalid(UkPhoneNumbers.parse("0808\u200b2000247")).message()).contains("U+200B");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0808+2000247", "44+808 2000 247", "++44 808 2000 247"})
  void rejectsPlusThatIsNotAtTheStart(String written) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains("+ that is not at the start");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(01632 960001  | bracket that is not closed",
    "01632) 960001  | closing bracket with no opening bracket",
    "((01632)) 960001 | bracket inside another bracket",
  })
  void rejectsUnbalancedBrackets(String written, String expected) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains(expected);
  }

  // Drama ranges

  /** Ofcom's list (see DramaRanges): the first and last number of each block. */
  @ParameterizedTest
  @CsvSource({
    "0113 496 0000, GEOGRAPHIC", "0114 496 0999, GEOGRAPHIC", "0115 496 0000, GEOGRAPHIC", "0116 496 0999, GEOGRAPHIC",
    "0117 496 0000, GEOGRAPHIC", "0118 496 0999, GEOGRAPHIC", "0121 496 0000, GEOGRAPHIC", "0131 496 0999, GEOGRAPHIC",
    "0141 496 0000, GEOGRAPHIC", "0151 496 0999, GEOGRAPHIC", "0161 496 0000, GEOGRAPHIC", "0191 498 0999, GEOGRAPHIC",
    "020 7946 0000, GEOGRAPHIC", "020 7946 0999, GEOGRAPHIC", "028 9018 0000, GEOGRAPHIC", "028 9649 6999, GEOGRAPHIC",
    "029 2018 0000, GEOGRAPHIC", "01632 960000, GEOGRAPHIC", "01632 960999, GEOGRAPHIC",
    "+44 (0)1632 960001, GEOGRAPHIC", "07700 900000, MOBILE", "07700 900999, MOBILE", "0808 157 0000, FREEPHONE",
    "08081 570999, FREEPHONE", "0909 879 0000, PREMIUM_RATE", "03069 990999, UK_WIDE",
    "18001 0808 157 0123, TEXT_RELAY",
  })
  void acceptsOfcomDramaNumbersAndMarksThem(String written, Kind kind) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.kind()).isEqualTo(kind);
    assertThat(number.isDramaRange()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0808 157 1000", "020 7946 1000", "0113 496 1000", "0161 497 0000", "01772 256789",
      "0808 2000 247"})
  void doesNotMarkNumbersJustOutsideDramaRanges(String written) {
    assertThat(valid(UkPhoneNumbers.parse(written)).isDramaRange()).isFalse();
  }

  // tel: links

  @ParameterizedTest
  @CsvSource({
    "tel:08082000247, tel:+448082000247, 08082000247",
    "tel:+441632960001, tel:+441632960001, +441632960001",
    "tel:999, tel:999, 999",
    "tel:0808%202000%20247, tel:+448082000247, 0808 2000 247",
    "tel:0808-2000-247, tel:+448082000247, 0808-2000-247",
    "tel:+44(0)1632.960001, tel:+441632960001, +44(0)1632.960001",
    "TEL:116123, tel:116123, 116123",
    "tel:18001%2008082000247, tel:1800108082000247, 18001 08082000247",
  })
  void acceptsTelHrefs(String href, String tel, String written) {
    PhoneNumber number = valid(UkPhoneNumbers.parseTelHref(href));
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.written()).isEqualTo(written);
  }

  @Test
  void rejectsTelHrefWithoutTelPrefix() {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parseTelHref("08082000247"));
    assertThat(invalid.message()).contains("does not start with \"tel:\"");
    assertThat(invalid.hint()).contains("tel:08082000247");
    invalid(UkPhoneNumbers.parseTelHref("mailto:help@example.org"));
  }

  @Test
  void rejectsEmptyTelHref() {
    assertThat(invalid(UkPhoneNumbers.parseTelHref("")).message()).isEqualTo("The phone link is empty.");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:")).message()).contains("no number after \"tel:\"");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:%20")).message()).contains("no number after \"tel:\"");
  }

  @Test
  void rejectsTelHrefWithSlashesParametersOrOtherEscapes() {
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel://08082000247")).message()).contains("//");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:+441632960001;ext=2")).message()).contains("parameter");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:%2B441632960001")).message()).contains("%20");
  }

  @Test
  void reportsTelHrefProblemsQuotingTheWholeHref() {
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:0808200024")).message())
        .isEqualTo("\"tel:0808200024\" has 10 digits, one too few for a number starting 0808.");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:0177225678")).message())
        .isEqualTo("\"tel:0177225678\" has 10 digits, one too few for a number starting 01772.");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:+12025550100")).message())
        .contains("only UK numbers are supported");
  }
}
