package org.waymark.check;

import java.util.Optional;
import org.waymark.diag.Diagnostics;
import org.waymark.markdown.Rendered;
import org.waymark.render.Job;
import org.waymark.render.PageReader;
import org.waymark.render.Theme;

/**
 * The checks of each page as it is rendered: a page from Markdown from what its rendering recorded
 * ({@link FrameCheck}) when it can, any other page by parsing it ({@link HtmlCheck}).
 */
public final class PageChecks implements PageReader<PageFacts> {
    private final HtmlCheck check;
    private final FrameCheck frames;

    /**
     * @param readMarkdownPages whether pages from Markdown are checked from what their rendering recorded rather
     *     than parsed: always, but for the tests that compare the two
     */
    public PageChecks(HtmlCheck check, boolean readMarkdownPages) {
        this.check = check;
        this.frames = readMarkdownPages ? new FrameCheck(check) : null;
    }

    @Override
    public PageFacts read(Job job, Theme.Written page, Rendered markdown, Diagnostics diags) {
        if (markdown != null && frames != null) {
            Optional<PageFacts> read = frames.check(job.output(), page.html(), page.markerAt(),
                    page.blocks().stream().map(b -> new FrameCheck.Block(b.at(), b.text())).toList(), job.template(), job.source(),
                    markdown, diags);
            if (read.isPresent()) return read.get();
        }
        return check.check(job.output(), page.html(), job.template(), job.source(), job.links(), job.headings(), diags);
    }
}
