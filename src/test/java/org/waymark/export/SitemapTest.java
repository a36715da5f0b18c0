package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The site map's XML, written with StAX, is what the site map was when it was written by hand. */
class SitemapTest {
    @Test
    void listsEachPageWithItsLanguageVersionsWhenItHasMoreThanOne() {
        String xml = Sitemap.xml(List.of(
                new Sitemap.Url("https://example.org/", List.of()),
                new Sitemap.Url("https://example.org/help/", List.of(new Sitemap.Version("en", "https://example.org/help/"),
                        new Sitemap.Version("cy", "https://example.org/cy/help/"))),
                new Sitemap.Url("https://example.org/only/", List.of(new Sitemap.Version("en", "https://example.org/only/")))));

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url><loc>https://example.org/</loc></url>
                  <url><loc>https://example.org/help/</loc>
                    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/help/"/>
                    <xhtml:link rel="alternate" hreflang="cy" href="https://example.org/cy/help/"/>
                </url>
                  <url><loc>https://example.org/only/</loc></url>
                </urlset>
                """);
    }

    @Test
    void escapesAnAddressAsTheSitesHtmlEscaperDoes() {
        String xml = Sitemap.xml(List.of(new Sitemap.Url("https://example.org/a&b<c>'d\"e/", List.of())));

        assertThat(xml).contains("<loc>https://example.org/a&amp;b&lt;c&gt;&#39;d&quot;e/</loc>");
    }
}
