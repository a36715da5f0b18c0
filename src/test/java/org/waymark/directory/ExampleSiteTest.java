package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.diag.Diagnostic;

/** The example site in this repository builds with its directory; the output goes to a temporary folder. */
class ExampleSiteTest {
    @TempDir
    Path dir;

    @Test
    void exampleSiteBuildsAPageForEveryServiceFile() throws Exception {
        Path out = dir.resolve("public");
        Build.Result r = Build.run(new Build.Options(SiteFixture.PROJECT, out, false, null, LocalDate.now()));
        assertThat(r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)).isEmpty();
        assertThat(r.diagnostics()).filteredOn(d -> d.file().startsWith("content/services/"))
                .as("the example's services only warn when they are due to be checked again")
                .allSatisfy(d -> assertThat(d.rule()).isEqualTo("stale"));
        try (Stream<Path> files = Files.list(SiteFixture.PROJECT.resolve("content/services"))) {
            for (Path f : files.toList()) {
                String id = f.getFileName().toString().replace(".yml", "");
                assertThat(out.resolve("directory/" + id + "/index.html")).as(id).exists();
            }
        }
        assertThat(out.resolve("data/services.json")).exists();
        assertThat(out.resolve("data/services.csv")).exists();
    }
}
