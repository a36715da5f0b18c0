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
    void aScriptLinkOrAnAnimatedLinkInAServiceDescriptionIsAnErrorInTheServiceFile() {
        String report = report("""
                -- content/services/outreach.yml --
                name: Outreach
                organisation: Example Outreach Charity
                summary: Support in the community.
                description: |
                  Call us, or [write to us](javascript:alert(1)).

                  Or <a href="javascript:alert(2)">click</a> to chat.

                  <svg><a href="/help/"><animateMotion attributeName="href" path="M0,0"/><animateTransform attributeName="xlink:href" type="scale"/><text>Get help now</text></a></svg>
                categories: [advocacy]
                areas: [north]
                contact:
                  phones:
                    - number: "01632 960000"
                last_verified: 2026-11-01
                """);
        assertThat(report).contains("content/services/outreach.yml:5:").contains("error: The address `javascript:alert(1)`")
                .contains("content/services/outreach.yml:7:6: error: The address `javascript:alert(2)`")
                .contains("content/services/outreach.yml:9:25: error: An SVG <animateMotion> changes the href of a link")
                .contains("content/services/outreach.yml:9:").contains("error: An SVG <animateTransform> changes the xlink:href of a link");
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
    void anSvgAnimationThatChangesWhereALinkLeadsIsAnErrorWithItsPlace() {
        String report = report("""
                -- content/help.md --
                ---
                title: Help
                ---
                <svg><a><set attributeName="href" to="javascript:alert(document.cookie)"/><text>Get help now</text></a></svg>

                <svg><a href="/help/"><animate attributeName="HREF" values="javascript:alert(1)"/><text>Help</text></a></svg>

                <svg><a href="/help/"><set attributeName=" xlink:href " to="https://evil.example/"/><text>Get help now</text></a></svg>
                """);
        assertThat(report).contains("content/help.md:4:9: error: An SVG <set> changes the href of a link")
                .contains("hint: an animation may not change where a link leads; write the link's address in its href")
                .contains("content/help.md:6:23: error: An SVG <animate> changes the href of a link")
                .contains("content/help.md:8:23: error: An SVG <set> changes the xlink:href of a link");
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
    void anImageWrittenAsADataAddressAndAnSvgAnimationOfSomethingOtherThanAnAddressArePublished() {
        TestSite site = TestSite.create(dir, """
                -- content/help.md --
                ---
                title: Help
                ---
                ![A red dot](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==)

                <svg width="10" height="10" role="img" aria-label="A dot"><circle r="4" cx="5" cy="5"><animate attributeName="r" values="4;5;4" dur="2s"/></circle></svg>
                """);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        assertThat(site.page("/help/").select(".wm-prose img").attr("src")).startsWith("data:image/png;base64,");
        assertThat(site.page("/help/").select(".wm-prose animate").attr("attributeName")).isEqualTo("r");
    }
}
