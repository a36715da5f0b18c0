package org.waymark.phone;

import java.util.List;

/**
 * The blocks of numbers Ofcom keeps for films, television and radio drama ("Telephone numbers for drama purposes",
 * https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbers-for-drama). They are never given to anyone, so
 * nobody answers them: an example site may publish them, a live site must not.
 *
 * <p>Ofcom's list, as quoted in 2026 from the page above (and its earlier address,
 * stakeholders.ofcom.org.uk/telecoms/numbering/guidance-tele-no/numbers-for-drama): 1,000 numbers in each of Leeds
 * 0113 496 0xxx, Sheffield 0114 496 0xxx, Nottingham 0115 496 0xxx, Leicester 0116 496 0xxx, Bristol 0117 496 0xxx,
 * Reading 0118 496 0xxx, Birmingham 0121 496 0xxx, Edinburgh 0131 496 0xxx, Glasgow 0141 496 0xxx, Liverpool 0151 496
 * 0xxx, Manchester 0161 496 0xxx, London 020 7946 0xxx, Tyneside 0191 498 0xxx, Northern Ireland 028 9018 0xxx,
 * Cardiff 029 2018 0xxx, no area 01632 960xxx, mobile 07700 900xxx, freephone 08081 570xxx, premium rate 0909 879
 * 0xxx and UK-wide 03069 990xxx. Northern Ireland's block is also given as 028 9649 6xxx in the list the project
 * was briefed with; both are kept, so that neither is ever taken for a real number.
 *
 * <p>libphonenumber knows nothing of these: it calls 01632, 07700 900 and 0115 496 numbers invalid (they were never
 * given out) and the others valid, so they are recognised here before it is asked.
 */
final class DramaRanges {
  /** National numbers (with the leading 0) that start with one of these and have 11 digits. */
  private static final List<String> PREFIXES = List.of(
      "01134960", "01144960", "01154960", "01164960", "01174960", "01184960", // 0113 496 0xxx … 0118 496 0xxx
      "01214960", "01314960", "01414960", "01514960", "01614960",             // 0121 … 0161 496 0xxx
      "02079460",                                                             // 020 7946 0xxx
      "01914980",                                                             // 0191 498 0xxx
      "02890180", "02896496",                                                 // 028 9018 0xxx, 028 9649 6xxx
      "02920180",                                                             // 029 2018 0xxx
      "01632960",                                                             // 01632 960xxx
      "07700900",                                                             // 07700 900xxx
      "08081570",                                                             // 0808 157 0xxx
      "09098790",                                                             // 0909 879 0xxx
      "03069990");                                                            // 03069 990xxx

  private DramaRanges() {}

  /** Whether the national number {@code digits} ("01632960001") is one of Ofcom's drama numbers. */
  static boolean contains(String digits) {
    if (digits.length() != 11) return false;
    for (String prefix : PREFIXES) {
      if (digits.startsWith(prefix)) return true;
    }
    return false;
  }

  /** The ranges in words, for a hint. */
  static String examples() {
    return "01632 960000 to 960999, 0808 157 0000 to 0999, 020 7946 0000 to 0999 or 07700 900000 to 900999";
  }
}
