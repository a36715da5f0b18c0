package org.waymark.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Where;
import org.waymark.phone.PhoneNumber;
import org.waymark.phone.PhoneRules;

/**
 * Where a link or image written in Markdown leads: a link to another page's source file ({@code foreword.md})
 * becomes that page's address, a site path gets the base path, and a {@code tel:} link is judged by the site's
 * phone rules and written as its number's {@code tel:} address. Shared between threads.
 */
final class LinkTargets {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);

    private final Map<String, String> pathsBySource;
    private final Function<String, String> link;
    private final PhoneRules phones;

    /**
     * @param pathsBySource site path of each page by its source file ("content/a/b.md" → "/a/b/")
     * @param link turns a site path into a link (adds the base path)
     * @param phones the site's rules for phone numbers, which every {@code tel:} link is judged by
     */
    LinkTargets(Map<String, String> pathsBySource, Function<String, String> link, PhoneRules phones) {
        this.pathsBySource = Map.copyOf(pathsBySource);
        this.link = link;
        this.phones = phones;
    }

    /**
     * The link or image {@code href} written in {@code file} at {@code at}, as it goes into the output; its
     * problems (a page that does not exist, a {@code tel:} link that is not a UK number) go to {@code diags}.
     *
     * @param name what a screen reader says for it
     */
    LinkRef resolve(String href, boolean image, Where at, String name, String file, Diagnostics diags) {
        String h = href.trim();
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tel:")) {
            PhoneRules.Judged judged = phones.readTel(h);
            for (PhoneRules.Problem p : judged.problems()) {
                String message = judged.number().isEmpty() ? "The phone link `" + h + "` is not a valid UK number: " + p.message()
                        : "The phone link `" + h + "`: " + p.message();
                if (p.error()) diags.error(file, at.pos(), "phone", message, p.hint());
                else diags.warning(file, at.pos(), "phone", message, p.hint());
            }
            String tel = judged.number().map(PhoneNumber::tel).orElse(h);
            return new LinkRef(tel, image, file, at, name);
        }
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")
                || lower.startsWith("//") || SCHEME.matcher(lower).matches()) {
            return new LinkRef(h, image, file, at, name);
        }
        String out = h;
        int hash = h.indexOf('#');
        String target = hash < 0 ? h : h.substring(0, hash);
        String fragment = hash < 0 ? "" : h.substring(hash);
        if (target.endsWith(".md")) {
            String source = target.startsWith("/") ? "content" + target : normalise(dir(file) + target);
            String path = pathsBySource.get(source);
            if (path == null) {
                diags.error(file, at.pos(), "link", "The link to `" + target + "` points to a page that does not exist.",
                        "check the file name; links to other pages are written as the page's file, such as `foreword.md` or `../get-help/emergency.md`");
                out = h;
            } else {
                out = link.apply(path) + fragment;
            }
        } else if (target.startsWith("/")) {
            out = link.apply(target) + fragment;
        }
        return new LinkRef(out, image, file, at, name);
    }

    private static String dir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    /** Resolves "." and ".." in a relative path ("content/a/../b.md" → "content/b.md"). */
    static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!out.isEmpty()) out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
