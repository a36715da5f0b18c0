package org.waymark.phone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which numbers a site may publish, and where: every phone number of a data file and every {@code tel:} link of a page
 * or template is read with {@link #read} or {@link #readTel}, so that each is judged by the same rules.
 *
 * <ul>
 *   <li>A number must be a UK number ({@link UkPhoneNumbers}).
 *   <li>Ofcom's drama numbers reach nobody: a site without an example notice may not publish one anywhere, and no
 *       site may give one to a national helpline, whose numbers are real on every site.
 *   <li>On an example site (one with an {@code example_notice}) every local number (a service's, a local helpline's,
 *       the site's own) is a drama number, so that an example never carries a real person's number by mistake; a
 *       short number (999, 101, 116 123, 18000) is nobody's own and may be given anywhere. A phone link in a page
 *       must be a drama number, a short number, or the number of a national helpline in {@code content/helplines.yml}.
 *   <li>A number that costs callers more than an ordinary call (084, 087, 09) is a warning that says what it costs.
 * </ul>
 *
 * <p>Immutable; one per build, shared between threads.
 */
public final class PhoneRules {

  /** Where a number is published, which decides what it may be. */
  public enum Use {
    /** A service's number, a local helpline's, or the site's own contact number. */
    LOCAL,
    /** A national helpline's number. */
    NATIONAL,
    /** A {@code tel:} link written in a page or a template. */
    LINK
  }

  /**
   * One thing wrong with publishing a number.
   *
   * @param error whether it stops the build (otherwise it is a warning)
   */
  public record Problem(boolean error, String message, String hint) {
    public Problem {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(hint, "hint");
    }
  }

  /**
   * A number read for one place: the number when it is a UK number, and every problem with publishing it there.
   *
   * @param number empty when the text is no UK number (then the first problem says why)
   */
  public record Judged(Optional<PhoneNumber> number, List<Problem> problems) {
    public Judged {
      Objects.requireNonNull(number, "number");
      problems = List.copyOf(problems);
    }
  }

  static final String DRAMA = "this number is reserved for films and TV: nobody answers it";

  private final boolean example;
  /** The national numbers ("08082000247") of the national helplines, which a page on an example site may link. */
  private final Set<String> national;

  private PhoneRules(boolean example, Set<String> national) {
    this.example = example;
    this.national = Set.copyOf(national);
  }

  /**
   * The rules of a site.
   *
   * @param example whether the site has an {@code example_notice}
   * @param nationalHelplines the numbers of its national helplines (needed only to judge links on an example site)
   */
  public static PhoneRules forSite(boolean example, Collection<PhoneNumber> nationalHelplines) {
    return new PhoneRules(example, nationalHelplines.stream().map(PhoneNumber::national).flatMap(Optional::stream)
        .collect(Collectors.toSet()));
  }

  /** Whether the site is an example (it has an {@code example_notice}). */
  public boolean example() {
    return example;
  }

  /** Reads a number written in a data file, such as {@code "0808 2000 247"}, and judges it for {@code use}. */
  public Judged read(String written, Use use) {
    return judged(UkPhoneNumbers.parse(written), use);
  }

  /** Reads the target of a phone link, such as {@code "tel:08082000247"}, and judges it as a link. */
  public Judged readTel(String href) {
    return judged(UkPhoneNumbers.parseTelHref(href), Use.LINK);
  }

  private Judged judged(PhoneParse parse, Use use) {
    if (parse instanceof PhoneParse.Invalid bad) {
      return new Judged(Optional.empty(), List.of(new Problem(true, bad.message(), bad.hint())));
    }
    PhoneNumber number = ((PhoneParse.Valid) parse).number();
    return new Judged(Optional.of(number), judge(number, use));
  }

  /** Every problem with publishing {@code number} as {@code use} on this site. */
  public List<Problem> judge(PhoneNumber number, Use use) {
    List<Problem> out = new ArrayList<>();
    String n = number.shown();
    if (number.isDramaRange()) {
      if (use == Use.NATIONAL) {
        out.add(new Problem(true, "A national helpline is given " + n + ", but " + DRAMA + ".",
            "give the helpline's real number, as it publishes it; national helplines are real numbers on every site"));
      } else if (!example) {
        out.add(new Problem(true, n + " is one of Ofcom's drama numbers: " + DRAMA + ".",
            "publish the real number; a drama number belongs only on a site with an `example_notice`"));
      }
    } else if (example && !number.isShort() && use != Use.NATIONAL) {
      if (use == Use.LOCAL) {
        out.add(new Problem(true, "This is an example site (it has an `example_notice`), so every local number must be "
            + "one of Ofcom's drama numbers, which nobody answers; " + n + " is not, and may be a real person's.",
            "use a number from " + DramaRanges.examples()));
      } else if (!number.national().map(national::contains).orElse(false)) {
        out.add(new Problem(true, "This is an example site (it has an `example_notice`), so a phone link must be a "
            + "national helpline's number from content/helplines.yml, a short number such as 999, or one of Ofcom's "
            + "drama numbers; " + n + " is none of these, and may be a real person's.",
            "link a national helpline, or use a number from " + DramaRanges.examples()));
      }
    }
    if (!number.charge().isEmpty()) {
      String what = switch (number.kind()) {
        case PREMIUM_RATE -> "a premium-rate number";
        case TEXT_RELAY -> "a text relay call to a number that costs more than an ordinary call";
        default -> "an 084 or 087 number";
      };
      out.add(new Problem(false, n + " is " + what + ": a call costs " + number.charge() + ", and someone who needs "
          + "help may not be able to pay for it.",
          "publish the service's freephone (0800 or 0808), 01, 02 or 03 number if it has one; if not, say beside the "
              + "number what calls cost"));
    }
    return out;
  }

  /**
   * What is wrong with saying {@code free: true} of {@code number}, if anything: only freephone numbers (0800, 0808),
   * 116 xxx helplines, 999, 112, 105, 111 and 18000 are free to call, and a text relay call costs what the number
   * after its prefix costs.
   */
  public Optional<Problem> free(PhoneNumber number) {
    if (number.free()) return Optional.empty();
    return Optional.of(new Problem(true, "`free: true`, but " + number.shown() + " is not free to call" + cost(number) + ".",
        "write `free: false`, or leave `free` out; only 0800 and 0808 numbers, 116 helplines, 999, 112, 111 and 18000 "
            + "are free from every phone"));
  }

  private static String cost(PhoneNumber number) {
    if (!number.charge().isEmpty()) return ": a call costs " + number.charge();
    return switch (number.kind()) {
      case GEOGRAPHIC, UK_WIDE -> ": it costs what a call to an 01 or 02 number costs";
      case MOBILE -> ": it costs what a call to a mobile costs";
      default -> "";
    };
  }
}
