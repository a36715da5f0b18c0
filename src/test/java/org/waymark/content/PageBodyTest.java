package org.waymark.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.model.Page;
import org.waymark.testing.TestSite;
import org.waymark.yaml.YamlReader;

/**
 * A page's body is not kept from the load to the render: it is read from the file when asked for, and only while the
 * file's front matter is the one the page was loaded with.
 */
class PageBodyTest {
    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.create(dir, "").put("content/about/team.md", "---\ntitle: Our team\n---\nTwelve people.\r\n\nCall us.\n");
    }

    private Page team() {
        YamlReader yaml = new YamlReader();
        Diagnostics diags = new Diagnostics();
        SiteConfig config = ConfigLoader.load(site.root(), yaml, diags).orElseThrow();
        Content content = new ContentLoader(yaml).load(site.root(), config, false, diags);
        return content.pages().stream().filter(p -> p.source().equals("content/about/team.md")).findFirst().orElseThrow();
    }

    @Test
    void theBodyIsTheTextAfterTheFrontMatterAndItsFirstLine() {
        Page page = team();
        assertThat(page.body()).isEqualTo("Twelve people.\r\n\nCall us.\n");
        assertThat(page.bodyLine()).isEqualTo(4);
    }

    @Test
    void aBodyEditedAfterTheLoadIsReadAsItIsNow() {
        Page page = team();
        site.put("content/about/team.md", "---\ntitle: Our team\n---\nThirteen people.\n");
        assertThat(page.body()).isEqualTo("Thirteen people.\n");
    }

    @Test
    void aFrontMatterEditedAfterTheLoadIsRefusedNamingTheFile() {
        Page page = team();
        site.put("content/about/team.md", "---\ntitle: Our new team\n---\nTwelve people.\n");
        assertThatThrownBy(page::body).isInstanceOf(Page.Unreadable.class)
                .hasMessage("content/about/team.md changed while the site was being built: its front matter is not the one"
                        + " it was read with.")
                .extracting(e -> ((Page.Unreadable) e).file()).isEqualTo("content/about/team.md");
    }

    @Test
    void aFileDeletedAfterTheLoadIsRefusedNamingTheFile() {
        Page page = team();
        site.delete("content/about/team.md");
        assertThatThrownBy(page::body).isInstanceOf(Page.Unreadable.class)
                .hasMessageStartingWith("content/about/team.md cannot be read again to render it: ");
    }

    /** The load refuses a link leading out of the site; a page's file that becomes one after the load is refused too. */
    @Test
    void aFileReplacedAfterTheLoadByALinkOutOfTheSiteIsRefusedAndNotRead() throws IOException {
        Page page = team();
        Path outside = Files.writeString(dir.resolve("elsewhere.md"), "---\ntitle: Our team\n---\nPrivate notes.\n");
        Path file = site.root().resolve("content/about/team.md");
        Files.delete(file);
        Files.createSymbolicLink(file, outside);
        assertThatThrownBy(page::body).isInstanceOf(Page.Unreadable.class)
                .hasMessageStartingWith("content/about/team.md is no longer the file the site was loaded from: it now leads to ")
                .hasMessageNotContaining("Private notes");
    }

    @Test
    void aFileNoLongerInUtf8AfterTheLoadSaysSo() throws IOException {
        Page page = team();
        Files.write(site.root().resolve("content/about/team.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(page::body).isInstanceOf(Page.Unreadable.class)
                .hasMessageContaining("UTF-8")
                .hasMessageNotContaining("front matter");
    }
}
