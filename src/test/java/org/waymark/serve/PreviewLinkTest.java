package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** The preview never serves a file from outside the site that a symbolic link in the site leads to. */
class PreviewLinkTest {
    @TempDir
    Path dir;

    @Test
    void aLinkInTheAssetsToAFileOutsideTheSiteIsNotServed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:SECRET-FROM-OUTSIDE");
        TestSite site = Sites.buildable(Files.createDirectories(dir.resolve("site")), "");
        Files.createDirectories(site.root().resolve("content/assets"));
        Files.createSymbolicLink(site.root().resolve("content/assets/passwd.txt"), outside.resolve("passwd"));
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(new Preview.Options(new Build.Options(site.root(), null, false, LocalDate.of(2026, 11, 24), LocalDate.now()), Clock.systemDefaultZone(),
                0, new PrintWriter(log, true), new PrintWriter(log, true)))) {
            assertThat(preview.ok()).isFalse();
            assertThat(log.toString()).contains("content/assets/passwd.txt").contains("outside the site folder");
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(preview.url() + "assets/passwd.txt")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("SECRET-FROM-OUTSIDE");
        }
    }
}
