package org.waymark.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.waymark.render.ThemeFiles;

/** Copies the theme built into Waymark into a site ({@code waymark theme copy}), keeping the site's own files. */
public final class ThemeCopy {
    private ThemeCopy() {}

    /** Copies every built-in file that the site's {@code themes/<theme>/} lacks. */
    public static Outcome copy(Path root) {
        SiteData.Config read = SiteData.config(root);
        if (read.config().isEmpty()) return Scaffold.notASite(root, read.diagnostics());
        Path target = root.resolve("themes").resolve(read.config().get().theme());
        Path builtIn = ThemeFiles.builtIn();
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(builtIn)) {
            s.filter(Files::isRegularFile).forEach(f -> files.put(builtIn.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> kept = new ArrayList<>();
        int copied = 0;
        try {
            for (Map.Entry<String, Path> f : files.entrySet()) {
                Path to = target.resolve(f.getKey());
                if (Files.exists(to)) {
                    kept.add(f.getKey());
                    continue;
                }
                Files.createDirectories(to.getParent());
                Files.copy(f.getValue(), to);
                copied++;
            }
        } catch (IOException e) {
            return new Outcome.Invalid("The theme cannot be copied into " + target + ": " + e.getMessage() + ".",
                    "check that you may write to " + target);
        }
        String next = "Copied " + copied + " files of the built-in theme"
                + (kept.isEmpty() ? "." : "; kept the site's own " + String.join(", ", kept) + ".")
                + " The site now uses these files; delete any you do not change to go on getting Waymark's.";
        return new Outcome.Written(target, next);
    }
}
