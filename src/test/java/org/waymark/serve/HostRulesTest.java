package org.waymark.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview reads a site's {@code _redirects} and {@code _headers} as Netlify does, for the lines Waymark writes. */
class HostRulesTest {
    @TempDir
    Path output;

    private HostRules rules(String redirects, String headers) throws IOException {
        Files.writeString(output.resolve("_redirects"), redirects);
        Files.writeString(output.resolve("_headers"), headers);
        return HostRules.read(output);
    }

    @Test
    void rewritesAnAddressWithOrWithoutItsTrailingSlashAndTheFirstMatchingRuleWins() throws IOException {
        HostRules r = rules("""
                # a comment
                /api/ /api/index.json 200
                /api/list page=:page /api/list/page-:page.json 200
                /api/list kind=all /api/list/all.json 200
                /api/list /api/list/page-1.json 200
                /old /new 301
                """, "");
        assertThat(r.rewrite("/api", null)).hasValue("/api/index.json");
        assertThat(r.rewrite("/api/", null)).hasValue("/api/index.json");
        assertThat(r.rewrite("/api/list", "page=3")).hasValue("/api/list/page-3.json");
        assertThat(r.rewrite("/api/list", "x=1&page=2")).hasValue("/api/list/page-2.json");
        assertThat(r.rewrite("/api/list", "kind=all")).hasValue("/api/list/all.json");
        assertThat(r.rewrite("/api/list", "kind=some")).hasValue("/api/list/page-1.json");
        assertThat(r.rewrite("/api/list", null)).hasValue("/api/list/page-1.json");
        // only rewrites (200) are read; anything else is left to the host
        assertThat(r.rewrite("/old", null)).isEmpty();
        assertThat(r.rewrite("/api/other", null)).isEmpty();
    }

    @Test
    void aPlaceholdersValueIsEncodedSoThatItCanOnlyNameAFile() throws IOException {
        HostRules r = rules("/api/list page=:page /api/list/page-:page.json 200\n", "");
        String to = r.rewrite("/api/list", "page=..%2F..%2Fsite-config.yml").orElseThrow();
        assertThat(to).isEqualTo("/api/list/page-..%2F..%2Fsite-config.yml.json");
        assertThat(SiteFiles.resolve(output, to, "/")).isInstanceOf(SiteFiles.Refused.class);
    }

    @Test
    void headersApplyToTheirPathAndThePathsUnderASplat() throws IOException {
        HostRules r = rules("", """
                /*
                  X-Frame-Options: DENY
                /api
                  Access-Control-Allow-Origin: *
                /api/*
                  Access-Control-Allow-Origin: *
                """);
        assertThat(r.headersFor("/about/")).containsExactly(Map.entry("X-Frame-Options", "DENY"));
        assertThat(r.headersFor("/apis/")).containsExactly(Map.entry("X-Frame-Options", "DENY"));
        assertThat(r.headersFor("/api")).contains(Map.entry("Access-Control-Allow-Origin", "*"));
        assertThat(r.headersFor("/api/list/page-1.json")).containsExactly(Map.entry("X-Frame-Options", "DENY"),
                Map.entry("Access-Control-Allow-Origin", "*"));
    }

    @Test
    void aSiteWithoutTheFilesHasNoRules(@TempDir Path empty) {
        HostRules r = HostRules.read(empty);
        assertThat(r.rewrite("/api/", null)).isEmpty();
        assertThat(r.headersFor("/")).isEmpty();
    }
}
