package org.waymark.check.external;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.waymark.diag.Severity;

/**
 * What checking one address found, ready to report against every place the address is written.
 *
 * @param severity null when the address is fine
 * @param status the last HTTP status seen, or 0 when there was no answer
 * @param finalUrl where the redirects ended, or the address itself
 * @param cacheable whether the result may be reused by later runs; failures never are
 * @param says the message after the address, starting with a space (" answered 404 Not Found.")
 */
record Outcome(Severity severity, int status, String finalUrl, boolean permanentRedirect, boolean cacheable,
        String says, String hint) {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
            Map.entry(418, "I'm a teapot"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(999, "Request Denied"));

    boolean isOk() {
        return severity == null;
    }

    /** One sentence about the address as written at one place. */
    String message(String writtenUrl) {
        return writtenUrl + says;
    }

    /**
     * Judges a final HTTP answer. The cache rebuilds its results through here too, so a cached
     * warning is reported exactly as it was the first time.
     *
     * @param tries how many times the last address was asked, for the message about a server error
     */
    static Outcome fromStatus(String url, int status, String finalUrl, boolean permanentRedirect, int tries) {
        String after = finalUrl.equals(url) ? "" : " (after redirecting to " + finalUrl + ")";
        if (status < 400) {
            if (!permanentRedirect) return new Outcome(null, status, finalUrl, false, true, " answers.", "");
            return new Outcome(Severity.WARNING, status, finalUrl, true, true,
                    " has moved permanently to " + finalUrl + ".", "change the link to " + finalUrl);
        }
        String answered = " answered " + describe(status);
        if (status == 403 || status == 999) {
            String hint = "the site refuses automated checks; check it by hand"
                    + (permanentRedirect ? ", and change the link to " + finalUrl + " where it has moved" : "");
            return new Outcome(Severity.WARNING, status, finalUrl, permanentRedirect, true,
                    answered + " to the link checker" + after + ".", hint);
        }
        if (status == 429) {
            return new Outcome(Severity.WARNING, status, finalUrl, permanentRedirect, false,
                    " kept answering " + describe(status) + after + ", so it could not be checked.",
                    "the site limits automated checks; run the check again later or check the link by hand");
        }
        if (status >= 500) {
            return error(status, finalUrl, answered + after + (tries > 1 ? " (tried " + tries + " times)" : "") + ".",
                    "the site may be down; try again later, and fix or remove the link if it stays broken");
        }
        String hint = switch (status) {
            case 404 -> "fix the address or remove the link; if the page has moved, link to its new address";
            case 410 -> "the page was removed for good; remove the link or link to a replacement";
            case 401 -> "link to a page readers can open without signing in, or remove the link";
            default -> "open the address in a browser, then fix or remove the link";
        };
        return error(status, finalUrl, answered + after + ".", hint);
    }

    static Outcome unreachable(String url, IOException e, Duration timeout, int tries) {
        String tried = tries > 1 ? " (tried " + tries + " times)" : "";
        if (e instanceof HttpTimeoutException) {
            return error(0, url, " did not answer within " + seconds(timeout) + tried + ".",
                    "the site may be slow or down; try again later, and fix or remove the link if it stays broken");
        }
        return error(0, url, " could not be reached: " + reason(e) + tried + ".",
                "check the address for typing mistakes; if it is right, the site may be down, so try again later");
    }

    static Outcome invalid(String url, String why) {
        return error(0, url, " is not a valid web address: " + why + ".",
                "fix the address; write spaces and other special characters encoded, such as %20 for a space");
    }

    static Outcome redirectLoop(String url, String where) {
        return error(0, where, " redirects in a loop" + (where.equals(url) ? "" : " at " + where) + ".",
                "the site is misconfigured; link to another page, or tell the site's owners");
    }

    static Outcome tooManyRedirects(String url, int most) {
        return error(0, url, " was redirected more than " + most + " times.",
                "open the address in a browser and link to where it ends up");
    }

    static Outcome badRedirect(String url, int status, String why) {
        return error(status, url, " answered " + describe(status) + " but " + why + ".",
                "open the address in a browser and link to where it ends up");
    }

    static Outcome failed(String url, String why) {
        return error(0, url, " could not be checked: " + why + ".", "run the check again");
    }

    static Outcome interrupted(String url) {
        return error(0, url, " was not checked because the check was stopped.", "run the check again");
    }

    static String describe(int status) {
        String reason = REASONS.get(status);
        return reason == null ? Integer.toString(status) : status + " " + reason;
    }

    private static Outcome error(int status, String finalUrl, String says, String hint) {
        return new Outcome(Severity.ERROR, status, finalUrl, false, false, says, hint);
    }

    private static String reason(IOException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) return "no such host";
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                String m = c.getMessage();
                return m == null || m.isBlank() ? "the connection failed" : m.toLowerCase(Locale.ROOT);
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) return ms == 1000 ? "1 second" : ms / 1000 + " seconds";
        return ms + " ms";
    }
}
