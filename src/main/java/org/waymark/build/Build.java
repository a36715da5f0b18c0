package org.waymark.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.waymark.check.HtmlCheck;
import org.waymark.check.LinkCheck;
import org.waymark.check.PageChecks;
import org.waymark.check.PageFacts;
import org.waymark.config.ConfigLoader;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.content.Phones;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.directory.Directory;
import org.waymark.markdown.Markdown;
import org.waymark.model.Page;
import org.waymark.phone.PhoneRules;
import org.waymark.plans.Plans;
import org.waymark.render.Futures;
import org.waymark.render.I18n;
import org.waymark.render.SiteRenderer;
import org.waymark.render.Theme;
import org.waymark.safety.SafetyPages;
import org.waymark.search.Search;
import org.waymark.search.SearchIndexes;
import org.waymark.write.Output;
import org.waymark.yaml.YamlReader;

/**
 * Builds a site: load → render → check → write. Nothing reaches the output folder unless every stage
 * succeeded; then the new site replaces the old one in one move.
 */
public final class Build {
    private Build() {}

    /**
     * What to build.
     *
     * @param root the site folder (with site-config.yml)
     * @param output the output folder, or null for the config's {@code output}
     * @param drafts whether pages marked {@code draft: true} are published
     * @param asOf the date plan status is judged against, or null for the config's or today
     */
    public record Options(Path root, Path output, boolean drafts, LocalDate asOf, boolean write, boolean parseEveryPage) {
        public Options(Path root, Path output, boolean drafts, LocalDate asOf, boolean write) {
            this(root, output, drafts, asOf, write, false);
        }

        public Options(Path root, Path output, boolean drafts, LocalDate asOf) {
            this(root, output, drafts, asOf, true);
        }

        public static Options of(Path root) {
            return new Options(root, null, false, null);
        }

        /** The same build, checked but never written (for `waymark check`). */
        public Options checkOnly() {
            return new Options(root, output, drafts, asOf, false, parseEveryPage);
        }

        /**
         * The same build with every page parsed for the checks, as before pages from Markdown were read
         * from what their rendering recorded: the tests compare the two.
         */
        public Options parsingEveryPage() {
            return new Options(root, output, drafts, asOf, write, true);
        }
    }

    /**
     * What a build did.
     *
     * @param pages the number of HTML pages written, or 0 when the build failed
     */
    public record Result(boolean ok, List<Diagnostic> diagnostics, int pages, Path output, Duration took,
            List<PageFacts.Ref> externalLinks) {
        public Result {
            externalLinks = List.copyOf(externalLinks);
        }

        public Result(boolean ok, List<Diagnostic> diagnostics, int pages, Path output, Duration took) {
            this(ok, diagnostics, pages, output, took, List.of());
        }

        public long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        public long warnings() {
            return diagnostics.size() - errors();
        }
    }

    public static Result run(Options options) {
        return start(options).result();
    }

    /**
     * A build and, when it succeeded, what it loaded, kept so that the preview server can render a page
     * again after an edit without building the whole site.
     */
    public record Built(Result result, Optional<Live> live) {}

    /** Builds the site as {@link #run} does, keeping what was loaded. */
    public static Built start(Options options) {
        Live[] kept = new Live[1];
        Result result = build(options, kept);
        return new Built(result, Optional.ofNullable(result.ok() ? kept[0] : null));
    }

    /** Runs {@code work} on a thread of its own (the common pool is busy reading the pages). */
    private static void onItsOwnThread(Runnable work) {
        Thread thread = new Thread(work, "waymark-theme");
        thread.setDaemon(true);
        thread.start();
    }

