package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** Test sites for the preview. */
final class Sites {
    private Sites() {}

    /**
     * A {@link TestSite} that builds. While the directory is a stub, the theme's helplines page links to
     * a {@code /directory/} page that nothing makes; a plain page stands in for it until it exists.
     */
    static TestSite buildable(Path dir, String fixture) {
        TestSite site = TestSite.create(dir, fixture);
        Build.Result result = site.build();
        if (!result.ok() && TestSite.report(result).contains("`/directory/`")) {
            site.put("content/directory/index.md", "---\ntitle: Directory\n---\nServices near you.\n");
            result = site.build();
        }
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        return site;
    }
}
