package org.waymark.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.model.Helpline;
import org.waymark.model.Partner;
import org.waymark.model.Phone;
import org.waymark.phone.PhoneRules;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YList;
import org.waymark.yaml.YNode;

/** Reads content/partners.yml and content/helplines.yml. */
public final class DataReaders {
    static final Set<String> PARTNER_TYPES =
            Set.of("council", "police", "probation", "health", "children", "justice", "housing", "charity", "partnership", "other");

    private DataReaders() {}

    static List<Partner> partners(YNode root, String file, Diagnostics diags) {
        List<Partner> out = new ArrayList<>();
        Map<String, Partner> seen = new HashMap<>();
        for (Fields f : items(root, file, diags, "a partner", "- id: bedfordshire-police")) {
            f.allow("id", "name", "short_name", "type", "website");
            String id = f.required("id").orElse("");
            String name = f.required("name").orElse("");
            String type = f.string("type", "other");
            if (!PARTNER_TYPES.contains(type)) f.oneOf("type", f.pos("type"), type, PARTNER_TYPES, "partner types");
            String website = f.string("website", "");
            if (!website.isEmpty()) checkWebsite(f, "website", website);
            if (id.isEmpty() || name.isEmpty()) continue;
            checkId(f, "id", id);
            Partner p = new Partner(id, name, f.string("short_name", ""), type, website, f.pos("id"));
            Partner before = seen.putIfAbsent(id, p);
            if (before != null) {
                f.error("id", "The partner id `" + id + "` is used twice (first on line " + before.pos().line() + ").", "give each partner its own id");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static List<Helpline> helplines(YNode root, String file, PhoneRules rules, Diagnostics diags) {
        List<Helpline> out = new ArrayList<>();
        Map<String, Helpline> seen = new HashMap<>();
        for (Fields f : items(root, file, diags, "a helpline", "- id: national-domestic-abuse-helpline")) {
            f.allow("id", "name", "run_by", "scope", "for", "phones", "hours", "free", "text", "webchat", "website",
                    "featured", "last_verified");
            String id = f.required("id").orElse("");
            String name = f.required("name").orElse("");
            String scope = f.string("scope", "national");
            if (!scope.equals("national") && !scope.equals("local")) {
                f.oneOf("scope", f.pos("scope"), scope, Set.of("national", "local"), "helpline scopes");
            }
            if (!f.has("phones")) {
                f.error(f.pos(), "required", "The helpline `" + (name.isEmpty() ? id : name) + "` has no phone number.",
                        "add `phones:` with at least one `- number: \"0808 2000 247\"`");
            }
            var phones = Phones.read(f, "phones", rules,
                    scope.equals("local") ? PhoneRules.Use.LOCAL : PhoneRules.Use.NATIONAL);
            if (f.bool("free").orElse(false)) {
                for (Phone p : phones) Phones.report(f, "free", rules.free(p.number()).stream().toList());
            }
            for (String key : List.of("webchat", "website")) f.string(key).ifPresent(u -> checkWebsite(f, key, u));
            var helpline = new Helpline(id, name, f.string("run_by", ""), scope, f.string("for", ""), phones,
                    f.string("hours", ""), f.bool("free").orElse(null), f.string("text", ""), f.string("webchat", ""),
                    f.string("website", ""), f.bool("featured").orElse(false), f.date("last_verified"), file, f.pos("id"));
            if (id.isEmpty() || name.isEmpty()) continue;
            checkId(f, "id", id);
            Helpline before = seen.putIfAbsent(id, helpline);
            if (before != null) {
                f.error("id", "The helpline id `" + id + "` is used twice (first on line " + before.pos().line() + ").", "give each helpline its own id");
            } else {
                out.add(helpline);
            }
        }
        return out;
    }

    static List<Fields> items(YNode root, String file, Diagnostics diags, String what, String example) {
        if (!(root instanceof YList list)) {
            diags.error(file, root.pos(), "type", file + " should be a list, with each item starting with `- `.",
                    "start each item with `" + example + "`");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (YNode item : list.items()) Fields.of(item, file, diags, what, item.pos()).ifPresent(out::add);
        return out;
    }

    static void checkId(Fields f, String key, String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            f.error(key, "`" + id + "` is not a valid id.", "use lower-case letters, digits and hyphens, such as `bedford-borough`");
        }
    }

    /** Reports a web address that is not a full http(s) address. */
    public static void checkWebsite(Fields f, String key, String url) {
        try {
            URI uri = new URI(url.trim());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) return;
        } catch (URISyntaxException e) {
            // reported below
        }
        f.error(f.pos(key), "url", "`" + url + "` is not a full web address.", "write it with https://, such as https://example.org/");
    }
}