    private static Result build(Options options, Live[] kept) {
        long start = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        Path root = options.root().toAbsolutePath().normalize();
        YamlReader yaml = new YamlReader();
        Timings time = new Timings(start);

        // load
        Optional<SiteConfig> loaded = ConfigLoader.load(root, yaml, diags);
        if (loaded.isEmpty()) return failed(diags, null, start);
        SiteConfig config = loaded.get();
        Path output = options.output() != null ? options.output().toAbsolutePath().normalize() : root.resolve(config.output()).normalize();
        Optional<String> over = overSources(root, output);
        if (over.isPresent()) {
            boolean option = options.output() != null;
            diags.error(ConfigLoader.FILE, option ? Pos.NONE : ConfigLoader.line(root, "output"), "output",
                    (option ? "`--output " + options.output() + "`" : "`output: " + config.output() + "` in site-config.yml")
                            + " " + over.get() + ": every build would publish the last site inside the new one, or delete your own files.",
                    "write the site to a folder of its own beside content/ and themes/, such as `public`");
            return failed(diags, null, start);
        }
        Optional<String> refusal = Output.refusal(output);
        if (refusal.isPresent()) {
            diags.error(ConfigLoader.FILE, Pos.NONE, "output", "The build will not replace the output folder: " + refusal.get(),
                    "choose an empty or new folder with `output:` in site-config.yml or --output, or delete the folder yourself if it is an old site");
            return failed(diags, output, start);
        }
        // the theme and its words are read on a thread of its own while the pages are read (the pages' reading
        // decides what to report from its own problems only, so a run reports the same whichever finishes first)
        CompletableFuture<Optional<Theme>> themeLoad = CompletableFuture.supplyAsync(
                () -> Theme.load(root, config, I18n.load(root, config, yaml, diags), diags), Build::onItsOwnThread);
        Content content = new ContentLoader(yaml).load(root, config, options.drafts(), diags);
        Optional<Theme> theme = Futures.join(themeLoad);
        if (theme.isPresent()) {
            for (Page p : content.pages()) {
                if (!theme.get().has(p.layout())) {
                    diags.error(p.source(), p.layoutPos(), "layout", "There is no layout `" + p.layout() + "` in the theme: looked for "
                            + theme.get().lookedFor(p.layout()) + ".",
                            theme.get().hintFor(p.layout()));
                }
            }
        }
        // services and plans are read even when pages or the theme have errors, so that one run reports every
        // problem; but not when a file they refer to (partners.yml) could not be read, which would make each
        // reference to it look wrong too
        boolean cannotRender = diags.hasErrors() || theme.isEmpty();
        if (diags.sorted().stream().anyMatch(d -> d.isError() && SHARED_DATA.contains(d.file()))) return failed(diags, output, start);
        time.mark("load config, theme and pages");

        // render and check, into a staging folder
        Map<String, String> paths = content.pages().stream().collect(Collectors.toMap(Page::source, Page::path));
        PhoneRules phones = Phones.rules(content);
        Markdown markdown = new Markdown(paths, config::link, content.glossary(), phones);
        LocalDate asOf = options.asOf() != null ? options.asOf() : config.asOf().orElse(LocalDate.now());
        Directory directory = Directory.load(root, content, yaml, diags);
        SiteRenderer.Generated plans = Plans.load(root, content, asOf, yaml, diags);
        if (cannotRender) return failed(diags, output, start);
        List<SiteRenderer.Generated> generated = List.of(new SafetyPages(content, LocalDate.now(), diags), directory, plans, new Search(content));
        // the pages are rendered and checked even when services, plans or helplines have errors, so that one run reports
        // every problem (the links in the pages too; nothing is written). Then only what the checks find in the content
        // files is kept: a problem they credit to a template may only follow from a service or plan that was wrong.
        boolean dataErrors = diags.hasErrors();
        Diagnostics checks = dataErrors ? new Diagnostics() : diags;
        time.mark("load services and plans");
        Output out;
        try {
            out = Output.stage(output);
        } catch (IOException e) {
            diags.error(ConfigLoader.FILE, Pos.NONE, "output", "The output folder cannot be created: " + e.getMessage(),
                    "check that you may write to " + output.getParent());
            return failed(diags, output, start);
        }
        try {
            SiteRenderer<PageFacts> renderer = new SiteRenderer<>(root, content, theme.get(), markdown, new PageChecks(new HtmlCheck(config, root, phones,
                    Phones.tels(content, directory.services().stream().flatMap(s -> s.phones().stream()).toList())), !options.parseEveryPage()), generated);
            List<PageFacts> facts = renderer.render(out, checks);
            time.mark("render, check and write pages");
            boolean rendered = checks.sorted().stream().noneMatch(d -> d.isError() && d.rule().equals("template"));
            SearchIndexes indexes = null;
            Set<String> files = new HashSet<>(out.written());
            if (rendered) {
                // links are checked even when pages have other errors, so that one run reports everything
                // the search indexes are written while the links are checked (their names are their contents' hashes:
                // no page can link to them); the check knows the addresses of the API that its host answers from its files
                files.addAll(directory.addresses());
                // and the pages of the services whose files have errors: a link to one is not the linking page's fault
                files.addAll(directory.refusedPages());
                CompletableFuture<SearchIndexes> search = CompletableFuture.supplyAsync(() -> {
                    SearchIndexes made = new SearchIndexes(config, facts, content.helplines(), facets(directory));
                    made.write(out);
                    return made;
                });
                try {
                    new LinkCheck(config.basePath()).check(facts, files, checks);
                } catch (RuntimeException | Error e) {
                    Futures.waitOut(search);
                    throw e;
                }
                indexes = Futures.join(search);
                time.mark("check links, write search indexes");
            }
            if (dataErrors) checks.sorted().stream().filter(d -> d.file().startsWith("content/")).forEach(diags::add);
            if (diags.hasErrors()) {
                out.discard();
                return failed(diags, output, start);
            }
            for (String note : out.notes()) diags.warning(ConfigLoader.FILE, Pos.NONE, "output", note, "");
            if (options.write()) {
                out.commit().ifPresent(left -> diags.warning(ConfigLoader.FILE, Pos.NONE, "output", left, ""));
            } else {
                out.discard();
            }
            time.mark("replace the old site");
            time.print();
            files.addAll(out.written());
            kept[0] = new Live(root, options, config, yaml, content, renderer, facts, indexes, files, output);
            return new Result(true, diags.sorted(), facts.size(), output, Duration.ofNanos(System.nanoTime() - start),
                    externalLinks(facts));
        } catch (IOException | RuntimeException e) {
            out.discard();
            if (e instanceof RuntimeException r && !(e instanceof java.io.UncheckedIOException)) throw r;
            if (e instanceof Output.Moved) {
                diags.error(ConfigLoader.FILE, Pos.NONE, "output-moved", e.getMessage(), "");
                return failed(diags, null, start);
            }
            diags.error(ConfigLoader.FILE, Pos.NONE, "output", "The site could not be written: " + e.getMessage(), "");
            return failed(diags, output, start);
        }
    }

