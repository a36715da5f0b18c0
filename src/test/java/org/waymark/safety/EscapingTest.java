package org.waymark.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.SearchFiles;
import org.waymark.testing.TestSite;

/** Whatever an editor writes in a title is published as text, never as markup, wherever the theme writes it. */
class EscapingTest {
    static final String SECTION = "Strategy</a><a href=\"https://evil.example/\">Get help now</a><a>";
    static final String SITE = "Beds <b>bold</b> & co";

    @TempDir
    Path dir;

    @Test
    void titlesWithMarkupArePublishedAsTextOnEveryPageFeedSiteMapAndSearchIndex() throws IOException {
        TestSite site = TestSite.copyOf(Path.of("."), dir);
        Path config = site.root().resolve("site-config.yml");
        Files.writeString(config, Files.readString(config).replace("title: Bedfordshire Domestic Abuse Partnership",
                "title: \"Beds <b>bold</b> & co\""));
        Path strategy = site.root().resolve("content/strategy/index.md");
        Files.writeString(strategy, Files.readString(strategy).replace("title: Domestic Abuse Strategy 2009–2012",
                "title: '" + SECTION + "'"));
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();

        int pages = 0;
        List<String> inNavigation = new ArrayList<>();
        for (Path file : site.outputFiles()) {
            String name = site.output().relativize(file).toString();
            if (!name.endsWith(".html") && !name.endsWith(".xml")) continue; // JSON holds text as data; the search page writes it as text
            String text = Files.readString(file);
            assertThat(text.contains("<b>bold</b>") || text.contains("<a href=\"https://evil.example/\">")).as(name).isFalse();
            if (!name.endsWith(".html")) continue;
            pages++;
            Document doc = Jsoup.parse(text);
            assertThat(doc.select("a[href^=https://evil.example]")).as(name).isEmpty();
            assertThat(doc.select("b")).as(name).isEmpty();
            if (name.startsWith("ur/") || name.startsWith("pa/") || name.equals("404.html")) continue;
            assertThat(doc.select(".wm-header__name").text()).as(name).isEqualTo(SITE);
            assertThat(doc.select("footer p").last().text()).as(name).isEqualTo("© " + SITE);
            assertThat(doc.title()).as(name).endsWith(SITE);
            if (doc.select(".wm-nav__list a").eachText().contains(SECTION)) inNavigation.add(name);
        }
        assertThat(pages).isGreaterThan(50);
        assertThat(inNavigation).hasSizeGreaterThan(50);

        Document section = site.page("/strategy/");
        assertThat(section.select("h1").text()).isEqualTo(SECTION);
        assertThat(section.title()).isEqualTo(SECTION + " – " + SITE);
        Document chapter = site.page("/strategy/foreword/");
        assertThat(chapter.select(".wm-breadcrumbs a").eachText()).contains(SECTION);

        Document feed = Jsoup.parse(site.file("/plans/feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("feed > title").text()).isEqualTo(SITE + ": action plan progress reports");

        // the search index keeps the title as data; search.js writes it with textContent
        assertThat(SearchFiles.of(site, "/search/").titles()).containsValue(SECTION);
    }
}
