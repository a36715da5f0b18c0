package org.waymark.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.check.HtmlCheck;
import org.waymark.check.PageChecks;
import org.waymark.check.PageFacts;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.content.Phones;
import org.waymark.diag.Diagnostics;
import org.waymark.markdown.Markdown;
import org.waymark.model.Page;
import org.waymark.search.Search;
import org.waymark.testing.TestSite;
import org.waymark.write.Output;
import org.waymark.yaml.YamlReader;

/** The renderer over a small site, without the rest of the build. */
class SiteRendererTest {
    @TempDir
    Path dir;

    private SiteRenderer<PageFacts> renderer(TestSite site, Diagnostics diags) {
        YamlReader yaml = new YamlReader();
        SiteConfig config = ConfigLoader.load(site.root(), yaml, diags).orElseThrow();
        Content content = new ContentLoader(yaml).load(site.root(), config, false, diags);
        Theme theme = Theme.load(site.root(), config, I18n.load(site.root(), config, yaml, diags), diags).orElseThrow();
        Map<String, String> paths = content.pages().stream().collect(Collectors.toMap(Page::source, Page::path));
        Markdown markdown = new Markdown(paths, config::link, content.glossary(), Phones.rules(content));
        HtmlCheck check = new HtmlCheck(config, site.root(), Phones.rules(content), Phones.tels(content, List.of()));
        return new SiteRenderer<>(site.root(), content, theme, markdown, new PageChecks(check, true), List.of(new Search(content)));
    }

    /** A site with a section of its own, and {@code more} fixture files. */
    private TestSite site(String more) {
        return TestSite.create(dir.resolve("site"), """
                -- content/about/index.md --
                ---
                title: About
                ---
                About us.
                """ + more);
    }

    @Test
    void eachRenderListsEveryGeneratedPageOnceInTheSiteMap() throws IOException {
        TestSite site = site("");
        Diagnostics diags = new Diagnostics();
        SiteRenderer<PageFacts> renderer = renderer(site, diags);
        Path out = dir.resolve("out");

        // as the preview server did: the same renderer, twice
        renderer.renderSite(Output.direct(out), diags);
        renderer.renderSite(Output.direct(out), diags);

        List<String> locs = locs(Files.readString(out.resolve("sitemap.xml")));
        assertThat(locs).contains("https://example.org/about/", "https://example.org/glossary/", "https://example.org/site-map/",
                "https://example.org/search/");
        assertThat(locs).doesNotHaveDuplicates();
    }

    @Test
    void aMissingTemplateIsReportedAsATemplateFailure() throws IOException {
        TestSite site = site("""
                -- themes/default/templates/glossary.peb --
                {% include "no-such-part" %}
                """);
        Diagnostics diags = new Diagnostics();

        SiteRenderer.Result<PageFacts> result = renderer(site, diags).renderSite(Output.direct(dir.resolve("out")), diags);

        assertThat(result.templateFailed()).isTrue();
        assertThat(diags.sorted()).anyMatch(d -> d.isError() && d.rule().equals("template"));
    }

    private static List<String> locs(String sitemap) {
        Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(sitemap);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
