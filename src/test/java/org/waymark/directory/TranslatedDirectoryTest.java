package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;
import org.waymark.model.Service;
import org.waymark.testing.SearchFiles;
import org.waymark.testing.TestSite;

/**
 * The directory in every language of the site: a service's translated fields on its page in that language,
 * what is not translated shown in English and marked so, the theme's words in the page's language, and
 * the switcher, navigation, sitemap and search index that lead to them.
 */
class TranslatedDirectoryTest {
    @TempDir
    Path dir;

    /** The least a service needs, not translated: the tests add its translations after it. */
    static final String SOUTH_ADVOCACY = """
            -- content/services/south-advocacy.yml --
            name: South Advocacy Service
            organisation: South Council
            summary: One-to-one support.
            categories: [advocacy]
            areas: [south]
            contact:
              email: advocacy@example.org
            last_verified: 2026-11-01
            """;

    /** A site in English, Urdu and Punjabi with a refuge translated into Urdu and an advocacy service not translated. */
    static final String SITE = """
            -- site-config.yml --
            title: Test Partnership
            base_url: https://example.org/
            example_notice: A test site; its local numbers are Ofcom's drama numbers.
            languages:
              - {code: en, name: English}
              - {code: ur, name: اردو}
              - {code: pa, name: ਪੰਜਾਬੀ}
            areas:
              - {id: north, label: North}
              - {id: south, label: South}
            directory:
              categories:
                - {id: refuge, label: Refuges}
                - {id: advocacy, label: Advocacy}
              groups:
                - {id: women, label: Women}
                - {id: men, label: Men}
                - {id: children, label: Children}
            accessibility:
              prepared: 2026-11-24
              contact_email: accessibility@example.org
            -- content/index.ur.md --
            ---
            title: خوش آمدید
            ---
            مدد کے لیے [999](tel:999) پر کال کریں۔
            -- content/index.pa.md --
            ---
            title: ਜੀ ਆਇਆਂ ਨੂੰ
            ---
            ਮਦਦ ਲਈ [999](tel:999) ਉੱਤੇ ਕਾਲ ਕਰੋ।
            -- content/services/north-refuge.yml --
            name: North Women's Refuge
            organisation: North Refuge Trust
            summary: Safe accommodation for women and their children.
            description: |
              A safe place to stay, with a key worker.
            categories: [refuge]
            areas: [north]
            for: [women, children]
            languages: [en, ur]
            referral: [self]
            contact:
              phones:
                - number: "0808 157 0123"
                  label: Refuge line
                  hours: 24 hours, every day
                  free: true
            address: confidential
            last_verified: 2026-11-01
            how_to_refer: Call the refuge line.
            translations:
              ur:
                name: شمالی خواتین کی پناہ گاہ
                summary: خواتین اور ان کے بچوں کے لیے محفوظ رہائش۔
                description: |
                  رہنے کے لیے ایک محفوظ جگہ، ایک کی ورکر کے ساتھ۔
                phones:
                  - number: "0808 157 0123"
                    label: پناہ گاہ کی لائن
            -- content/services/south-advocacy.yml --
            name: South Advocacy Service
            organisation: South Council
            summary: One-to-one support and safety planning.
            categories: [advocacy]
            areas: [south]
            for: [women, men]
            referral: [self, professional]
            contact:
              phones:
                - number: "01632 960201"
              email: advocacy@example.org
            opening_hours:
              - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "17:00"}
            address: {street: "1 Example Street", town: Southtown, postcode: MK40 9ZA}
            last_verified: 2026-11-01
            """;

    private TestSite site(String... more) {
        TestSite site = TestSite.create(dir, SITE);
        for (String m : more) site.write(m);
        return site;
    }

    private static TestSite built(TestSite site) {
        Build.Result r = site.build();
        assertThat(r.ok()).as(TestSite.report(r)).isTrue();
        return site;
    }

    private static List<Diagnostic> errors(Build.Result r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** The line of {@code text} in the site's file {@code path}. */
    private static int line(TestSite site, String path, String text) {
        List<String> lines = SiteFixture.text(site.root().resolve(path)).lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " is not in " + path);
    }

