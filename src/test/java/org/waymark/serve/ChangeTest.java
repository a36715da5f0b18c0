package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {
    @Test
    void classifiesEachSourceByWhatARebuildNeeds() {
        assertThat(Change.of("content/about/index.md", false).kind()).isEqualTo(Change.Kind.PAGE);
        assertThat(Change.of("content/services/refuge.yml", false).kind()).isEqualTo(Change.Kind.DATA);
        assertThat(Change.of("content/helplines.yml", false).kind()).isEqualTo(Change.Kind.DATA);
        assertThat(Change.of("content/plans/2009-10/reports/2009-06-30.yml", false).kind()).isEqualTo(Change.Kind.DATA);
        assertThat(Change.of("content/assets/leaflet.pdf", false).kind()).isEqualTo(Change.Kind.ASSET);
        assertThat(Change.of("content/assets/notes.md", false).kind()).isEqualTo(Change.Kind.ASSET);
        assertThat(Change.of("themes/default/templates/page.peb", false).kind()).isEqualTo(Change.Kind.TEMPLATE);
        assertThat(Change.of("themes/default/i18n/en.yml", false).kind()).isEqualTo(Change.Kind.TEMPLATE);
        assertThat(Change.of("themes/default/assets/css/site.css", false).kind()).isEqualTo(Change.Kind.ASSET);
        assertThat(Change.of("site-config.yml", false).kind()).isEqualTo(Change.Kind.CONFIG);
        assertThat(Change.of("content/notes.docx", false).kind()).isEqualTo(Change.Kind.OTHER);
        assertThat(Change.of("content/news", true).kind()).isEqualTo(Change.Kind.OTHER);
    }

    @Test
    void describesOneChangeByFileAndKind() {
        assertThat(Change.of("content/about.md", false).describe()).isEqualTo("content/about.md changed (page)");
        assertThat(Change.of("content/services/refuge.yml", true).describe()).isEqualTo("content/services/refuge.yml removed (data file)");
    }

    @Test
    void describesABatchByCountsOfEachKindAndTheFirstFiles() {
        Changes changes = new Changes(List.of(
                Change.of("content/a.md", false), Change.of("content/b.md", false),
                Change.of("themes/default/templates/page.peb", false), Change.of("site-config.yml", false)));

        assertThat(changes.describe()).isEqualTo(
                "4 files changed (2 pages, 1 template, 1 config): content/a.md, content/b.md, themes/default/templates/page.peb, …");
        assertThat(changes.kinds()).containsExactlyInAnyOrder(Change.Kind.PAGE, Change.Kind.TEMPLATE, Change.Kind.CONFIG);
    }
}
