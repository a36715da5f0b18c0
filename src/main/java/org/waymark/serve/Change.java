package org.waymark.serve;

import java.util.Objects;

/**
 * One source file that changed while the site was being previewed, classified by what a rebuild needs
 * to redo for it. The preview reads the kinds of a batch of changes: when all are edited pages it renders those
 * pages again ({@link org.waymark.build.Live#update}), and builds the whole site for anything else.
 *
 * @param kind what sort of source the file is
 * @param path the file, relative to the site root with forward slashes ("content/about.md")
 * @param removed whether the file was deleted (or moved away) rather than created or edited
 */
public record Change(Kind kind, String path, boolean removed) {

    /** What sort of source changed, and so what a rebuild needs to redo. */
    public enum Kind {
        /** A Markdown page under content/: that page, its section, the navigation. */
        PAGE("page"),
        /** A YAML data file under content/ (services, helplines, partners, glossary, plans): the pages built from it. */
        DATA("data file"),
        /** A template or the theme's words (themes/&lt;name&gt;/templates, i18n): the pages that use it. */
        TEMPLATE("template"),
        /** A file copied as it is (content/assets, themes/&lt;name&gt;/assets): that file. */
        ASSET("asset"),
        /** site-config.yml: everything. */
        CONFIG("config"),
        /** Anything else (a folder, a file Waymark does not know, lost events): everything. */
        OTHER("other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in words, for the log ("data file"). */
        public String label() {
            return label;
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /** Classifies a site file by its path relative to the site root, with forward slashes. */
    public static Change of(String path, boolean removed) {
        return new Change(kindOf(path), path, removed);
    }

    static Kind kindOf(String path) {
        if (path.equals("site-config.yml")) return Kind.CONFIG;
        if (path.startsWith("content/")) {
            String rel = path.substring("content/".length());
            if (rel.startsWith("assets/")) return Kind.ASSET;
            if (rel.endsWith(".md")) return Kind.PAGE;
            if (rel.endsWith(".yml")) return Kind.DATA;
            return Kind.OTHER;
        }
        if (path.startsWith("themes/")) {
            String[] parts = path.split("/", 4);
            if (parts.length < 4) return Kind.OTHER;
            return switch (parts[2]) {
                case "templates", "i18n" -> Kind.TEMPLATE;
                case "assets" -> Kind.ASSET;
                default -> Kind.OTHER;
            };
        }
        return Kind.OTHER;
    }

    /** "content/about.md changed (page)". */
    public String describe() {
        return path + (removed ? " removed" : " changed") + " (" + kind.label() + ")";
    }
}
