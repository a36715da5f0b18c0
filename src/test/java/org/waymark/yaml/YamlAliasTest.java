package org.waymark.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.build.Build;
import org.waymark.testing.TestSite;

/** A YAML alias is refused in an editor's words, at its place: its name is never published as the value. */
class YamlAliasTest {
    @TempDir
    Path dir;

    private static final String SERVICE = """
            -- content/services/outreach.yml --
            name: &nm Bedford Outreach
            organisation: *nope
            summary: *nm
            categories: [advocacy]
            areas: [north]
            contact:
              phones:
                - number: "01632 960000"
            last_verified: 2026-11-01
            """;

    @Test
    void anAliasIsAnErrorAtItsPlaceAndNothingIsPublished() {
        TestSite site = TestSite.create(dir, SERVICE);
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        String report = TestSite.report(result);
        assertThat(report)
                .contains("content/services/outreach.yml:2:15: error: `*nope` repeats another value (the one marked `&nope`); "
                        + "Waymark does not read repeated values. [yaml]\n    hint: write the value out in full here")
                .contains("content/services/outreach.yml:3:10: error: `*nm` repeats another value (the one marked `&nm`)")
                .doesNotContain("looks like a partner");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void anAliasBombIsRefusedWithoutBeingExpanded() {
        StringBuilder yaml = new StringBuilder("---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            yaml.append("]\n");
        }
        yaml.append("---\nText.\n");
        TestSite site = TestSite.create(dir, "");
        site.put("content/bomb.md", yaml.toString());
        Build.Result result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(TestSite.report(result)).contains("content/bomb.md:4:8: error: `*a` repeats another value");
    }
}
