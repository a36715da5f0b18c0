package org.waymark.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.diag.Pos;

/**
 * A Markdown page.
 *
 * @param source the file, relative to the site root ("content/strategy/foreword.md")
 * @param path the site path it is published at ("/strategy/foreword/")
 * @param section the top-level section it belongs to ("strategy"), or "" for pages at the top
 * @param isSectionIndex whether this is a section's own page ({@code index.md} of a folder)
 * @param layout the template name without ".peb", with where it was written (for errors)
 * @param menu how the page appears in the main navigation
 * @param lang the page's language code
 * @param reviewed false for a translation that a native speaker has not checked yet
 * @param text where the Markdown after the front matter is: {@link #body} reads it
 * @param bodyLine the line of the source file on which the body starts
 */
public record Page(
        String source,
        String path,
        String section,
        boolean isSectionIndex,
        String title,
        String description,
        int order,
        boolean draft,
        String layout,
        Pos layoutPos,
        Menu menu,
        String lang,
        Optional<LocalDate> date,
        List<String> tags,
        boolean reviewed,
        Text text,
        int bodyLine) {

    public Page {
        tags = List.copyOf(tags);
    }

    /**
     * The Markdown after the front matter. Read from the page's file each time it is asked for, so that a build does
     * not hold every page's text from the load to the end.
     *
     * @throws UncheckedIOException when the file can no longer be read, or its front matter is no longer the
     *     one this page was read with
     */
    public String body() {
        return text.read();
    }

    /** Where a page's body is, to be read when the page is rendered. */
    public interface Text {
        /** The body as the file has it now; see {@link Page#body}. */
        String read();
    }

    /** A page's file that can no longer be read as it was loaded: changed, moved or deleted while the site was built. */
    public static final class Unreadable extends UncheckedIOException {
        private final String file;

        public Unreadable(String file, String message) {
            super(message, new IOException(message));
            this.file = file;
        }

        /** The page's file, relative to the site folder. */
        public String file() {
            return file;
        }
    }

    /** Whether and how a page is listed in the main navigation. */
    public record Menu(boolean shown, String label) {
        public static final Menu DEFAULT = new Menu(false, "");
    }

    /** The page's address without its language prefix: the same for a page and its translations. */
    public String translationKey(String defaultLang) {
        String prefix = "/" + lang + "/";
        return !lang.equals(defaultLang) && path.startsWith(prefix) ? path.substring(prefix.length() - 1) : path;
    }

    /** The folder this page lists pages of, for a section index ("/strategy/"), or its parent. */
    public String parentPath() {
        if (path.equals("/")) return "";
        String p = path.substring(0, path.length() - 1);
        return p.substring(0, p.lastIndexOf('/') + 1);
    }
}
