package org.waymark.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.testing.TestSite;
import org.waymark.write.Output;
import org.waymark.yaml.YamlReader;

/**
 * The link check is told which files the search writes before they are written (they are written while it
 * runs): the names it is told must be the names written, no more and no fewer.
 */
class SearchIndexFilesTest {
    @TempDir
    Path dir;

    @Test
    void theFilesTheSearchSaysItWritesAreTheFilesItWrites() throws IOException {
        TestSite site = TestSite.create(dir.resolve("site"), """
                -- site-config.yml --
                title: Test Partnership
                base_url: https://example.org/
                languages:
                  - {code: en, name: English}
                  - {code: ur, name: اردو}
                accessibility:
                  prepared: 2026-11-24
                  contact_email: accessibility@example.org
                """);
        SiteConfig config = ConfigLoader.load(site.root(), new YamlReader(), new Diagnostics()).orElseThrow();
        Output out = Output.stage(dir.resolve("public"));
        try {
            new SearchIndexes(config, List.of(), List.of()).write(out);
            assertThat(out.written()).containsExactlyInAnyOrderElementsOf(SearchIndexes.files(config))
                    .contains("search/index-en.json", "search/index-ur.json");
        } finally {
            out.discard();
        }
    }
}
