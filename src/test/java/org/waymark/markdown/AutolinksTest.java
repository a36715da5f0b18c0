package org.waymark.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Addresses written as text are linked exactly as the autolink extension links them when it reads every text. */
class AutolinksTest {
    private static final List<String> WRITTEN = List.of(
            "See https://www.gov.uk/ for more.",
            "Visit www.example.org today, or WWW.EXAMPLE.ORG, or Www.example.org/path?q=1.",
            "Write to help@example.org or to [the team](mailto:team@example.org).",
            "A link [to https://example.org/a inside](https://example.org/b) is not linked again.",
            "![A map of www.example.org](map.png) and `https://example.org/code` in code.",
            "*Emphasis with http://example.org/x* and **strong www.example.org.**",
            "| Area | Site |\n| --- | --- |\n| North | https://example.org/north |\n| South | south@example.org |",
            "Times 9:30 to 17:00, a ratio 3:1, and a list: one, two.",
            "No address here at all, only words with w in them: wow, awkward, www without a dot.",
            "An address at the end ftp://example.org and one in brackets (https://example.org/p).",
            "A line\nbreak before https://example.org/next and a footnote.[^1]\n\n[^1]: Source: https://example.org/source");

    @Test
    void linksTheSameAddressesAsTheExtensionReadingEveryText() {
        Parser everyText = Parser.builder()
                .extensions(List.of(TablesExtension.create(), FootnotesExtension.create(), AutolinkExtension.create())).build();
        Parser filtered = Parser.builder()
                .extensions(List.of(TablesExtension.create(), FootnotesExtension.create())).postProcessor(Markdown.AUTOLINKS).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create(), FootnotesExtension.create())).build();
        for (String markdown : WRITTEN) {
            assertThat(html.render(filtered.parse(markdown))).as(markdown).isEqualTo(html.render(everyText.parse(markdown)));
        }
        // and the samples do hold addresses that were linked
        assertThat(html.render(filtered.parse(WRITTEN.get(1)))).contains("<a href=\"http://www.example.org\">www.example.org</a>");
        assertThat(html.render(filtered.parse(WRITTEN.get(2)))).contains("<a href=\"mailto:help@example.org\">");
    }

    @Test
    void onlyTextsWithAColonAnAtOrWwwAreRead() {
        assertThat(Autolinks.mayHoldAddress("Plain words, with w and ww in them.")).isFalse();
        assertThat(Autolinks.mayHoldAddress("see example.org")).isFalse();
        assertThat(Autolinks.mayHoldAddress("at 9:30")).isTrue();
        assertThat(Autolinks.mayHoldAddress("name@example.org")).isTrue();
        assertThat(Autolinks.mayHoldAddress("go to www.example.org")).isTrue();
        assertThat(Autolinks.mayHoldAddress("go to wWw.example.org")).isTrue();
    }
}
