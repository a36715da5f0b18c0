package org.waymark.render;

import org.waymark.config.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a theme's files are found: the site's {@code themes/<name>/} first, file by file, then the theme built
 * into Waymark (Hugo's and Zola's lookup order), so that a site overrides one template, one stylesheet or one
 * language's words without copying the rest. The built-in theme is the repository's {@code themes/default/},
 * packed into the jar.
 */
public final class ThemeFiles {
    /** The name of the theme built into Waymark. */
    public static final String BUILT_IN = SiteConfig.BUILT_IN_THEME;
    private static final String RESOURCE = "waymark/themes/default";

    private final String name;
    private final Path site;
    private final Path builtIn;

    private ThemeFiles(String name, Path site, Path builtIn) {
        this.name = name;
        this.site = site;
        this.builtIn = builtIn;
    }

    /** The files of the theme {@code name} of the site at {@code root}; its folder may be missing. */
    public static ThemeFiles of(Path root, String name) {
        return new ThemeFiles(name, root.resolve("themes").resolve(name), builtIn());
    }

    /** The built-in theme's folder: in the jar, or among the classes when run from the build. */
    public static Path builtIn() {
        URL marker = ThemeFiles.class.getClassLoader().getResource(RESOURCE + "/templates/base.peb");
        if (marker == null) throw new IllegalStateException("the built-in theme is missing from Waymark's classes: " + RESOURCE);
        try {
            URI uri = marker.toURI();
            Path base;
            if ("jar".equals(uri.getScheme())) {
                try {
                    base = FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
                } catch (FileSystemAlreadyExistsException e) {
                    base = FileSystems.getFileSystem(uri).provider().getPath(uri);
                }
            } else {
                base = Path.of(uri);
            }
            return base.getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in theme cannot be read: " + e, e);
        }
    }

    public String name() {
        return name;
    }

    /** Whether the site has a folder of its own for this theme. */
    public boolean inSite() {
        return Files.isDirectory(site);
    }

    /** Whether the theme can be found at all: the built-in one always, any other only in the site. */
    public boolean exists() {
        return name.equals(BUILT_IN) || inSite();
    }

    /** The file at {@code rel} ("templates/page.peb"): the site's, else the built-in theme's, else empty. */
    public Optional<Path> find(String rel) {
        Path own = site.resolve(rel);
        if (Files.isRegularFile(own)) return Optional.of(own);
        Path shipped = builtIn.resolve(rel);
        return Files.isRegularFile(shipped) ? Optional.of(shipped) : Optional.empty();
    }

    /** The built-in theme's file at {@code rel}, whether or not the site has its own. */
    public Optional<Path> shipped(String rel) {
        Path shipped = builtIn.resolve(rel);
        return Files.isRegularFile(shipped) ? Optional.of(shipped) : Optional.empty();
    }

    /** Whether the site's own file {@code rel} is the one used. */
    public boolean overridden(String rel) {
        return Files.isRegularFile(site.resolve(rel));
    }

    /** Where {@code rel} was looked for, in words: "themes/mine/templates/x.peb, then the built-in theme's templates/x.peb". */
    public String lookedFor(String rel) {
        return "themes/" + name + "/" + rel + ", then the built-in theme's " + rel;
    }

    /** The name a problem in {@code rel} is reported under: the site's file, or the built-in theme's. */
    public String place(String rel) {
        return overridden(rel) ? "themes/" + name + "/" + rel : "(built-in theme) " + rel;
    }

    /**
     * Every file under the theme's {@code folder} ("assets"), by its path within that folder: the built-in
     * theme's, with the site's own files in their place and added to them.
     */
    public Map<String, Path> files(String folder) {
        Map<String, Path> out = new TreeMap<>();
        walk(builtIn.resolve(folder), out);
        walk(site.resolve(folder), out);
        return out;
    }

    private static void walk(Path dir, Map<String, Path> out) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> out.put(dir.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
