package org.waymark.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.write.Output;

/** Where a build writes its site, and why a folder may not take it. */
final class OutputFolder {
    private OutputFolder() {}

    /** The output folder: {@code --output}, else the config's {@code output} in the site folder. */
    static Path of(Path root, Build.Options options, SiteConfig config) {
        return options.output() != null ? options.output().toAbsolutePath().normalize() : root.resolve(config.output()).normalize();
    }

    /** Whether {@code output} is apart from the site's sources ({@link #overSources}); if not, says why to {@code diags}. */
    static boolean apartFromSources(Path root, Path output, Build.Options options, SiteConfig config, Diagnostics diags) {
        Optional<String> over = overSources(root, output);
        if (over.isEmpty()) return true;
        boolean option = options.output() != null;
        diags.error(ConfigLoader.FILE, option ? Pos.NONE : ConfigLoader.line(root, "output"), "output",
                (option ? "`--output " + options.output() + "`" : "`output: " + config.output() + "` in site-config.yml")
                        + " " + over.get() + ": every build would publish the last site inside the new one, or delete your own files.",
                "write the site to a folder of its own beside content/ and themes/, such as `public`");
        return false;
    }

    /** Whether the build may replace {@code output} ({@link Output#refusal}); if not, says why to {@code diags}. */
    static boolean replaceable(Path output, Diagnostics diags) {
        Optional<String> refusal = Output.refusal(output);
        if (refusal.isEmpty()) return true;
        diags.error(ConfigLoader.FILE, Pos.NONE, "output", "The build will not replace the output folder: " + refusal.get(),
                "choose an empty or new folder with `output:` in site-config.yml or --output, or delete the folder yourself if it is an old site");
        return false;
    }

    /**
     * Why {@code output} may not take the site's output, or empty: a folder inside {@code content/} or {@code themes/},
     * one that holds either, or the site folder itself. Links are followed, so that a link cannot hide where it writes.
     */
    static Optional<String> overSources(Path root, Path output) {
        Path site = real(root);
        Path out = real(output);
        if (out.equals(site) || site.startsWith(out)) return Optional.of("is the site folder or holds it");
        for (String sources : List.of("content", "themes")) {
            Path d = site.resolve(sources);
            if (out.startsWith(d)) return Optional.of("is inside " + sources + "/");
            if (d.startsWith(out)) return Optional.of("holds " + sources + "/");
        }
        return Optional.empty();
    }

    /** {@code p} with every link in the part of it that exists resolved. */
    private static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path rest = absolute.getFileSystem().getPath("");
        for (Path at = absolute; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                rest = at.getFileName() == null ? rest : at.getFileName().resolve(rest);
            }
        }
        return absolute;
    }
}