    @Test
    void translatedFieldsAppearOnTheUrduServicePageInItsLanguageRightToLeft() {
        TestSite site = built(site());
        Document doc = site.page("/ur/directory/north-refuge/");

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ur");
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element h1 = doc.selectFirst("main h1");
        assertThat(h1.text()).isEqualTo("شمالی خواتین کی پناہ گاہ");
        assertThat(h1.select("[lang]")).as("the name is in the page's language, so it needs no lang of its own").isEmpty();
        assertThat(doc.title()).startsWith("شمالی خواتین کی پناہ گاہ");
        Element lede = doc.selectFirst(".wm-lede");
        assertThat(lede.text()).isEqualTo("خواتین اور ان کے بچوں کے لیے محفوظ رہائش۔");
        assertThat(lede.hasAttr("lang")).isFalse();
        Element about = doc.selectFirst("#wm-svc-about + .wm-prose");
        assertThat(about.text()).isEqualTo("رہنے کے لیے ایک محفوظ جگہ، ایک کی ورکر کے ساتھ۔");
        assertThat(about.hasAttr("lang")).isFalse();
        assertThat(doc.selectFirst(".wm-dir-phones__label").text()).isEqualTo("پناہ گاہ کی لائن:");
        assertThat(doc.selectFirst("#wm-svc-contact").text()).as("the theme's words in Urdu").isEqualTo("رابطہ کیسے کریں");
        assertThat(doc.selectFirst(".wm-breadcrumbs [aria-current=page]").text()).isEqualTo("شمالی خواتین کی پناہ گاہ");

        Document english = site.page("/directory/north-refuge/");
        assertThat(english.selectFirst("main h1").text()).isEqualTo("North Women's Refuge");
        assertThat(english.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(english.text()).doesNotContain("شمالی");
    }

    @Test
    void whatIsNotTranslatedIsShownInEnglishMarkedLangEnAndLeftToRight() {
        TestSite site = built(site());
        Document refuge = site.page("/ur/directory/north-refuge/");

        Element refer = refuge.selectFirst("#wm-svc-refer ~ .wm-prose");
        assertThat(refer.text()).isEqualTo("Call the refuge line.");
        assertThat(refer.attr("lang")).isEqualTo("en");
        assertThat(refer.attr("dir")).isEqualTo("ltr");
        Element hours = refuge.selectFirst(".wm-dir-phones__hours [lang=en]");
        assertThat(hours.text()).isEqualTo("24 hours, every day");
        assertThat(hours.attr("dir")).isEqualTo("ltr");
        assertThat(refuge.select(".wm-dir-inline a[lang=en][dir=ltr]").eachText()).contains("Women", "North", "Refuges");
        assertThat(refuge.selectFirst(".wm-dir-provider [lang=en]").text()).isEqualTo("North Refuge Trust");
        assertThat(refuge.select(".wm-dir-untranslated")).as("the refuge has an Urdu translation").isEmpty();

        Document advocacy = site.page("/ur/directory/south-advocacy/");
        Element name = advocacy.selectFirst("main h1 [lang=en]");
        assertThat(name.text()).isEqualTo("South Advocacy Service");
        assertThat(name.attr("dir")).isEqualTo("ltr");
        assertThat(advocacy.selectFirst(".wm-lede").attr("lang")).isEqualTo("en");
        assertThat(advocacy.selectFirst(".wm-breadcrumbs [aria-current=page] [lang=en]").text()).isEqualTo("South Advocacy Service");
        assertThat(advocacy.selectFirst(".wm-dir-address").attr("lang")).isEqualTo("en");
        assertThat(advocacy.selectFirst(".wm-dir-untranslated").text()).contains("انگریزی");
        assertThat(advocacy.select(".wm-unreviewed")).as("nothing is translated, so no translation is unreviewed").isEmpty();
        assertThat(advocacy.select(".wm-dir-hours li").eachText()).containsExactly("پیر سے جمعہ تک، صبح 9 بجے سے بعد دوپہر 5 بجے تک");
        assertThat(advocacy.select("#wm-svc-refer ~ ul li").eachText()).first().asString().isEqualTo("آپ خود اس سروس سے رابطہ کر سکتے ہیں۔");

        Document list = site.page("/ur/directory/area/south/");
        assertThat(list.selectFirst("main h1").text()).isEqualTo("South میں خدمات");
        assertThat(list.selectFirst("main h1 [lang=en]").text()).isEqualTo("South");
        assertThat(list.selectFirst(".wm-dir-item__name a[lang=en]").text()).isEqualTo("South Advocacy Service");
    }

    @Test
    void anUnreviewedTranslationSaysSoInItsLanguageUntilAnEditorMarksItReviewed() {
        TestSite site = built(site());
        assertThat(site.page("/ur/directory/north-refuge/").selectFirst(".wm-unreviewed").text())
                .as("reviewed is false unless an editor says otherwise")
                .isEqualTo("اس ترجمے کو ابھی تک کسی اہلِ زبان نے چیک نہیں کیا۔ اگر کوئی بات واضح نہ ہو تو کسی ہیلپ لائن پر کال کریں اور ترجمان (انٹرپریٹر) مانگیں۔");
        assertThat(site.page("/directory/north-refuge/").select(".wm-unreviewed")).isEmpty();

        String reviewed = SiteFixture.text(site.root().resolve("content/services/north-refuge.yml"))
                .replace("  ur:\n", "  ur:\n    reviewed: true\n");
        site.put("content/services/north-refuge.yml", reviewed);
        built(site);
        assertThat(site.page("/ur/directory/north-refuge/").select(".wm-unreviewed")).isEmpty();
    }

    @Test
    void mistakesInTranslationsAreAllReportedInOneRunWithFileLineAndWhatToDo() {
        TestSite site = site(SOUTH_ADVOCACY + """
                translations:
                  urr:
                    name: جنوبی ایڈووکیسی سروس
                  ur:
                    summery: ون ٹو ون مدد۔
                    reviewed: perhaps
                    phones:
                      - number: "01632 960999"
                        label: لائن
                  en:
                    name: Another name
                  fr:
                    name: Service de plaidoyer
                  Punjabi:
                    name: ਦੱਖਣੀ ਐਡਵੋਕੇਸੀ ਸੇਵਾ
                """);
        Build.Result r = site.build();
        String file = "content/services/south-advocacy.yml";
        String report = TestSite.report(r);

        assertThat(r.ok()).isFalse();
        assertThat(errors(r)).allSatisfy(d -> assertThat(d.file()).isEqualTo(file)).hasSize(7);
        assertThat(report)
                .contains(file + ":" + line(site, file, "urr:") + ":3: error: `urr` in `translations` is not one of the site's languages.")
                .contains("hint: did you mean `ur`?")
                .contains(file + ":" + line(site, file, "summery:") + ":5: error: `summery` is not a field of a translation.")
                .contains("hint: did you mean `summary`?")
                .contains(file + ":" + line(site, file, "reviewed: perhaps") + ":")
                .contains("`reviewed` should be true or false.")
                .contains(file + ":" + line(site, file, "01632 960999") + ":")
                .contains("`01632 960999` is not one of this service's phone numbers")
                .contains(file + ":" + line(site, file, "  en:") + ":3: error: `en` is the site's default language")
                .contains(file + ":" + line(site, file, "  fr:") + ":3: error: `fr` in `translations` is not one of the site's languages.")
                .contains("hint: translate into a language of the site (ur, pa), or add the language to `languages:` in site-config.yml")
                .contains(file + ":" + line(site, file, "Punjabi:") + ":3: error: `Punjabi` in `translations` is not one of the site's languages.")
                .contains("hint: did you mean `pa`?");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aTranslationWithNoTextIsAWarningAndThePageSaysTheServiceIsInEnglish() {
        TestSite site = site();
        String file = "content/services/south-advocacy.yml";
        site.put(file, SiteFixture.text(site.root().resolve(file)) + "translations:\n  ur:\n    reviewed: false\n");
        Build.Result r = site.build();

        assertThat(r.ok()).as(TestSite.report(r)).isTrue();
        assertThat(r.diagnostics()).filteredOn(d -> d.file().equals(file)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("translation");
            assertThat(d.line()).isEqualTo(line(site, file, "  ur:"));
        });
        Document doc = site.page("/ur/directory/south-advocacy/");
        assertThat(doc.select(".wm-dir-untranslated")).hasSize(1);
        assertThat(doc.select(".wm-unreviewed")).isEmpty();
    }

    @Test
    void translationsOfTheWrongShapeAreErrorsAtTheirLine() {
        TestSite site = site(SOUTH_ADVOCACY + """
                translations:
                  ur: جنوبی ایڈووکیسی سروس
                  pa:
                    name: [ਇੱਕ, ਦੋ]
                """);
        Build.Result r = site.build();
        String file = "content/services/south-advocacy.yml";

        assertThat(errors(r)).extracting(Diagnostic::line)
                .containsExactlyInAnyOrder(line(site, file, "ur: "), line(site, file, "name: ["));
        assertThat(errors(r)).extracting(Diagnostic::rule).containsOnly("type");
    }

    @Test
    void aTranslationIntoALanguageOfASingleLanguageSiteSaysToListTheLanguageFirst() {
        TestSite site = TestSite.create(dir, SOUTH_ADVOCACY + """
                translations:
                  ur:
                    name: جنوبی ایڈووکیسی سروس
                """);
        assertThat(errors(site.build())).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("`ur` in `translations` is not one of the site's languages.");
            assertThat(d.hint()).contains("list the language under `languages:` in site-config.yml first");
        });
    }

    @Test
    void refuseAPostcodeInARefugesUrduDescriptionAtItsLineWrittenInAnyDigits() {
        for (String postcode : List.of("MK41 7QX", "mk41 7qx", "MK۴۱ ۷QX")) {
            TestSite site = site();
            String file = "content/services/north-refuge.yml";
            site.put(file, SiteFixture.text(site.root().resolve(file))
                    .replace("      رہنے کے لیے ایک محفوظ جگہ، ایک کی ورکر کے ساتھ۔\n",
                            "      رہنے کے لیے ایک محفوظ جگہ، ایک کی ورکر کے ساتھ۔\n      دروازہ " + postcode + "پر ہے۔\n"));
            Build.Result r = site.build();

            assertThat(r.ok()).as(postcode).isFalse();
            assertThat(errors(r)).as(postcode).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("refuge-address");
                assertThat(d.line()).isEqualTo(line(site, file, postcode));
                assertThat(d.message()).contains("`translations.ur.description` gives a postcode").doesNotContain(postcode);
            });
            assertThat(site.output()).doesNotExist();
        }
    }

    @Test
    void refuseAPostcodeInATranslatedPhoneLineOfARefuge() {
        TestSite site = site();
        String file = "content/services/north-refuge.yml";
        site.put(file, SiteFixture.text(site.root().resolve(file)).replace("label: پناہ گاہ کی لائن", "label: پناہ گاہ، LU1 2AB"));
        assertThat(errors(site.build())).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("refuge-address");
            assertThat(d.message()).contains("`translations.ur.phones.label`");
            assertThat(d.line()).isEqualTo(line(site, file, "LU1 2AB"));
        });
    }

    @Test
    void everyLanguageSwitcherLinkOnADirectoryPageLeadsToTheSamePageInThatLanguage() {
        TestSite site = built(site());
        List<String> pages = List.of("/directory/", "/directory/category/refuge/", "/directory/area/north/", "/directory/for/men/",
                "/directory/north-refuge/", "/directory/south-advocacy/");
        for (String page : pages) {
            for (String prefix : List.of("", "/ur", "/pa")) {
                Document doc = site.page(prefix + page);
                List<String> switcher = new ArrayList<>();
                for (Element a : doc.select(".wm-languages a[href]")) {
                    assertThat(site.exists(a.attr("href"))).as(a.attr("href") + " from " + prefix + page).isTrue();
                    switcher.add(a.attr("hreflang") + " " + a.attr("href"));
                }
                List<String> expected = new ArrayList<>();
                for (String other : List.of("", "/ur", "/pa")) {
                    if (!other.equals(prefix)) expected.add((other.isEmpty() ? "en" : other.substring(1)) + " " + other + page);
                }
                assertThat(switcher).as(prefix + page).containsExactlyElementsOf(expected);
                assertThat(doc.select("head link[rel=alternate][hreflang]").eachAttr("href"))
                        .as("the alternates in the head of " + prefix + page).containsExactlyElementsOf(
                                expected.stream().map(e -> e.substring(e.indexOf(' ') + 1)).toList());
                assertThat(doc.selectFirst(".wm-languages [aria-current]").attr("lang"))
                        .isEqualTo(prefix.isEmpty() ? "en" : prefix.substring(1));
            }
        }
    }

    @Test
    void theNavigationAndLinksOfAnUrduPageLeadToTheUrduDirectory() {
        TestSite site = built(site());
        Document refuge = site.page("/ur/directory/north-refuge/");
        Element nav = refuge.selectFirst(".wm-nav__list a[href=/ur/directory/]");
        assertThat(nav.text()).isEqualTo("سروس تلاش کریں");
        assertThat(nav.attr("aria-current")).isEqualTo("true");
        assertThat(refuge.select(".wm-breadcrumbs a").eachAttr("href")).containsExactly("/ur/", "/ur/directory/");
        assertThat(refuge.select("main a[href=/ur/directory/]")).isNotEmpty();
        assertThat(refuge.select(".wm-dir-inline a").eachAttr("href")).allMatch(h -> h.startsWith("/ur/directory/"));
        assertThat(site.page("/ur/directory/").select(".wm-dir-item__name a").eachAttr("href"))
                .containsExactlyInAnyOrder("/ur/directory/north-refuge/", "/ur/directory/south-advocacy/");
        assertThat(site.page("/ur/search/").select("main a[href^=/ur/directory/]")).isNotEmpty();
        assertThat(site.page("/ur/helplines/").select("main a[href=/ur/directory/]")).isNotEmpty();
    }

    @Test
    void theFilterScriptTakesItsCountWordsFromThePage() {
        TestSite site = built(site());
        Element status = site.page("/ur/directory/").selectFirst("[data-wm-dir-status]");
        assertThat(status.text()).isEqualTo("2 خدمات درج ہیں۔");
        assertThat(status.attr("data-found")).isEqualTo("{count} خدمات ملیں");
        assertThat(status.attr("data-found-one")).isEqualTo("1 سروس ملی");
        assertThat(site.page("/directory/").selectFirst("[data-wm-dir-status]").attr("data-found")).isEqualTo("{count} services found");
        assertThat(site.file("/assets/js/directory.js")).contains("data-found").doesNotContain("' services found'");
        Element item = site.page("/ur/directory/").selectFirst("[data-wm-service][data-categories=refuge]");
        assertThat(item.attr("data-text")).as("found by its Urdu and its English name").contains("شمالی", "north women's refuge");
    }

    @Test
    void theSitemapListsEveryDirectoryPageWithItsAlternates() {
        TestSite site = built(site());
        String sitemap = site.file("/sitemap.xml");
        for (String prefix : List.of("", "ur/", "pa/")) {
            assertThat(sitemap).contains("<loc>https://example.org/" + prefix + "directory/north-refuge/</loc>\n"
                    + "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/directory/north-refuge/\"/>\n"
                    + "    <xhtml:link rel=\"alternate\" hreflang=\"ur\" href=\"https://example.org/ur/directory/north-refuge/\"/>\n"
                    + "    <xhtml:link rel=\"alternate\" hreflang=\"pa\" href=\"https://example.org/pa/directory/north-refuge/\"/>\n");
        }
        assertThat(sitemap).contains("<loc>https://example.org/ur/directory/area/south/</loc>");
    }

    @Test
    void eachLanguagesSearchIndexHasItsServicesByTheirNamesInItAndNoRefugeAddress() throws Exception {
        TestSite site = built(site());
        Map<String, String> urdu = SearchFiles.of(site, "/ur/search/").titles();
        Map<String, String> english = SearchFiles.of(site, "/search/").titles();

        assertThat(urdu.get("/ur/directory/north-refuge/")).isEqualTo("شمالی خواتین کی پناہ گاہ");
        assertThat(urdu.get("/ur/directory/south-advocacy/")).isEqualTo("South Advocacy Service");
        assertThat(english.get("/directory/north-refuge/")).isEqualTo("North Women's Refuge");
        assertThat(urdu).doesNotContainKey("/directory/north-refuge/");
        for (String page : List.of("/search/", "/ur/search/", "/pa/search/")) {
            for (JsonNode e : SearchFiles.of(site, page).documents()) {
                if (e.get(1).asText().contains("north-refuge")) {
                    assertThat(Postcodes.find(e.toString())).as(page + " " + e.get(1)).isEmpty();
                }
            }
        }
    }

    @Test
    void aDirectoryWordLeftOutOfTheSitesUrduWordsComesFromTheBuiltInUrduWords() {
        TestSite site = site();
        String ur = SiteFixture.text(site.root().resolve("themes/default/i18n/ur.yml"));
        site.put("themes/default/i18n/ur.yml", ur.replace("    contact: رابطہ کیسے کریں\n", "")
                .replace("  title: سروس تلاش کریں\n", ""));
        Build.Result r = site.build();

        assertThat(r.ok()).as(TestSite.report(r)).isTrue();
        Document refuge = site.page("/ur/directory/north-refuge/");
        assertThat(refuge.selectFirst("#wm-svc-contact").text()).isEqualTo("رابطہ کیسے کریں");
        assertThat(site.page("/ur/directory/").selectFirst("main h1").text()).isEqualTo("سروس تلاش کریں");
        assertThat(TestSite.report(r)).doesNotContain("`directory.service.contact` is missing", "`directory.title` is missing");
    }

    @Test
    void aSiteInOneLanguagePublishesTheDirectoryOnceWithoutASwitcher() {
        TestSite site = built(TestSite.create(dir, SOUTH_ADVOCACY));
        assertThat(site.outputFiles()).noneMatch(f -> site.output().relativize(f).toString().matches("(ur|pa)/.*"));
        Document doc = site.page("/directory/south-advocacy/");
        assertThat(doc.select(".wm-languages")).isEmpty();
        assertThat(doc.select("main [lang]")).isEmpty();
    }
}
