package org.waymark.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.check.LinkCheck;
import org.waymark.check.PageFacts;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.content.ContentLoader;
import org.waymark.diag.Diagnostics;
import org.waymark.model.Page;
import org.waymark.render.SiteRenderer;
import org.waymark.search.SearchIndexes;
import org.waymark.write.Atomic;
import org.waymark.write.Output;
import org.waymark.yaml.YamlReader;

/**
 * A built site kept in memory by the preview server, so that an edit to a page's text renders that one
 * page again instead of the whole site, and a change to one page's front matter renders it and the pages
 * that list it. Anything else (a new or deleted page, front matter changed in two pages at once or in a way
 * that shows on every page or moves the page, data, templates or config) needs a full build: {@link #update}
 * then says so by returning empty. Not thread-safe: the preview server updates it from one thread.
 */
public final class Live {
    private final Path root;
    private final SiteConfig config;
    private final ContentLoader loader;
    private final SiteRenderer<PageFacts> renderer;
    private final Map<String, Page> pagesBySource = new HashMap<>();
    private final Map<String, PageFacts> facts = new ConcurrentHashMap<>();
    private final Set<String> files;
    private final Path output;
    private final SearchIndexes indexes;
    private Content content;
    /** Whether the renderer holds changes that did not reach the output: the next change builds the whole site. */
    private boolean stale;

    Live(Path root, SiteConfig config, YamlReader yaml, Content content, SiteRenderer<PageFacts> renderer,
            List<PageFacts> facts, SearchIndexes indexes, Set<String> files, Path output) {
        this.root = root;
        this.config = config;
        this.loader = new ContentLoader(yaml);
        this.renderer = renderer;
        for (Page p : content.pages()) pagesBySource.put(p.source(), p);
        for (PageFacts f : facts) this.facts.put(f.output(), f);
        this.files = Set.copyOf(files);
        this.output = output;
        this.indexes = Objects.requireNonNull(indexes, "a site is kept only when its pages were rendered");
        this.content = content;
    }

    /**
     * Renders the changed Markdown pages again and writes them into the output folder, each file replaced
     * in one move; the site's links and search index are checked and written as in a full build. When a
     * page has an error nothing is written, and the last good site stays.
     *
     * @param sources the changed files, relative to the site root ("content/about.md")
     * @return the result, or empty when the change needs a full build
     */
    public Optional<Build.Result> update(Set<String> sources) {
        try {
            return updateOrNot(sources);
        } catch (Page.Unreadable e) {
            // a page read again had changed once more (the watcher will say so): the whole site is built from the files
            stale = true;
            return Optional.empty();
        }
    }

    private Optional<Build.Result> updateOrNot(Set<String> sources) {
        long start = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        if (stale) return Optional.empty();
        List<Page> changed = new ArrayList<>();
        Page before = null;
        Page after = null;
        for (String source : sources) {
            Page was = pagesBySource.get(source);
            if (was == null || !Files.isRegularFile(root.resolve(source))) return Optional.empty();
            Optional<Page> page = loader.reread(root, was, config, diags);
            if (page.isEmpty()) return Optional.of(failed(diags, start));
            changed.add(page.get());
            if (!sameFrontMatter(was, page.get())) {
                if (before != null) return Optional.empty(); // two pages' front matter at once: build it all
                before = was;
                after = page.get();
            }
        }
        List<SiteRenderer.Rendition<PageFacts>> renditions = new ArrayList<>();
        Map<String, Page> bySource = new HashMap<>();
        for (Page p : changed) bySource.put(p.source(), p);
        Content updated = new Content(content.config(), content.pages().stream().map(q -> bySource.getOrDefault(q.source(), q)).toList(),
                content.glossary(), content.partners(), content.helplines(), content.assets(), content.unread());
        if (before != null) {
            // the renderer now holds the new front matter: if this update fails, the next change builds the site
            stale = true;
            Optional<List<SiteRenderer.Rendition<PageFacts>>> shown = renderer.renderAgainWithListers(before, after, updated, diags);
            if (shown.isEmpty()) return Optional.empty();
            renditions.addAll(shown.get());
            changed.remove(after);
        }
        for (Page p : changed) renderer.renderAgain(p, diags).ifPresent(renditions::add);
        if (diags.hasErrors()) return Optional.of(failed(diags, start));

        Map<String, PageFacts> site = new HashMap<>(facts);
        List<PageFacts> fresh = new ArrayList<>();
        boolean idsChanged = false;
        for (SiteRenderer.Rendition<PageFacts> r : renditions) {
            PageFacts old = site.put(r.output(), r.facts());
            idsChanged |= old == null || !old.ids().equals(r.facts().ids());
            // a page with the links it had (the site map after a new title) had them checked, with the same pages and ids
            if (old == null || !sameLinks(old, r.facts())) fresh.add(r.facts());
        }
        LinkCheck links = new LinkCheck(config.basePath());
        links.check(idsChanged ? List.copyOf(site.values()) : fresh, site, files, diags);
        if (diags.hasErrors()) return Optional.of(failed(diags, start));

        // from here the output and the indexes change: until this update is done, whatever stops it (an Error too)
        // leaves this site stale, and the next change builds the whole site
        stale = true;
        try {
            for (SiteRenderer.Rendition<PageFacts> r : renditions) replace(r.output(), r.html().getBytes(StandardCharsets.UTF_8));
            // only the entries of the pages rendered again are made again
            Set<String> languages = new HashSet<>();
            for (SiteRenderer.Rendition<PageFacts> r : renditions) languages.addAll(indexes.put(r.facts()));
            indexes.write(Output.direct(output), languages);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        facts.putAll(site);
        for (Page p : changed) pagesBySource.put(p.source(), p);
        if (after != null) pagesBySource.put(after.source(), after);
        content = updated;
        stale = false;
        return Optional.of(new Build.Result(true, diags.sorted(), renditions.size(), output,
                Duration.ofNanos(System.nanoTime() - start), List.of()));
    }

    /** Whether two renderings of a page link to the same addresses in the same way (wherever the links are written). */
    static boolean sameLinks(PageFacts a, PageFacts b) {
        if (a.refs().size() != b.refs().size()) return false;
        for (int i = 0; i < a.refs().size(); i++) {
            PageFacts.Ref x = a.refs().get(i);
            PageFacts.Ref y = b.refs().get(i);
            if (!x.url().equals(y.url()) || !x.attribute().equals(y.attribute())) return false;
        }
        return true;
    }

    /** Whether a page changed only in its text, so no other page shows anything different. */
    static boolean sameFrontMatter(Page a, Page b) {
        return a.path().equals(b.path()) && a.title().equals(b.title()) && a.description().equals(b.description())
                && a.order() == b.order() && a.draft() == b.draft() && a.layout().equals(b.layout())
                && a.menu().equals(b.menu()) && a.lang().equals(b.lang()) && a.date().equals(b.date())
                && a.tags().equals(b.tags()) && a.reviewed() == b.reviewed() && a.bodyLine() == b.bodyLine()
                && Objects.equals(a.section(), b.section());
    }

    private void replace(String relative, byte[] bytes) throws IOException {
        Atomic.write(output.resolve(relative), bytes);
    }

    private Build.Result failed(Diagnostics diags, long start) {
        return new Build.Result(false, diags.sorted(), 0, output, Duration.ofNanos(System.nanoTime() - start), List.of());
    }

    /** What the checks kept of every page, by its output file ("about/index.html"). */
    public Map<String, PageFacts> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
