package org.waymark.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;

/**
 * Checks that every internal link, image and asset on every page resolves to a file in the output, and
 * that every {@code #fragment} names an id on the page it points to. Links written as {@code /path/},
 * {@code path}, {@code ../path} and {@code #fragment} are all checked.
 */
public final class LinkCheck {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
    private final String basePath;

    /** @param basePath the site's base path ("/" or "/partnership/") */
    public LinkCheck(String basePath) {
        this.basePath = basePath;
    }

    public void check(List<PageFacts> pages, Set<String> files, Diagnostics diags) {
        Map<String, PageFacts> byOutput = pages.stream().collect(Collectors.toMap(PageFacts::output, Function.identity(), (a, b) -> a));
        check(pages, byOutput, files, diags);
    }

    /** Checks the links of {@code pages} against the whole site: every page by its output file, and every file. */
    public void check(List<PageFacts> pages, Map<String, PageFacts> site, Set<String> files, Diagnostics diags) {
        pages.parallelStream().forEach(page -> {
            for (PageFacts.Ref ref : page.refs()) check(page, ref, site, files, diags);
        });
    }

    /** Where a link leads, worked out once for each address and folder: a file, or why there is none. */
    private record Resolution(String target, String problem) {}

    private static final String INVALID = "invalid";
    private static final String OUTSIDE = "outside";
    private static final String MISSING = "missing";

    private final Map<String, Resolution> resolutions = new ConcurrentHashMap<>();

    private void check(PageFacts page, PageFacts.Ref ref, Map<String, PageFacts> byOutput, Set<String> files, Diagnostics diags) {
        String url = ref.url().trim();
        if (url.isEmpty()) {
            report(diags, ref, "A link on " + page.output() + " has an empty address.", "write where the link goes");
            return;
        }
        char first = url.charAt(0);
        if (first != '/' && first != '#' && first != '.') {
            String lower = url.toLowerCase(Locale.ROOT);
            if (SCHEME.matcher(lower).matches()) return;
        } else if (url.startsWith("//")) {
            return;
        }
        if (url.endsWith(".md") || url.contains(".md#")) return; // a link to a page file that does not exist: reported while rendering
        String target;
        if (first == '#') {
            target = page.output();
        } else {
            String folder = url.startsWith("/") ? "" : page.output().substring(0, page.output().lastIndexOf('/') + 1);
            // a relative link is seldom written twice in one folder: a plain one is worked out directly, not remembered
            String plain = folder.isEmpty() ? null : plainPath(folder, url);
            Resolution r;
            if (plain != null) {
                r = resolved(url, plain, files);
            } else {
                // an address from the root resolves the same from every folder: it is its own key
                String key = folder.isEmpty() && url.indexOf('\n') < 0 ? url : folder + "\n" + url;
                r = resolutions.computeIfAbsent(key, k -> resolve(page.output(), url, files));
            }
            if (r.problem() == INVALID) {
                report(diags, ref, "The link `" + url + "` is not a valid address.", "remove spaces and special characters from the link, or encode them");
                return;
            }
            if (r.problem() == OUTSIDE) {
                report(diags, ref, "The link `" + url + "` on " + page.output() + " points outside the site's base path " + basePath + ".",
                        "start site links with " + basePath);
                return;
            }
            if (r.problem() == MISSING) {
                report(diags, ref, "The link `" + url + "` on " + page.output() + " points to a page or file that does not exist.",
                        "check the address; links to other pages can be written as the page's .md file, such as `foreword.md`");
                return;
            }
            target = r.target();
        }
        String fragment = fragmentPart(url);
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            PageFacts t = byOutput.get(target);
            String id = fragment.indexOf('%') < 0 && fragment.indexOf('+') < 0 ? fragment : URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (t != null && !t.ids().contains(id)) {
                report(diags, ref, "The link `" + url + "` points to #" + id + ", which is not on " + target + ".",
                        "use the id of a heading on that page: lower-case words joined by hyphens, such as #local-picture");
            }
        }
    }

    /** The file a link on {@code output} leads to; a link of the same address from the same folder leads to the same file. */
    private Resolution resolve(String output, String url, Set<String> files) {
        URI resolved;
        try {
            URI base = new URI("http", "site", "/" + output, null);
            resolved = base.resolve(new URI(null, null, pathPart(url), null)).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Resolution(null, INVALID);
        }
        return resolved(url, resolved.getPath(), files);
    }

    /** Where a link to {@code path} (resolved, from the root) leads. */
    private Resolution resolved(String url, String path, Set<String> files) {
        if (url.startsWith("/") && !path.startsWith(basePath)) return new Resolution(null, OUTSIDE);
        String rel = url.startsWith("/") ? path.substring(basePath.length()) : path.substring(1);
        String target = find(rel, files);
        return target == null ? new Resolution(null, MISSING) : new Resolution(target, null);
    }

    /**
     * The path from the root that {@code url} leads to from {@code folder} ("" for an address from the root), as
     * {@link URI#resolve} and {@link URI#normalize} give it, for an address of letters, digits and {@code - _ . ~ /}
     * only, up to its {@code ?} or {@code #}; or null for any other (then {@link URI} works it out).
     */
    static String plainPath(String folder, String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~'
                    || c == '/')) return null;
        }
        String path = url.startsWith("/") ? url.substring(0, end) : "/" + folder + url.substring(0, end);
        if (path.indexOf("//") >= 0) return null;
        if (path.indexOf("/.") < 0) return path;
        // dot segments: "." goes, ".." takes the segment before it; one that would climb above the root, or a path
        // that ends in one, is left to URI
        String[] parts = path.substring(1).split("/", -1);
        List<String> kept = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals(".") || part.equals("..")) {
                if (i == parts.length - 1) return null;
                if (part.equals("..")) {
                    if (kept.isEmpty()) return null;
                    kept.remove(kept.size() - 1);
                }
            } else {
                kept.add(part);
            }
        }
        return "/" + String.join("/", kept);
    }

    private static String find(String rel, Set<String> files) {
        // an address the host answers from a file by a rewrite ("api/oruk/") is in files as it is written
        if (rel.endsWith("/") && files.contains(rel)) return rel;
        if (rel.isEmpty() || rel.endsWith("/")) return files.contains(rel + "index.html") ? rel + "index.html" : null;
        if (files.contains(rel)) return rel;
        if (files.contains(rel + "/index.html")) return rel + "/index.html";
        return null;
    }

    private static String pathPart(String url) {
        int cut = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) cut = Math.min(cut, q);
        if (h >= 0) cut = Math.min(cut, h);
        return URLDecoder.decode(url.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String fragmentPart(String url) {
        int h = url.indexOf('#');
        return h < 0 ? null : url.substring(h + 1);
    }

    private static void report(Diagnostics diags, PageFacts.Ref ref, String message, String hint) {
        diags.error(ref.file(), new Pos(ref.line(), ref.column()), "link", message, hint);
    }
}
