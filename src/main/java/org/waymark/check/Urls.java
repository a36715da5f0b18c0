package org.waymark.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** How a browser reads an address: its scheme, and its origin (scheme, host and port), which the privacy rules compare. */
final class Urls {
    private Urls() {}

    /**
     * The scheme of an address as a browser reads it, lower case, or "" when it has none: tabs and line breaks
     * anywhere, and control characters and spaces at either end, are ignored ({@code " java\tscript:"} is
     * {@code javascript}). Character references are decoded before this, by the HTML parser or CommonMark.
     */
    static String scheme(String url) {
        StringBuilder s = new StringBuilder(Math.min(url.length(), 16));
        int from = 0;
        while (from < url.length() && url.charAt(from) <= ' ') from++;
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (c == ':') return s.length() > 0 ? s.toString().toLowerCase(Locale.ROOT) : "";
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || s.length() > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.');
            if (!ok) return "";
            s.append(c);
        }
        return "";
    }

    static String origin(String url) {
        String u = url.trim();
        // the common case without java.net.URI: an address URI reads as scheme://host with a plain host name
        int sep = u.indexOf("://");
        if (sep > 0) {
            int end = sep + 3;
            while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) end++;
            String scheme = u.substring(0, sep);
            String host = u.substring(sep + 3, end);
            if (scheme.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && isHostName(host) && isPlainRest(u, end)) {
                return scheme.toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT);
            }
        }
        try {
            URI uri = new URI(u.startsWith("//") ? "https:" + u : u);
            String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + (port > 0 ? ":" + port : "");
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** A host name as URI reads one: labels of letters, digits and inner hyphens, the last starting with a letter. */
    private static boolean isHostName(String host) {
        if (host.isEmpty()) return false;
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) return false;
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) return false;
            }
        }
        char first = labels[labels.length - 1].charAt(0);
        return first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z';
    }

    /** Whether the path, query and fragment from {@code from} hold only what URI accepts there: else URI is asked. */
    private static boolean isPlainRest(String u, int from) {
        boolean fragment = false;
        for (int i = from; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0) continue;
            if (c == '#' && !fragment) {
                fragment = true;
                continue;
            }
            if (c == '%' && i + 2 < u.length() && isHex(u.charAt(i + 1)) && isHex(u.charAt(i + 2))) {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
