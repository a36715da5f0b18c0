package org.waymark.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.waymark.model.Service;
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
 * Builds a site: load → render → check → commit, four stages that each take and return a record, and stop the
 * build as a value ({@link Step}). Nothing reaches the output folder unless every stage succeeded; then the new
 * site replaces the old one in one move.
 */
public final class Build {
    private Build() {}

    /**
     * What to build.
     *
     * @param root the site folder (with site-config.yml)
     * @param output the output folder, or null for the config's {@code output}
     * @param drafts whether pages marked {@code draft: true} are published
     * @param asOf the date plan status is judged against, or null for the config's or {@code today}
     * @param today the day the build runs, given by the command line: what helplines' and services' freshness is
     *     judged against, and plans' when there is no other as-of date
     * @param write whether the site is written (false for `waymark check`)
     * @param parseEveryPage whether every page is parsed for the checks, instead of read from what its rendering recorded
     */
    public record Options(Path root, Path output, boolean drafts, LocalDate asOf, LocalDate today, boolean write,
            boolean parseEveryPage) {
        public Options {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(today, "today");
        }

        public Options(Path root, Path output, boolean drafts, LocalDate asOf, LocalDate today) {
            this(root, output, drafts, asOf, today, true, false);
        }

        public static Options of(Path root, LocalDate today) {
            return new Options(root, null, false, null, today);
        }

        /** The same build, checked but never written (for `waymark check`). */
        public Options checkOnly() {
            return new Options(root, output, drafts, asOf, today, false, parseEveryPage);
        }

        /**
         * The same build with every page parsed for the checks, as before pages from Markdown were read
         * from what their rendering recorded: the tests compare the two.
         */
        public Options parsingEveryPage() {
            return new Options(root, output, drafts, asOf, today, write, true);
        }

        /** The same build run on {@code day} (the preview server's, which runs for days, each time it builds). */
        public Options on(LocalDate day) {
            return new Options(root, output, drafts, asOf, day, write, parseEveryPage);
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
        Run run = Run.of(options);
        return load(run)
                .then(loaded -> render(run, loaded))
                .then(rendered -> check(run, rendered))
                .then(checked -> commit(run, checked))
                .orElse(output -> new Built(run.failed(output), Optional.empty()));
    }

    /** One build under way: what was asked, and what every stage reports to. */
    private record Run(Options options, Path root, YamlReader yaml, Diagnostics diags, Timings time, long start) {
        static Run of(Options options) {
            long start = System.nanoTime();
            return new Run(options, options.root().toAbsolutePath().normalize(), new YamlReader(), new Diagnostics(),
                    new Timings(start), start);
        }

        Result failed(Path output) {
            return new Result(false, diags.sorted(), 0, output, took(), List.of());
        }

        Duration took() {
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /**
     * What the load stage read: the configuration, the theme, the pages, and the services, plans and helplines the
     * generated pages are made from.
     *
     * @param dataErrors whether the services, plans or helplines have errors: the pages are then rendered and checked
     *     only to report their own problems
     */
    private record Loaded(SiteConfig config, Path output, Content content, Theme theme, Directory directory,
            List<SiteRenderer.Generated> generated, boolean dataErrors) {}

    /**
     * The pages rendered into the staging folder.
     *
     * @param checks where the checks of the pages report: the run's diagnostics, or, after data errors, a collector
     *     of their own
     * @param templatesFailed whether a template failed, so that the links cannot be checked
     */
    private record Rendered(Loaded loaded, Output out, SiteRenderer<PageFacts> renderer, List<PageFacts> facts, Diagnostics checks,
            boolean templatesFailed) {}

    /** A site with no errors, its links checked and its search indexes written, ready to replace the last one. */
    private record Checked(Rendered rendered, SearchIndexes indexes, Set<String> files) {}

    /** Reads the configuration, then the theme and the pages side by side, then the services and plans. */
    private static Step<Loaded> load(Run run) {
        Diagnostics diags = run.diags();
        Path root = run.root();
        Optional<SiteConfig> read = ConfigLoader.load(root, run.yaml(), diags);
        if (read.isEmpty()) return Step.stopped(null);
        SiteConfig config = read.get();
        Path output = OutputFolder.of(root, run.options(), config);
        if (!OutputFolder.apartFromSources(root, output, run.options(), config, diags)) return Step.stopped(null);
        if (!OutputFolder.replaceable(output, diags)) return Step.stopped(output);
        // the theme and its words are read on a thread of its own while the pages are read (the pages' reading
        // decides what to report from its own problems only, so a run reports the same whichever finishes first)
        CompletableFuture<Optional<Theme>> themeLoad = CompletableFuture.supplyAsync(
                () -> Theme.load(root, config, I18n.load(root, config, run.yaml(), diags), diags), Build::onItsOwnThread);
        Content content = new ContentLoader(run.yaml()).load(root, config, run.options().drafts(), diags);
        Optional<Theme> theme = Futures.join(themeLoad);
        theme.ifPresent(t -> checkLayouts(t, content, diags));
        // services and plans are read even when pages or the theme have errors, so that one run reports every
        // problem; but not when a file they refer to (partners.yml) could not be read, which would make each
        // reference to it look wrong too
        boolean cannotRender = diags.hasErrors() || theme.isEmpty();
        if (!content.unread().isEmpty()) return Step.stopped(output);
        run.time().mark("load config, theme and pages");

        LocalDate today = run.options().today();
        LocalDate asOf = run.options().asOf() != null ? run.options().asOf() : config.asOf().orElse(today);
        Directory directory = Directory.load(root, content, run.yaml(), today, diags);
        SiteRenderer.Generated plans = Plans.load(root, content, asOf, run.yaml(), diags);
        if (cannotRender) return Step.stopped(output);
        List<SiteRenderer.Generated> generated = List.of(new SafetyPages(content, today, diags), directory, plans, new Search(content));
        boolean dataErrors = diags.hasErrors();
        run.time().mark("load services and plans");
        return Step.next(new Loaded(config, output, content, theme.get(), directory, generated, dataErrors));
    }

    private static void checkLayouts(Theme theme, Content content, Diagnostics diags) {
        for (Page p : content.pages()) {
            if (!theme.has(p.layout())) {
                diags.error(p.source(), p.layoutPos(), "layout", "There is no layout `" + p.layout() + "` in the theme: looked for "
                        + theme.lookedFor(p.layout()) + ".", theme.hintFor(p.layout()));
            }
        }
    }

    /**
     * Renders and checks every page into a staging folder. The pages are rendered and checked even when services,
     * plans or helplines have errors, so that one run reports every problem (the links in the pages too; nothing is
     * written).
     */
    private static Step<Rendered> render(Run run, Loaded loaded) {
        Output out;
        try {
            out = Output.stage(loaded.output());
        } catch (IOException e) {
            run.diags().error(ConfigLoader.FILE, Pos.NONE, "output", "The output folder cannot be created: " + e.getMessage(),
                    "check that you may write to " + loaded.output().getParent());
            return Step.stopped(loaded.output());
        }
        return writing(run, out, loaded.output(), () -> {
            Content content = loaded.content();
            Map<String, String> paths = content.pages().stream().collect(Collectors.toMap(Page::source, Page::path));
            PhoneRules phones = Phones.rules(content);
            Markdown markdown = new Markdown(paths, loaded.config()::link, content.glossary(), phones);
            HtmlCheck check = new HtmlCheck(loaded.config(), run.root(), phones,
                    Phones.tels(content, loaded.directory().services().stream().flatMap(s -> s.phones().stream()).toList()));
            SiteRenderer<PageFacts> renderer = new SiteRenderer<>(run.root(), content, loaded.theme(), markdown,
                    new PageChecks(check, !run.options().parseEveryPage()), loaded.generated());
            Diagnostics checks = loaded.dataErrors() ? new Diagnostics() : run.diags();
            SiteRenderer.Result<PageFacts> site = renderer.renderSite(out, checks);
            run.time().mark("render, check and write pages");
            return Step.next(new Rendered(loaded, out, renderer, site.pages(), checks, site.templateFailed()));
        });
    }

    /**
     * Checks the links across the site while the search indexes are written, when every template rendered; then
     * stops if anything had an error. After data errors only what the checks find in the content files is kept: a
     * problem they credit to a template may only follow from a service or plan that was wrong.
     */
    private static Step<Checked> check(Run run, Rendered rendered) {
        Loaded loaded = rendered.loaded();
        Output out = rendered.out();
        return writing(run, out, loaded.output(), () -> {
            SearchIndexes indexes = null;
            Set<String> files = new HashSet<>(out.written());
            if (!rendered.templatesFailed()) {
                // links are checked even when pages have other errors, so that one run reports everything
                // the search indexes are written while the links are checked (their names are their contents' hashes:
                // no page can link to them); the check knows the addresses of the API that its host answers from its files
                files.addAll(loaded.directory().addresses());
                // and the pages of the services whose files have errors: a link to one is not the linking page's fault
                files.addAll(loaded.directory().refusedPages());
                CompletableFuture<SearchIndexes> search = CompletableFuture.supplyAsync(() -> {
                    SearchIndexes made = new SearchIndexes(loaded.config(), rendered.facts(), loaded.content().helplines(),
                            facets(loaded.directory()));
                    made.write(out);
                    return made;
                });
                try {
                    new LinkCheck(loaded.config().basePath()).check(rendered.facts(), files, rendered.checks());
                } catch (RuntimeException | Error e) {
                    Futures.waitOut(search);
                    throw e;
                }
                indexes = Futures.join(search);
                run.time().mark("check links, write search indexes");
            }
            Diagnostics diags = run.diags();
            if (loaded.dataErrors()) rendered.checks().sorted().stream().filter(d -> d.file().startsWith("content/")).forEach(diags::add);
            if (diags.hasErrors()) {
                out.discard();
                return Step.stopped(loaded.output());
            }
            return Step.next(new Checked(rendered, indexes, files));
        });
    }

    /** Puts the new site in place of the last one (or, for `waymark check`, discards it) and keeps it for the preview. */
    private static Step<Built> commit(Run run, Checked checked) {
        Rendered rendered = checked.rendered();
        Loaded loaded = rendered.loaded();
        Output out = rendered.out();
        Diagnostics diags = run.diags();
        return writing(run, out, loaded.output(), () -> {
            for (String note : out.notes()) diags.warning(ConfigLoader.FILE, Pos.NONE, "output", note, "");
            if (run.options().write()) {
                out.commit().ifPresent(left -> diags.warning(ConfigLoader.FILE, Pos.NONE, "output", left, ""));
            } else {
                out.discard();
            }
            run.time().mark("replace the old site");
            run.time().print();
            Set<String> files = new HashSet<>(checked.files());
            files.addAll(out.written());
            Live live = new Live(run.root(), loaded.config(), run.yaml(), loaded.content(), rendered.renderer(), rendered.facts(),
                    checked.indexes(), files, loaded.output());
            Result result = new Result(true, diags.sorted(), rendered.facts().size(), loaded.output(), run.took(),
                    externalLinks(rendered.facts()));
            return Step.next(new Built(result, Optional.of(live)));
        });
    }

    /** A stage's work on the staging folder, which may fail to write. */
    private interface Writing<T> {
        Step<T> run() throws IOException;
    }

    /**
     * Runs {@code work}; when the site cannot be written the staging folder is removed and the build stops with the
     * error. A bug (any other exception) removes the staging folder too, and goes on up.
     */
    private static <T> Step<T> writing(Run run, Output out, Path output, Writing<T> work) {
        try {
            return work.run();
        } catch (IOException | RuntimeException e) {
            out.discard();
            if (e instanceof RuntimeException r && !(e instanceof UncheckedIOException)) throw r;
            if (e instanceof Output.Moved) {
                run.diags().error(ConfigLoader.FILE, Pos.NONE, "output-moved", e.getMessage(), "");
                return Step.stopped(null);
            }
            if (e instanceof Page.Unreadable u) {
                run.diags().error(u.file(), Pos.NONE, "changed-during-build", u.getMessage(),
                        "build again once the file is saved; nothing was published");
                return Step.stopped(output);
            }
            run.diags().error(ConfigLoader.FILE, Pos.NONE, "output", "The site could not be written: " + e.getMessage(), "");
            return Step.stopped(output);
        }
    }

    /** Runs {@code work} on a thread of its own (the common pool is busy reading the pages). */
    private static void onItsOwnThread(Runnable work) {
        Thread thread = new Thread(work, "waymark-theme");
        thread.setDaemon(true);
        thread.start();
    }

    /** What the search page's filters know of each service, by its page's path. */
    private static Map<String, SearchIndexes.Facets> facets(Directory directory) {
        return directory.services().stream().collect(Collectors.toMap(Service::path,
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
