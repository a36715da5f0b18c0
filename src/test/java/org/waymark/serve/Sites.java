package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** Test sites for the preview. */
final class Sites {
    /** A page template with nothing in it that links elsewhere. */
    private static final String PLAIN = "{% extends \"base\" %}\n{% block main %}<h1>{{ page.title }}</h1>{% endblock %}\n";

    private Sites() {}

    /**
     * A {@link TestSite} that builds. While the directory and the plans are being written, the theme's
     * search and site-map pages link to parts of the site that a small test site does not have; here
     * those two pages are plain, as they are not what the preview's tests look at.
     */
    static TestSite buildable(Path dir, String fixture) {
        TestSite site = TestSite.create(dir, fixture);
        Build.Result result = site.build();
        if (!result.ok()) {
            site.put("themes/default/templates/search.peb", PLAIN).put("themes/default/templates/site-map.peb", PLAIN);
            result = site.build();
        }
        assertThat(result.ok()).as(TestSite.report(result)).isTrue();
        return site;
    }
}
