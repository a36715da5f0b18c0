package org.waymark.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/**
 * Helplines are written once, in the site's first language. On a page in another language their words
 * are marked with that language, so that a screen reader reading Urdu switches to English for a
 * helpline's name instead of mispronouncing it.
 */
class HelplinesInOtherLanguagesTest {
    @TempDir
    Path dir;

    @Test
    void anEnglishHelplineOnTheUrduHelplinesPageIsMarkedEnglish() {
        TestSite site = TestSite.copyOf(Path.of("."), dir);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();

        Document urdu = site.page("/ur/helplines/");
        Element name = urdu.selectFirst("#helpline-national-domestic-abuse-helpline");
        assertThat(urdu.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(name.attr("lang")).isEqualTo("en");
        assertThat(name.attr("dir")).isEqualTo("ltr");
        assertThat(urdu.select(".wm-helpline__phones li").first().attr("lang")).isEqualTo("en");

        Document english = site.page("/helplines/");
        assertThat(english.selectFirst("#helpline-national-domestic-abuse-helpline").hasAttr("lang")).isFalse();
    }
}
