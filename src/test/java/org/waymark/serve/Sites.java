package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** Test sites for the preview. */
final class Sites {
    private Sites() {}

    /** A {@link TestSite} made of {@code fixture}, built once so that the test starts from a good site. */
    static TestSite buildable(Path dir, String fixture) {
        TestSite site = TestSite.create(dir, fixture);
        Build.Result result = site.build();
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        return site;
    }
}
