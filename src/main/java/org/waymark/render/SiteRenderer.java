package org.waymark.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.markdown.Heading;
import org.waymark.markdown.Markdown;
import org.waymark.markdown.Rendered;
import org.waymark.model.Page;
import org.waymark.write.Output;

/**
 * Renders the site's pages into an {@link Output}: every Markdown page and the pages Waymark generates, while
 * the site's {@link OtherFiles} are written beside them. Each page is given to a {@link PageReader} as soon as it is rendered (the build checks it there),
 * and what the reader keeps of every page is returned.
 *
 * @param <F> what the reader keeps of a page
 */
public final class SiteRenderer<F> {
    /** A page with fewer headings than this gets no table of contents. */
    static final int TOC_MIN_HEADINGS = 3;

    private final Path root;
    /** The site's content; replaced when the preview server takes an edit of a page's front matter. */
    private Content content;
    private final Theme theme;
    private final Markdown markdown;
    private final PageReader<F> reader;
    private final SiteConfig config;
    /** The glossary, the 404 page and the generated modules. */
    private final List<Generated> generated;
    private final Navigation navigation;
    private PageContexts lastContext;

    /**
     * @param reader what is done with each HTML page as it is rendered
     * @param generated the parts of the site Waymark makes from data (directory, helplines, plans …)
     */
    public SiteRenderer(Path root, Content content, Theme theme, Markdown markdown, PageReader<F> reader, List<Generated> generated) {
        this.root = root;
        this.content = content;
        this.theme = theme;
        this.markdown = markdown;
        this.reader = reader;
        this.config = content.config();
        List<Generated> all = new ArrayList<>();
        all.add(new GlossaryPage(content));
        all.add(new NotFoundPage());
        all.addAll(generated);
        this.generated = List.copyOf(all);
        this.navigation = new Navigation(config, theme, content, this.generated);
    }

    /** Something that adds pages and files to the site from data: the directory, the plans, the helplines. */
    public interface Generated {
        /** Links for the main navigation, with their order; none by default. */
        default List<NavEntry> nav() {
            return List.of();
        }

        /** The pages to render. */
        List<Job> jobs(Context context);

        /** Files that are not pages (exports, feeds), written as they are. */
        default Map<String, String> files() {
            return Map.of();
        }

        /**
         * The same module over changed content, when its pages list the site's pages (the site map), so
         * that they are rendered again when a page's title changes; empty when they do not.
         */
        default Optional<Generated> listing(Content content) {
            return Optional.empty();
        }
    }

    /** A link in the main navigation and its place in the order. */
    public record NavEntry(String label, String path, int order) {}

    /** What a generated module needs to make its pages. */
    public interface Context {
        /**
         * What the template of a generated page at {@code path} sees of every page.
         *
         * @param lang the page's language, or null for the default language
         */
        PageContext base(String title, String description, String path, String layout, String lang,
                List<Views.Link> breadcrumbs, String contentHtml);

        SiteConfig config();

        /** Markdown from a data file rendered as a page's is, its problems reported at {@code file}, from {@code line}. */
        Rendered markdown(String text, String file, int line);

        /** The theme's word for {@code key} in {@code lang}, or {@code fallback}. */
        String word(String lang, String key, String fallback);

        /**
         * As {@link #word}, but a word the theme lacks in {@code lang} is a warning naming {@code usedBy}, as for
         * {@code t()} in a template; it then comes from the default language, or is {@code fallback}.
         */
        String text(String lang, String key, String fallback, String usedBy);
    }

    /**
     * What rendering the site gave.
     *
     * @param pages what the reader kept of every HTML page
     * @param templateFailed whether a page's template was missing or failed: then pages are missing or incomplete
     */
    public record Result<F>(List<F> pages, boolean templateFailed) {
        public Result {
            pages = List.copyOf(pages);
        }
    }

    /** Renders everything, and writes the site's other files meanwhile. */
    public Result<F> renderSite(Output out, Diagnostics diags) {
        PageContexts ctx = new PageContexts(config, theme, markdown, navigation, diags);
        this.lastContext = ctx;
        // rendered even when the content has errors (the build writes nothing then), so that one run reports them all
        List<Job> jobs = new ArrayList<>();
        for (Generated g : generated) jobs.addAll(g.jobs(ctx));
        // the files that are not pages (exports, the site map, the theme's assets) are made and written while the pages
        // are rendered: on a thread of the common pool, or on a thread of their own where the pool has one thread (two cores)
        OtherFiles others = new OtherFiles(root, config, content, theme, navigation);
        CompletableFuture<Void> files = CompletableFuture.runAsync(() -> others.write(out, generated, jobs));
        AtomicBoolean failed = new AtomicBoolean();
        List<F> facts;
        try {
            facts = Stream.concat(
                            content.pages().parallelStream().map(p -> renderPage(p, ctx, out, failed, diags)),
                            jobs.parallelStream().map(j -> renderJob(j, null, out, failed, diags)))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (RuntimeException | Error e) {
            // the staging folder is removed after this: nothing may still be writing into it (when one page fails, the
            // stream returns while others may still be rendered)
            Futures.waitOut(files);
            ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES);
            throw e;
        }
        Futures.join(files);
        return new Result<>(facts, failed.get());
    }

