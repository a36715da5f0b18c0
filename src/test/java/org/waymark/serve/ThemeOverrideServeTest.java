package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/**
 * The preview of a site with no themes/ folder (the theme built into Waymark) notices the files of the site's own
 * that take the place of built-in ones: made, edited and deleted again.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ThemeOverrideServeTest {
    @TempDir
    Path dir;

    private Preview preview;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    @Test
    void aTemplateOrStylesheetOfTheSitesOwnIsPickedUpWhenMadeEditedAndDeleted() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"), """
                -- content/about.md --
                ---
                title: About us
                ---
                Who we are.
                """);
        try (Stream<Path> s = Files.walk(site.root().resolve("themes"))) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        preview = Preview.start(new Preview.Options(new Build.Options(site.root(), null, false, LocalDate.of(2026, 11, 24), LocalDate.now()), Clock.systemDefaultZone(), 0,
                new PrintWriter(log, true), new PrintWriter(log, true)));
        assertThat(preview.ok()).as(log.toString()).isTrue();
        String builtInCss = Files.readString(Path.of("themes/default/assets/css/plans.css"));
        assertThat(get("/assets/css/plans.css")).isEqualTo(builtInCss);

        site.put("themes/default/assets/css/plans.css", "/* ours */\n");
        awaitPage("/assets/css/plans.css", body -> body.equals("/* ours */\n"));

        String page = Files.readString(Path.of("themes/default/templates/page.peb"));
        site.put("themes/default/templates/page.peb", page.replace("<h1>{{ page.title }}</h1>", "<h1>{{ page.title }}</h1><p>First note</p>"));
        awaitPage("/about/", body -> body.contains("<p>First note</p>"));
        site.put("themes/default/templates/page.peb", page.replace("<h1>{{ page.title }}</h1>", "<h1>{{ page.title }}</h1><p>Second note</p>"));
        awaitPage("/about/", body -> body.contains("<p>Second note</p>") && !body.contains("First note"));

        Files.delete(site.root().resolve("themes/default/templates/page.peb"));
        awaitPage("/about/", body -> !body.contains("Second note") && body.contains("Who we are."));
        assertThat(get("/assets/css/plans.css")).isEqualTo("/* ours */\n");
    }

    private void awaitPage(String path, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String body = get(path);
        while (!done.test(body)) {
            if (System.nanoTime() > deadline) throw new AssertionError("the preview did not change " + path + "; it serves:\n" + body + "\nlog:\n" + log);
            Thread.sleep(50);
            body = get(path);
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(preview.url() + path.substring(1))).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
