package org.waymark.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.testing.TestSite;

/**
 * Whole sites with phone numbers in every place an editor writes one (a service, a helpline, the site's settings, a
 * page's phone link): each is judged by the same rules, and each problem is reported once, at its file, line and column.
 */
class PhoneNumbersOnTheSiteTest {
  @TempDir Path dir;

  private static final String CONFIG = """
      -- site-config.yml --
      title: Test Partnership
      base_url: https://example.org/
      %s
      areas:
        - {id: north, label: North}
      directory:
        categories:
          - {id: advocacy, label: Advocacy}
        groups:
          - {id: women, label: Women}
      accessibility:
        contact_email: access@example.org
        contact_phone: "%s"
      """;

  private static final String EXAMPLE = "example_notice: This is an example site; its local numbers are invented.";

  private static String config(boolean example, String contactPhone) {
    return CONFIG.formatted(example ? EXAMPLE : "", contactPhone);
  }

  private static String service(String number, String extra) {
    return """
        -- content/services/advocacy.yml --
        name: Advocacy service
        organisation: Example Organisation
        summary: Support from an advocate.
        categories: [advocacy]
        areas: [north]
        contact:
          phones:
            - number: "%s"
              label: Advocates
        %s
        last_verified: 2026-11-01
        """.formatted(number, extra.isEmpty() ? "" : "      " + extra);
  }

  private static String page(String markdown) {
    return """
        -- content/about.md --
        ---
        title: About
        ---
        %s
        """.formatted(markdown);
  }

  private static List<Diagnostic> phoneProblems(Build.Result result) {
    return result.diagnostics().stream().filter(d -> d.rule().equals("phone")).toList();
  }

  /**
   * Builds a site whose service has {@code number}, and another whose page links {@code href}; each must have one phone
   * problem, at the number and at the link.
   */
  private List<Diagnostic> serviceAndLinkProblems(boolean example, String number, String href) {
    String contact = example ? "01632 960100" : "01772 256789";
    Build.Result service = TestSite.create(dir.resolve("service"), config(example, contact) + service(number, "")).build();
    Build.Result link = TestSite.create(dir.resolve("link"), config(example, contact)
        + page("Ring [our office](" + href + ").")).build();
    assertThat(phoneProblems(service)).extracting(Diagnostic::place).containsExactly("content/services/advocacy.yml:8:15");
    assertThat(phoneProblems(link)).extracting(Diagnostic::place).containsExactly("content/about.md:4:6");
    return Stream.concat(phoneProblems(service).stream(), phoneProblems(link).stream()).toList();
  }

