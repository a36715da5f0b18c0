package org.waymark.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A link's origin (scheme, host and port), as the privacy rules compare it with the site's own. */
class OriginTest {
    @Test
    void isWhatJavaNetUriMakesOfTheAddress() throws Exception {
        List<String> urls = List.of("https://www.example.org/health/1", "HTTPS://WWW.Example.ORG", "http://example.org?q=1",
                "https://example.org#top", " https://example.org/a b ", "https://sub-domain.example.org/x/y/",
                "https://example.org:8443/x", "https://user@example.org/x", "https://[2001:db8::1]/x", "//cdn.example.com/lib.js",
                "https://xn--bcher-kva.example/", "ftp://files.example.org/a.pdf");
        for (String url : urls) {
            String u = url.trim();
            URI uri = new URI(u.startsWith("//") ? "https:" + u : u.replace(" ", "%20"));
            String expected = (uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT)) + "://"
                    + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            assertThat(HtmlCheck.origin(url)).as(url).isEqualTo(expected);
        }
    }
}
