package org.waymark.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** No page holds an address that runs a script or carries a document in itself; each one is an error with its place. */
class UnsafeAddressesTest {
    @TempDir
    Path dir;

    private String report(String fixture) {
        Build.Result result = TestSite.create(dir, fixture).build();
        assertThat(result.ok()).isFalse();
        assertThat(dir.resolve("public")).doesNotExist();
        return TestSite.report(result);
    }

    @Test
    void aScriptLinkWrittenInMarkdownIsAnErrorWithItsLineAndColumn() {
        String report = report("""
                -- content/help.md --
                ---
                title: Help
                ---
                Text.

                Get [help now](javascript:alert(1)) or [the leaflet](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).
                """);
        assertThat(report).contains("content/help.md:6:5: error: The address `javascript:alert(1)` (href of <a>) runs a script")
                .contains("hint: link to a page or a file instead")
                .contains("content/help.md:6:40: error: The address `data:text/html;base64,")
                .contains("hint: put the file in content/assets/ and link to it");
    }

    @Test
    void scriptLinksWrittenAsHtmlAreErrorsHoweverTheSchemeIsDisguised() {
        String report = report("""
                -- content/help.md --
                ---
                title: Help
                ---
                <p><a href="JaVaScRiPt:alert(1)">one</a></p>
                <p><a href="  java&Tab;script&colon;alert(2)">two</a></p>
                <p><a href="&#x6A;avascript:alert(3)">three</a></p>
                <p><a href="&#1;vbscript:msgbox(4)">four</a></p>
                """);
        assertThat(report).contains("content/help.md:4:4: error: The address `JaVaScRiPt:alert(1)`")
                .contains("content/help.md:5:4: error: The address `java script:alert(2)`")
                .contains("content/help.md:6:4: error: The address `javascript:alert(3)`")
                .contains("content/help.md:7:4: error:").contains("vbscript:msgbox(4)");
    }

    @Test
    void aScriptLinkInAServiceDescriptionIsAnErrorInTheServiceFile() {
        String report = report("""
                -- content/services/outreach.yml --
                name: Outreach
                organisation: Example Outreach Charity
                summary: Support in the community.
                description: |
                  Call us, or [write to us](javascript:alert(1)).

                  Or <a href="javascript:alert(2)">click</a> to chat.
                categories: [advocacy]
                areas: [north]
                contact:
                  phones:
                    - number: "01632 960000"
                last_verified: 2026-11-01
                """);
        assertThat(report).contains("content/services/outreach.yml:5:").contains("error: The address `javascript:alert(1)`")
                .contains("content/services/outreach.yml:7:6: error: The address `javascript:alert(2)`");
    }

    @Test
    void scriptAddressesInSvgAndMathMlAreErrors() {
        String report = report("""
                -- content/help.md --
                ---
                title: Help
                ---
                <svg width="10" height="10"><a xlink:href="javascript:alert(1)"><text x="0" y="10">Go</text></a></svg>

                <math><mi xlink:href="javascript:alert(2)">x</mi></math>
                """);
        assertThat(report).contains("content/help.md:4:29: error: The address `javascript:alert(1)` (xlink:href of <a>)")
                .contains("content/help.md:6:7: error: The address `javascript:alert(2)` (xlink:href of <mi>)");
    }

    @Test
    void baseObjectEmbedFormActionSrcdocAndRefreshWrittenInContentAreErrors() {
        String report = report("""
                -- content/help.md --
                ---
                title: Help
                ---
                <base href="https://evil.example/">

                <object data="leaflet.pdf"></object>

                <embed src="/assets/film.swf">

                <form action="javascript:alert(1)"><button formaction="javascript:alert(2)">Send</button></form>

                <iframe srcdoc="<script>alert(3)</script>" title="Chat"></iframe>

                <meta http-equiv="refresh" content="0; url=https://evil.example/">
                """);
        assertThat(report).contains("content/help.md:4:1: error: A <base> element changes where every link on the page goes.")
                .contains("content/help.md:6:1: error: An <object> puts a plug-in or another document inside the page")
                .contains("content/help.md:8:1: error: An <embed> puts a plug-in")
                .contains("content/help.md:10:1: error: The address `javascript:alert(1)` (action of <form>)")
                .contains("content/help.md:10:36: error: The address `javascript:alert(2)` (formaction of <button>)")
                .contains("content/help.md:12:1: error: A frame with srcdoc writes a whole document")
                .contains("content/help.md:14:1: error: A <meta http-equiv=\"refresh\"> sends the visitor somewhere else by itself.");
    }

    @Test
    void anImageWrittenAsADataAddressIsPublished() {
        TestSite site = TestSite.create(dir, """
                -- content/help.md --
                ---
                title: Help
                ---
                ![A red dot](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==)
                """);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/help/").select(".wm-prose img").attr("src")).startsWith("data:image/png;base64,");
    }
}
