package org.waymark.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A link's origin (scheme, host and port), as the privacy rules compare it with the site's own and with the allowed ones. */
class OriginTest {
    @Test
    void isWhatJavaNetUriMakesOfTheAddressEvenWhereItRefusesIt() {
        List<String> urls = List.of("https://www.example.org/health/1", "HTTPS://WWW.Example.ORG", "http://example.org?q=1",
                "https://example.org#top", "https://sub-domain.example.org/x/y/", "https://example.org/a%20b?x=(1)&y=*!~'",
                "https://example.org:8443/x", "https://user@example.org/x", "https://[2001:db8::1]/x", "//cdn.example.com/lib.js",
                "https://xn--bcher-kva.example/", "ftp://files.example.org/a.pdf", "https://1.2.3.4/x",
                // addresses URI refuses, or reads without a host: the origin stays what URI made of them
                " https://example.org/a b ", "https://fonts.example.com/css?family=Roboto|Open+Sans", "https://example.org/{x}",
                "https://example.org/^", "https://example.org/%zz", "https://example.org/x#y#z", "https://a..b.org/",
                "https://label-.example.org/", "https://1.2.3.4.5/", "https://example.org./x", "https://-x.example.org/");
        for (String url : urls) assertThat(Urls.origin(url)).as(url).isEqualTo(byUri(url));
    }

    /** The origin as java.net.URI gives it, and the address itself where URI refuses it. */
    private static String byUri(String url) {
        try {
            URI uri = new URI(url.trim().startsWith("//") ? "https:" + url.trim() : url.trim());
            String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT))
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
