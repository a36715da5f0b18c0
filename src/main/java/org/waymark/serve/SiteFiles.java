package org.waymark.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the file of the output folder that a request path names, and refuses every path that would
 * lead out of it: dot segments (plain or percent-encoded), encoded slashes and backslashes, empty
 * segments, and symbolic links whose target lies outside.
 */
final class SiteFiles {
    private SiteFiles() {}

    /** What a request path leads to. */
    sealed interface Resolution permits Found, Redirect, Missing, Refused {}

    /** A regular file inside the output folder (its real path). */
    record Found(Path file) implements Resolution {}

    /** A folder asked for without its trailing slash: send the browser to {@code location}. */
    record Redirect(String location) implements Resolution {}

    /** Nothing there. */
    record Missing() implements Resolution {}

    /** A path that tries to leave the output folder, or that cannot be read safely. */
    record Refused() implements Resolution {}

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("atom", "application/atom+xml"),
            Map.entry("rss", "application/rss+xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("webmanifest", "application/manifest+json"));

    /**
     * Resolves a request path.
     *
     * @param output the output folder
     * @param rawPath the path of the request as it was sent, still percent-encoded
     * @param basePath the path the site is published under ("/" or "/partnership/")
     */
    static Resolution resolve(Path output, String rawPath, String basePath) {
        if (rawPath == null || !rawPath.startsWith("/")) return new Refused();
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.contains("\\")) return new Refused();
        String path;
        try {
            // URLDecoder decodes form data; keep a '+' in a path a '+'
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Refused();
        }
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return new Refused();
        if (!basePath.equals("/")) {
            if (path.equals(basePath.substring(0, basePath.length() - 1)) || path.equals("/")) return new Redirect(basePath);
            if (!path.startsWith(basePath)) return new Missing();
            path = path.substring(basePath.length() - 1);
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..")) return new Refused();
            if (s.isEmpty() && i < segments.length - 1) return new Missing(); // "//": never a file, and "//host" must not become a redirect
            if (s.startsWith(".")) return new Missing(); // the marker file and any other hidden file
        }
        Path base = output.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(path.substring(1)).normalize();
        } catch (InvalidPathException e) {
            return new Missing();
        }
        if (!target.startsWith(base)) return new Refused();
        Path file;
        if (path.endsWith("/")) {
            file = target.resolve("index.html");
        } else if (Files.isDirectory(target)) {
            return Files.isRegularFile(target.resolve("index.html")) ? new Redirect(rawPath + "/") : new Missing();
        } else {
            file = target;
        }
        if (!Files.isRegularFile(file)) return new Missing();
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(base.toRealPath())) return new Refused();
            return new Found(real);
        } catch (IOException e) {
            return new Missing();
        }
    }

    /** The Content-Type of a file, by its extension. */
    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static boolean isHtml(String type) {
        return type.startsWith("text/html");
    }
}