    /** A page rendered and read but not written: its HTML and what the reader kept of it. */
    public record Rendition<F>(String output, String html, F facts) {}

    /**
     * Renders and reads one Markdown page again after its text changed, without writing it, for the
     * preview server. Only for a page whose front matter is as it was: {@link #renderSite} must have run.
     */
    public Optional<Rendition<F>> renderAgain(Page p, Diagnostics diags) {
        if (lastContext == null) throw new IllegalStateException("renderSite() has not run");
        Rendered r = markdown.render(p.body(), p::body, p.source(), p.bodyLine(), diags);
        Job job = pageJob(p, r, lastContext);
        return theme.render(job, r.html(), diags).map(w -> new Rendition<>(job.output(), w.html(), reader.read(job, w, r, diags)));
    }

    /**
     * Renders again, without writing them, a page whose front matter changed (its title, description,
     * order, date …) and every page that shows it: the index of its section, which lists it; the pages
     * under it, whose breadcrumbs name it; and the pages made from the list of all pages (the site map).
     * Empty when the change shows on every page (the page is in the main navigation) or moves the page
     * (its address, language, layout or menu changed): then the whole site must be built.
     *
     * @param updated the site's content with {@code after} in place of {@code before}
     */
    public Optional<List<Rendition<F>>> renderAgainWithListers(Page before, Page after, Content updated, Diagnostics diags) {
        if (lastContext == null) throw new IllegalStateException("renderSite() has not run");
        String key = after.translationKey(config.defaultLanguage().code());
        boolean moved = !before.path().equals(after.path()) || !before.lang().equals(after.lang())
                || before.isSectionIndex() != after.isSectionIndex() || before.draft() != after.draft()
                || !before.layout().equals(after.layout()) || !before.menu().equals(after.menu());
        if (moved || navigation.inMain(key)) return Optional.empty();

        content = updated;
        navigation.update(after, updated);
        List<Page> shown = new ArrayList<>();
        shown.add(after);
        Page parent = navigation.page(after.parentPath());
        if (parent != null && parent != after) shown.add(parent);
        if (after.isSectionIndex()) {
            for (Page q : updated.pages()) {
                if (q != after && q.lang().equals(after.lang()) && q.path().startsWith(after.path())) shown.add(q);
            }
        }
        List<Supplier<Optional<Rendition<F>>>> work = new ArrayList<>();
        for (Page q : shown) work.add(() -> renderAgain(q, diags));
        for (Generated g : generated) {
            g.listing(updated).ifPresent(listing -> {
                for (Job job : listing.jobs(lastContext)) {
                    work.add(() -> theme.render(job, null, diags)
                            .map(w -> new Rendition<>(job.output(), w.html(), reader.read(job, new Theme.Written(w.html(), -1), null, diags))));
                }
            });
        }
        // side by side: the site map of a large site takes as long as the rest together
        return Optional.of(work.parallelStream().map(Supplier::get).flatMap(Optional::stream).toList());
    }

    private Optional<F> renderPage(Page p, PageContexts ctx, Output out, AtomicBoolean failed, Diagnostics diags) {
        Rendered r = markdown.render(p.body(), p::body, p.source(), p.bodyLine(), diags);
        return renderJob(pageJob(p, r, ctx), r, out, failed, diags);
    }

    private Job pageJob(Page p, Rendered r, PageContexts ctx) {
        List<Heading> toc = r.contents().size() >= TOC_MIN_HEADINGS && !p.path().equals("/") ? r.contents() : List.of();
        SiteConfig.Language lang = navigation.language(p.lang());
        Views.Page view = new Views.Page(p.title(), p.description(), lang.code(), lang.dir(), p.path(), r.html(), toc,
                navigation.breadcrumbs(p), navigation.main(p.path(), p.lang()), navigation.children(p), p.layout(),
                navigation.translations(p), p.reviewed(), config::link);
        return new Job(output(p.path()), p.layout(), ctx.of(lang.code(), view), Map.of(), p.source(), r.links(), r.headings());
    }

    /** Renders a job, writes it and gives it to the reader; {@code content} is its Markdown rendered, or null. */
    private Optional<F> renderJob(Job job, Rendered content, Output out, AtomicBoolean failed, Diagnostics diags) {
        if (!theme.has(job.template())) {
            diags.error("themes/" + config.theme() + "/templates", Pos.NONE, "template", "The theme has no template `"
                    + job.template() + ".peb`, which " + job.source() + " needs: looked for " + theme.lookedFor(job.template()) + ".",
                    "add the template to the theme");
            failed.set(true);
            return Optional.empty();
        }
        Optional<Theme.Written> written = theme.render(job, content == null ? null : content.html(), diags);
        if (written.isEmpty()) failed.set(true);
        return written.map(page -> {
            out.write(job.output(), page.html());
            if (!job.output().endsWith(".html")) return null;
            return reader.read(job, page, content, diags);
        });
    }

    /** The output file of a site path: "/a/b/" → "a/b/index.html"; "/404.html" → "404.html". */
    public static String output(String path) {
        if (path.endsWith("/")) return path.substring(1) + "index.html";
        return path.substring(1);
    }
}
