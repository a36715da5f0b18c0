package org.waymark.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rewrites of the built site's {@code _redirects} and the headers of its {@code _headers}, applied as
 * Netlify applies them, so that the preview answers the same addresses with the same headers as a host
 * that reads those files: {@code /api/oruk/services?page=2} is {@code /api/oruk/services/page-2.json}, and
 * only the API is open to other origins.
 *
 * <p>It reads what Waymark writes: a rewrite is {@code from [name=value|name=:placeholder] to 200}, matched
 * with or without a trailing slash, first match wins, and a file at {@code from} is served before any
 * rewrite; a block of headers applies to a path, or to the paths under one written {@code /path/*}.
 */
record HostRules(List<Rewrite> rewrites, List<Block> headers) {
    HostRules {
        rewrites = List.copyOf(rewrites);
        headers = List.copyOf(headers);
    }

    static final HostRules NONE = new HostRules(List.of(), List.of());

    /** A line of {@code _redirects}; {@code query} is "" or "name=value" or "name=:placeholder". */
    record Rewrite(String from, String query, String to) {}

    /** A block of {@code _headers}: a path (ending in {@code *} for the paths under it) and its headers. */
    record Block(String path, List<Map.Entry<String, String>> headers) {
        Block {
            headers = List.copyOf(headers);
        }

        boolean matches(String requestPath) {
            return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1)) : requestPath.equals(path);
        }
    }

    /** The rules of the site in {@code output}; none when it has neither file (or they cannot be read). */
    static HostRules read(Path output) {
        return new HostRules(rewrites(lines(output.resolve("_redirects"))), blocks(lines(output.resolve("_headers"))));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Rewrite> rewrites(List<String> lines) {
        List<Rewrite> out = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts[0].isEmpty() || parts[0].startsWith("#")) continue;
            if (parts.length == 3 && parts[2].equals("200")) out.add(new Rewrite(parts[0], "", parts[1]));
            else if (parts.length == 4 && parts[3].equals("200") && parts[1].contains("=")) out.add(new Rewrite(parts[0], parts[1], parts[2]));
        }
        return out;
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        String path = null;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.trim().startsWith("#")) continue;
            if (!Character.isWhitespace(line.charAt(0))) {
                if (path != null) out.add(new Block(path, headers));
                path = line.trim();
                headers = new ArrayList<>();
            } else if (path != null && line.indexOf(':') > 0) {
                int colon = line.indexOf(':');
                headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
        }
        if (path != null) out.add(new Block(path, headers));
        return out;
    }

    /**
     * The path to serve for a request that found no file: the target of the first rewrite that matches it, with
     * a placeholder's value percent-encoded (so that it can only ever name a file, never climb out of a folder).
     *
     * @param path the decoded request path
     * @param rawQuery the query as it was sent, or null
     */
    Optional<String> rewrite(String path, String rawQuery) {
        String bare = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Rewrite r : rewrites) {
            String from = r.from().length() > 1 && r.from().endsWith("/") ? r.from().substring(0, r.from().length() - 1) : r.from();
            if (!from.equals(bare)) continue;
            if (r.query().isEmpty()) return Optional.of(r.to());
            String name = r.query().substring(0, r.query().indexOf('='));
            String wanted = r.query().substring(name.length() + 1);
            Optional<String> value = parameter(rawQuery, name);
            if (value.isEmpty()) continue;
            if (wanted.startsWith(":")) return Optional.of(r.to().replace(wanted, URLEncoder.encode(value.get(), StandardCharsets.UTF_8)));
            if (wanted.equals(value.get())) return Optional.of(r.to());
        }
        return Optional.empty();
    }

    /** The headers that {@code _headers} gives a request path, in the order of the file. */
    List<Map.Entry<String, String>> headersFor(String path) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Block b : headers) if (b.matches(path)) out.addAll(b.headers());
        return out;
    }

    private static Optional<String> parameter(String rawQuery, String name) {
        if (rawQuery == null) return Optional.empty();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!key.equals(name)) continue;
            try {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
