package org.waymark.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a frame line by line with a memory of the lines read before: what each line of the last frame of a
 * template held, on each thread, and what each block the theme kept held. Shared between the threads of one build.
 */
final class FrameLines {
    /** What scanning one line of a frame found, to be taken again when another page has the same line. */
    private record Line(String shape, List<String> ids, List<String[]> refs, List<FrameLink> links, List<FrameHeading> headings,
            String lang, String description) {
        void addTo(FramePage page, List<String> out) {
            out.add(shape);
            page.ids.addAll(ids);
            page.refs.addAll(refs);
            page.links.addAll(links);
            page.headings.addAll(headings);
            if (!lang.isEmpty()) page.lang = lang;
            if (!description.isEmpty() && page.description.isEmpty()) page.description = description;
        }
    }

    /** What each kept block held, by the block (the same string on every page: its hash is worked out once). */
    private final Map<String, Optional<Line>> blockLines = new ConcurrentHashMap<>();

    /** What a kept block holds, or null when it cannot be read on its own (a tag or link it leaves open). */
    private Line blockLine(String block) {
        return blockLines.computeIfAbsent(block, b -> Optional.ofNullable(read(b, 0, b.length()))).orElse(null);
    }

    /** What {@code h[from, to)} holds, read on its own; null when it cannot be (a tag, link or heading it leaves open). */
    private static Line read(String h, int from, int to) {
        FramePage one = new FramePage(List.of());
        StringBuilder shape = new StringBuilder();
        if (!FrameTags.scan(h, from, to, one, shape) || one.open()) return null;
        return new Line(shape.toString(), List.copyOf(one.ids), List.copyOf(one.refs), List.copyOf(one.links),
                List.copyOf(one.headings), one.lang, one.description);
    }

    /**
     * The lines of a part of the last frame read on one thread (before or after the Markdown), with what each
     * held: the next page of the same template has most of them again at the same place.
     */
    static final class Part {
        final String text;
        int[] starts;
        int[] ends;
        Line[] lines;
        int count;

        Part(String text, int capacity) {
            this.text = text;
            this.starts = new int[capacity];
            this.ends = new int[capacity];
            this.lines = new Line[capacity];
        }

        void add(int start, int end, Line line) {
            if (count == lines.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            lines[count++] = line;
        }

        /** What line {@code k} of this part held, if {@code h[from, to)} is that line again. */
        Line same(int k, String h, int from, int to) {
            if (k < 0 || k >= count || ends[k] - starts[k] != to - from) return null;
            return h.regionMatches(from, text, starts[k], to - from) ? lines[k] : null;
        }
    }

    /** The parts of the last frame read on each thread, by template. */
    private final ThreadLocal<Map<String, Part[]>> lastParts = ThreadLocal.withInitial(HashMap::new);

    /** The parts (before and after the Markdown) of the last frame of {@code template} read on this thread. */
    Part[] lastParts(String template) {
        return lastParts.get().computeIfAbsent(template, t -> new Part[2]);
    }

    /**
     * Scans {@code html[from, to)} line by line: most lines of a frame are the template's own and the same on
     * every page, so what each holds is taken from the same line of the last page of this template read on this
     * thread when it is that line again (a comparison: no hashing, no reading), allowing for a line more or less
     * before it; only the page's own lines (its title, breadcrumbs, table of contents) are read. The blocks the
     * theme kept are read once each. A line that leaves a link or heading open, or a tag that goes on to the next
     * line, ends the line-by-line reading: the rest is scanned in one go.
     *
     * @param parts the parts of the last frame of this template on this thread; part {@code which} is replaced by
     *     this one when it is read line by line to the end
     */
    boolean scan(String h, int from, int to, List<FrameCheck.Block> blocks, FramePage page, List<String> shape, Part[] parts, int which) {
        Part previous = parts[which];
        Part part = new Part(h, previous == null ? 64 : previous.count + 8);
        parts[which] = null;
        int b = 0;
        // how many lines this page has more (or fewer) than the last one before this point
        int drift = 0;
        int i = from;
        while (i < to) {
            if (page.open()) return scanRest(h, i, to, page, shape);
            while (b < blocks.size() && blocks.get(b).at() < i) b++;
            FrameCheck.Block block = b < blocks.size() ? blocks.get(b) : null;
            if (block != null && block.at() == i && i + block.text().length() <= to) {
                // a block the theme kept: the same string on every page that shows it, read once
                Line line = blockLine(block.text());
                if (line != null) {
                    int end = i + block.text().length();
                    part.add(i, end, line);
                    line.addTo(page, shape);
                    i = end;
                    continue;
                }
                block = null;
            }
            int nl = h.indexOf('\n', i);
            int end = nl < 0 || nl >= to ? to : nl + 1;
            // a line that runs into a kept block ends where the block starts
            if (block != null && block.at() > i && block.at() < end) end = block.at();
            Line line = null;
            if (previous != null) {
                int k = part.count - drift;
                line = previous.same(k, h, i, end);
                if (line == null && (line = previous.same(k - 1, h, i, end)) != null) drift++;
                if (line == null && (line = previous.same(k + 1, h, i, end)) != null) drift--;
            }
            if (line == null && (line = read(h, i, end)) == null) return scanRest(h, i, to, page, shape);
            part.add(i, end, line);
            line.addTo(page, shape);
            i = end;
        }
        parts[which] = part;
        return true;
    }

    private static boolean scanRest(String h, int from, int to, FramePage page, List<String> shape) {
        StringBuilder rest = new StringBuilder();
        boolean read = FrameTags.scan(h, from, to, page, rest);
        shape.add(rest.toString());
        return read;
    }
}
