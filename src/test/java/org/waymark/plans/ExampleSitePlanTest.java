package org.waymark.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;

/** The repository's own example site, and its 2009–10 action plan. */
class ExampleSitePlanTest {
    @TempDir
    Path dir;

    @Test
    void exampleSiteBuildsWithItsPlan() {
        Path out = dir.resolve("public");
        Build.Result result = Build.run(new Build.Options(Path.of("").toAbsolutePath(), out, false, LocalDate.of(2010, 1, 15), LocalDate.now()));

        assertThat(result.ok()).as(PlanSite.report(result)).isTrue();
        assertThat(out.resolve("plans/2009-10/index.html")).exists();
        assertThat(out.resolve("plans/2009-10/actions/1-1/index.html")).exists();
        assertThat(out.resolve("plans/2009-10/print/index.html")).exists();
        assertThat(out.resolve("plans/feed.xml")).exists();
    }

    @Test
    void examplePlanAndItsReportsBuildWithAPagePerActionThemeLeadAndRound() throws IOException {
        PlanSite site = PlanSite.create(dir, "");
        site.put("content/partners.yml", Files.readString(Path.of("content/partners.yml")));
        try (Stream<Path> files = Files.walk(Path.of("content/plans/2009-10"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                site.put(f.toString().replace('\\', '/'), Files.readString(f));
            }
        }
        Build.Result result = site.build(LocalDate.of(2010, 1, 15));

        assertThat(result.ok()).as(PlanSite.report(result)).isTrue();
        Document overview = site.page("/plans/2009-10/");
        assertThat(overview.select("h1").text()).startsWith("Bedfordshire Domestic Violence Partnership Action Plan");
        assertThat(overview.select(".wm-plan-counts-table:not(.wm-plan-trend-table) tbody tr")).hasSize(6);
        assertThat(overview.select(".wm-plan-counts-table tfoot td").last().text()).isEqualTo("24");
        for (String ref : new String[] {"1-1", "2-4", "3-3", "4-4", "5-6", "6-5"}) {
            assertThat(site.exists("/plans/2009-10/actions/" + ref + "/")).as(ref).isTrue();
        }
        assertThat(site.exists("/plans/2009-10/reports/2009-06-30/")).isTrue();
        assertThat(site.exists("/plans/2009-10/reports/2009-09-30/")).isTrue();
        assertThat(site.exists("/plans/2009-10/reports/2009-12-31/")).isTrue();
        assertThat(site.exists("/plans/2009-10/partners/sig/")).isTrue();
        assertThat(site.page("/plans/2009-10/partners/sig/").select("h1").text()).isNotBlank();
    }
}