  @Test
  void refusesTheNumbersTheIssueFoundEachOnceAtItsFileLineAndColumn() {
    Build.Result service = TestSite.create(dir.resolve("service"), config(true, "01632 960100") + service("01632 96078", ""))
        .build();
    assertThat(service.ok()).isFalse();
    assertThat(phoneProblems(service)).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("content/services/advocacy.yml:8:15");
      assertThat(d.message()).isEqualTo("\"01632 96078\" has 10 digits, one too few for one of Ofcom's drama numbers, which have 11.");
    });

    // the page's link is reported once, though the page's check reads its tel: links too
    Build.Result link = TestSite.create(dir.resolve("link"), config(true, "01632 960100")
        + page("Call Preston on [01772 25678](tel:0177225678) today.")).build();
    assertThat(link.ok()).isFalse();
    assertThat(phoneProblems(link)).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("content/about.md:4:17");
      assertThat(d.message()).contains("tel:0177225678").contains("has 10 digits, one too few for a number starting 01772");
    });
  }

  @Test
  void theSitesOwnContactNumberIsJudgedAsALocalNumber() {
    Build.Result live = TestSite.create(dir.resolve("live"), config(false, "01632 960100")).build();
    assertThat(phoneProblems(live)).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("site-config.yml:13:18");
      assertThat(d.message()).contains("this number is reserved for films and TV: nobody answers it");
    });
    Build.Result example = TestSite.create(dir.resolve("example"), config(true, "01772 256789")).build();
    assertThat(phoneProblems(example)).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("site-config.yml:13:18");
      assertThat(d.message()).contains("example site");
    });
  }

  @Test
  void refusesAPrestonNumberOneDigitShortInAService() {
    TestSite site = TestSite.create(dir.resolve("site"), config(false, "01772 256789") + service("01772 25678", ""));
    assertThat(phoneProblems(site.build())).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.place()).isEqualTo("content/services/advocacy.yml:8:15");
      assertThat(d.message()).contains("one too few for a number starting 01772");
    });
  }

  @Test
  void aDramaNumberIsAnErrorOnALiveSiteWhereverItIsWritten() {
    assertThat(serviceAndLinkProblems(false, "0808 157 0500", "tel:02079460123")).allSatisfy(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.message()).contains("this number is reserved for films and TV: nobody answers it");
    });
  }

  @Test
  void anExampleSitePublishesDramaNumbersAndLinksItsNationalHelplines() {
    TestSite site = TestSite.create(dir.resolve("site"), config(true, "01632 960100")
        + service("0808 157 0500", "free: true")
        + page("Call [the helpline](tel:08082000247), [999](tel:999), [text relay](tel:18000), "
            + "[relay to us](tel:18001%2008081570500) or [our office](tel:02079460123)."));
    Build.Result result = site.build();

    assertThat(result.ok()).as(TestSite.report(result)).isTrue();
    assertThat(phoneProblems(result)).isEmpty();
  }

  @Test
  void anExampleSiteRefusesARealNumberForALocalServiceOrALink() {
    assertThat(serviceAndLinkProblems(true, "01772 256789", "tel:01772256789")).allSatisfy(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.message()).contains("example site").contains("01772 256789");
      assertThat(d.hint()).contains("01632 960000 to 960999");
    });
  }

  @Test
  void aNationalHelplineMustHaveItsRealNumberOnEverySite() {
    String helplines = """
        -- content/helplines.yml --
        - id: national-domestic-abuse-helpline
          name: National Domestic Abuse Helpline
          scope: national
          phones:
            - number: "0808 157 0247"
          free: true
          featured: true
          last_verified: 2026-11-01
        - id: local-line
          name: Local information line
          scope: local
          phones:
            - number: "020 7008 0151"
          last_verified: 2026-11-01
        """;
    Build.Result example = TestSite.create(dir.resolve("example"), config(true, "01632 960100") + helplines).build();
    assertThat(phoneProblems(example)).extracting(Diagnostic::place)
        .containsExactlyInAnyOrder("content/helplines.yml:5:15", "content/helplines.yml:13:15");
    assertThat(phoneProblems(example)).anySatisfy(d -> assertThat(d.message())
        .isEqualTo("A national helpline is given 0808 157 0247, but this number is reserved for films and TV: nobody answers it."));

    Build.Result live = TestSite.create(dir.resolve("live"), config(false, "01772 256789") + helplines).build();
    assertThat(phoneProblems(live)).extracting(Diagnostic::place).containsExactly("content/helplines.yml:5:15");
  }

  @Test
  void freeTrueOnANumberThatIsNotFreeIsAnErrorAndAnO845NumberSaysWhatItCosts() {
    TestSite site = TestSite.create(dir.resolve("site"), config(false, "01772 256789") + service("0845 123 4567", "free: true"));
    Build.Result result = site.build();

    assertThat(result.ok()).isFalse();
    assertThat(phoneProblems(result)).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("content/services/advocacy.yml:10:13");
      assertThat(d.message()).isEqualTo("`free: true`, but 0845 123 4567 is not free to call: a call costs up to 7p a minute, "
          + "plus their phone company's access charge.");
    });
    assertThat(phoneProblems(result)).filteredOn(d -> !d.isError()).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("content/services/advocacy.yml:8:15");
      assertThat(d.message()).contains("0845 123 4567 is an 084 or 087 number: a call costs up to 7p a minute");
    });
  }

  @Test
  void aHelplineSaidToBeFreeMustBeFreeOnEveryNumber() {
    TestSite site = TestSite.create(dir.resolve("site"), config(false, "01772 256789") + """
        -- content/helplines.yml --
        - id: national-domestic-abuse-helpline
          name: National Domestic Abuse Helpline
          scope: national
          phones:
            - number: "0808 2000 247"
            - number: "020 7008 0151"
          free: true
          last_verified: 2026-11-01
        """);
    assertThat(phoneProblems(site.build())).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("content/helplines.yml:7:9");
      assertThat(d.message()).contains("020 7008 0151 is not free to call");
    });
  }

  @Test
  void premiumRateAndServiceNumbersAreWarningsNotErrors() {
    TestSite site = TestSite.create(dir.resolve("site"), config(false, "01772 256789") + service("0870 123 4567", "")
        + page("Or [our premium line](tel:09061234567)."));
    Build.Result result = site.build();

    assertThat(result.ok()).as(TestSite.report(result)).isTrue();
    assertThat(phoneProblems(result)).extracting(Diagnostic::place, d -> d.isError())
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("content/services/advocacy.yml:8:15", false),
            org.assertj.core.groups.Tuple.tuple("content/about.md:4:4", false));
    assertThat(phoneProblems(result)).anySatisfy(d -> assertThat(d.message()).contains("up to 13p a minute"));
    assertThat(phoneProblems(result)).anySatisfy(d -> assertThat(d.message()).contains("up to £3.60 a minute"));
  }

  @Test
  void aServicePageShowsItsNumberInNationalFormatDialsItAsE164AndSaysFreeOnlyBesideAFreeNumber() {
    TestSite site = TestSite.create(dir.resolve("site"), config(true, "01632 960100") + service("08081570500", "free: true")
        + """
        -- content/services/office.yml --
        name: Office
        organisation: Example Organisation
        summary: Our office.
        categories: [advocacy]
        areas: [north]
        contact:
          phones:
            - number: "+44 (0)20 7946 0123"
              free: false
        last_verified: 2026-11-01
        """);
    Build.Result result = site.build();
    assertThat(result.ok()).as(TestSite.report(result)).isTrue();

    Document free = site.page("/directory/advocacy/");
    assertThat(free.select(".wm-dir-phones a.wm-tel").attr("href")).isEqualTo("tel:+448081570500");
    assertThat(free.select(".wm-dir-phones a.wm-tel").text()).isEqualTo("0808 157 0500");
    assertThat(free.select(".wm-dir-phones__cost")).hasSize(1);

    Document office = site.page("/directory/office/");
    assertThat(office.select(".wm-dir-phones a.wm-tel").attr("href")).isEqualTo("tel:+442079460123");
    assertThat(office.select(".wm-dir-phones a.wm-tel").text()).isEqualTo("020 7946 0123");
    assertThat(office.select(".wm-dir-phones__cost")).isEmpty();
  }

  @Test
  void aTemplatesPhoneLinkIsJudgedTooAndReportedOnceAtTheTemplateNotOnEveryPage() throws IOException {
    TestSite site = TestSite.create(dir.resolve("site"), config(false, "01772 256789")
        + "-- content/a.md --\n---\ntitle: A\n---\nText.\n-- content/b.md --\n---\ntitle: B\n---\nText.\n");
    Path base = site.root().resolve("themes/default/templates/base.peb");
    String template = Files.readString(base);
    assertThat(template).contains("<a href=\"tel:999\">999</a>");
    Files.writeString(base, template.replace("<a href=\"tel:999\">999</a>", "<a href=\"tel:0177225678\">999</a>"));
    Build.Result result = site.build();

    assertThat(result.ok()).isFalse();
    List<Diagnostic> onPages = phoneProblems(result).stream().filter(d -> d.file().equals("themes: page.peb")).toList();
    assertThat(onPages).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("The phone link tel:0177225678 is not a valid UK number: \"tel:0177225678\" has 10 digits, one too few "
            + "for a number starting 01772."));
    assertThat(phoneProblems(result)).allSatisfy(d -> assertThat(d.file()).startsWith("themes: ").doesNotContain("page from"));
  }
}
