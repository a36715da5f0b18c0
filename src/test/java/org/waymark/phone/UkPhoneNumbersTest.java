package org.waymark.phone;

import static org.assertj.core.api.Assertions.assertThat;

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

  // National helplines in /work/shared/facts/helplines.md

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0808 2000 247, tel:+448082000247, FREEPHONE",
    "0808 8010 327, tel:+448088010327, FREEPHONE",
    "0800 999 5428, tel:+448009995428, FREEPHONE",
    "0800 5999 247, tel:+448005999247, FREEPHONE",
    "0808 802 4040, tel:+448088024040, FREEPHONE",
    "0808 802 0300, tel:+448088020300, FREEPHONE",
    "020 7008 0151, tel:+442070080151, GEOGRAPHIC",
    "020 7008 1500, tel:+442070081500, GEOGRAPHIC",
    "0808 500 2222, tel:+448085002222, FREEPHONE",
    "999, tel:999, SHORT_CODE",
    "18000, tel:18000, TEXT_RELAY",
  })
  void acceptsEveryNationalHelplineWithItsTelLink(String written, String tel, Kind kind) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.written()).isEqualTo(written);
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.kind()).isEqualTo(kind);
    assertThat(number.isDramaRange()).isFalse();
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
  void keepsTheNumberExactlyAsWrittenForDisplay() {
    assertThat(valid(UkPhoneNumbers.parse("+44 (0)1632 960001")).written()).isEqualTo("+44 (0)1632 960001");
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

  @ParameterizedTest(name = "{0} is {2}")
  @CsvSource({
    "01632 960001, tel:+441632960001, GEOGRAPHIC",
    "016977 4321, tel:+44169774321, GEOGRAPHIC",
    "0113 496 0000, tel:+441134960000, GEOGRAPHIC",
    "029 2018 0000, tel:+442920180000, GEOGRAPHIC",
    "07700 900123, tel:+447700900123, MOBILE",
    "07123 456789, tel:+447123456789, MOBILE",
    "07512 345678, tel:+447512345678, MOBILE",
    "07912 345678, tel:+447912345678, MOBILE",
    "07624 123456, tel:+447624123456, MOBILE",
    "070 1234 5678, tel:+447012345678, NON_GEOGRAPHIC",
    "076 1234 5678, tel:+447612345678, NON_GEOGRAPHIC",
    "0800 123 456, tel:+44800123456, FREEPHONE",
    "0800 123 4567, tel:+448001234567, FREEPHONE",
    "0300 123 4567, tel:+443001234567, NON_GEOGRAPHIC",
    "0345 123 4567, tel:+443451234567, NON_GEOGRAPHIC",
    "0845 123 4567, tel:+448451234567, NON_GEOGRAPHIC",
    "0870 123 4567, tel:+448701234567, NON_GEOGRAPHIC",
    "0560 123 4567, tel:+445601234567, NON_GEOGRAPHIC",
    "0550 123 4567, tel:+445501234567, NON_GEOGRAPHIC",
  })
  void classifiesEachNumberRange(String written, String tel, Kind kind) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "0808 2000 24    | has 10 digits, but freephone numbers starting 0808 need 11",
    "0808 2000 2477  | has 12 digits, but freephone numbers starting 0808 need 11",
    "0800 12 345     | has 9 digits, but freephone numbers starting 0800 need 10 or 11",
    "0800 123 45678  | has 12 digits, but freephone numbers starting 0800 need 10 or 11",
    "01632 9600      | has 9 digits, but geographic numbers starting 01 need 10 or 11",
    "01632 960 0012  | has 12 digits, but geographic numbers starting 01 need 10 or 11",
    "020 7008 015    | has 10 digits, but geographic numbers starting 02 need 11",
    "07700 90012     | has 10 digits, but mobile numbers starting 07 need 11",
    "0300 123 456    | has 10 digits, but numbers starting 03 need 11",
    "0845 123 45     | has 9 digits, but numbers starting 084 need 11",
    "+44 808 2000 24 | has 10 digits once +44 is written as 0, but freephone numbers starting 0808 need 11",
    "07             | has 2 digits, but UK numbers have 10 or 11",
  })
  void rejectsNumberWithWrongNumberOfDigitsSayingHowManyItHasAndNeeds(String written, String expected) {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse(written));
    assertThat(invalid.message()).isEqualTo("\"" + written + "\" " + expected + ".");
    assertThat(invalid.hint()).contains("11 digits starting with 0, such as 0808 2000 247");
  }

  @Test
  void rejectsNumberWithTooFewDigits() {
    assertThat(invalid(UkPhoneNumbers.parse("0808 200")).message()).contains("has 7 digits").contains("need 11");
  }

  @Test
  void acceptsTenDigitNumbersOnlyWhereTheRangeAllowsThem() {
    assertThat(valid(UkPhoneNumbers.parse("016977 4321")).kind()).isEqualTo(Kind.GEOGRAPHIC);
    assertThat(valid(UkPhoneNumbers.parse("0800 123 456")).kind()).isEqualTo(Kind.FREEPHONE);
    invalid(UkPhoneNumbers.parse("020 1234 567"));
    invalid(UkPhoneNumbers.parse("0808 123 456"));
    invalid(UkPhoneNumbers.parse("07700 90012"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0900 123 4567", "0906 123 4567", "0909 879 0000", "0982 123 4567"})
  void rejectsPremiumRateNumbersBecauseTheyCostCallersALot(String written) {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse(written));
    assertThat(invalid.message()).contains("premium-rate numbers must not be published on this site")
        .contains("cost callers a lot");
  }

  @ParameterizedTest
  @CsvSource({"0412 345 678, 04", "0612 345 6789, 06", "0801 234 5678, 0801", "0812 345 6789, 081",
      "0512 345 6789, 051", "0888 123 4567, 088"})
  void rejectsNumbersOutsideUkRanges(String written, String prefix) {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse(written));
    assertThat(invalid.message()).isEqualTo(
        "\"" + written + "\" starts " + prefix + ", which is not a UK number range.");
  }

  @Test
  void rejectsWithdrawnFreephone0500() {
    PhoneParse.Invalid invalid = invalid(UkPhoneNumbers.parse("0500 123 456"));
    assertThat(invalid.message()).contains("withdrawn in 2017");
    assertThat(invalid.hint()).contains("0808 5");
  }

  // Short codes

  @ParameterizedTest
  @CsvSource({"999, tel:999", "112, tel:112", "101, tel:101", "111, tel:111", "105, tel:105",
      "116 123, tel:116123", "116 000, tel:116000", "116123, tel:116123", "116-006, tel:116006"})
  void acceptsShortCodes(String written, String tel) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.kind()).isEqualTo(Kind.SHORT_CODE);
    assertThat(number.isDramaRange()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"116 12", "116 1234", "116"})
  void rejects116NumbersWithoutExactlySixDigits(String written) {
    assertThat(invalid(UkPhoneNumbers.parse(written)).message()).contains("116 helpline numbers need 6");
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
  }

  @ParameterizedTest
  @CsvSource({
    "18001 0808 2000 247, tel:1800108082000247",
    "18001 08082000247, tel:1800108082000247",
    "18002 020 7008 0151, tel:1800202070080151",
    "18001 +44 808 2000 247, tel:1800108082000247",
    "18001 0800 123 456, tel:180010800123456",
  })
  void acceptsTextRelayBeforeANationalNumberWithoutPlus44(String written, String tel) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.tel()).isEqualTo(tel);
    assertThat(number.kind()).isEqualTo(Kind.TEXT_RELAY);
    assertThat(number.written()).isEqualTo(written);
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
        .isEqualTo("The number after 18001 has 10 digits, but freephone numbers starting 0808 need 11.");
    assertThat(invalid(UkPhoneNumbers.parse("18001 0909 879 0000")).message()).contains("premium-rate");
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

  @ParameterizedTest
  @CsvSource({
    "01632 960000, GEOGRAPHIC", "01632 960999, GEOGRAPHIC", "+44 (0)1632 960001, GEOGRAPHIC",
    "0808 157 0000, FREEPHONE", "0808 157 0999, FREEPHONE",
    "020 7946 0000, GEOGRAPHIC", "020 7946 0999, GEOGRAPHIC",
    "07700 900000, MOBILE", "07700 900999, MOBILE",
    "18001 0808 157 0123, TEXT_RELAY",
  })
  void acceptsOfcomDramaNumbersAndMarksThem(String written, Kind kind) {
    PhoneNumber number = valid(UkPhoneNumbers.parse(written));
    assertThat(number.kind()).isEqualTo(kind);
    assertThat(number.isDramaRange()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"01632 961000", "01632 959999", "0808 157 1000", "020 7946 1000", "07700 901000",
      "07700 899999", "016329 6000"})
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
        .isEqualTo("\"tel:0808200024\" has 10 digits, but freephone numbers starting 0808 need 11.");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:09098790000")).message()).contains("premium-rate");
    assertThat(invalid(UkPhoneNumbers.parseTelHref("tel:+12025550100")).message())
        .contains("only UK numbers are supported");
  }
}