    /**
     * How long each stage took, printed to standard error when the environment variable WAYMARK_TIMINGS is
     * set: for the benchmark and for profiling, not for editors.
     */
    private static final class Timings {
        private final boolean on = System.getenv("WAYMARK_TIMINGS") != null;
        private final StringBuilder report = new StringBuilder();
        private long last;
        private long lastCpu;

        Timings(long start) {
            this.last = start;
            if (on) {
                // the management beans take a few tens of milliseconds to start: only when the timings are asked for
                lastCpu = cpu();
                long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                report.append(String.format("%8d ms  %8.0f ms CPU  %s%n", uptime, lastCpu / 1e6, "start the JVM, read the command"));
            }
        }

        /** The CPU time of the whole process so far, every thread (the compiler's and collector's too). */
        private static long cpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        void mark(String stage) {
            if (!on) return;
            long now = System.nanoTime();
            long cpu = cpu();
            report.append(String.format("%8.0f ms  %8.0f ms CPU  %s%n", (now - last) / 1e6, (cpu - lastCpu) / 1e6, stage));
            last = now;
            lastCpu = cpu;
        }

        void print() {
            if (on) System.err.print(report);
        }
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

    /** The data files that services and plans refer to. */
    private static final java.util.Set<String> SHARED_DATA = java.util.Set.of("content/partners.yml", "content/helplines.yml",
            "content/glossary.yml");

    private static Result failed(Diagnostics diags, Path output, long start) {
        return new Result(false, diags.sorted(), 0, output, Duration.ofNanos(System.nanoTime() - start), List.of());
    }

    /** What the search page's filters know of each service, by its page's path. */
    private static Map<String, SearchIndexes.Facets> facets(Directory directory) {
        return directory.services().stream().collect(Collectors.toMap(org.waymark.model.Service::path,
                s -> new SearchIndexes.Facets(s.categories(), s.areas(), s.groups()), (a, b) -> a));
    }

    /** Every link to another site, once per place it was written. */
    private static List<PageFacts.Ref> externalLinks(List<PageFacts> facts) {
        return facts.stream().flatMap(f -> f.refs().stream())
                .filter(r -> r.url().startsWith("https://") || r.url().startsWith("http://"))
                .distinct()
                .toList();
    }
}
