package org.waymark.check.external;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.write.Atomic;

/**
 * Results of earlier checks, kept in a JSON file so a week's re-runs do not ask every site again.
 * Only good and warned-about results are kept; a failure is always asked again. A file that cannot
 * be read is reported as a warning and the check goes on without it.
 */
final class LinkCache {
    /** What is kept about one address. */
    record Entry(int status, Instant checkedAt, String finalUrl, boolean permanentRedirect) {}

    private final Path file;
    private final Map<String, Entry> entries;
    private boolean changed;

    private LinkCache(Path file, Map<String, Entry> entries, boolean changed) {
        this.file = file;
        this.entries = entries;
        this.changed = changed;
    }

    /** The cache in {@code file}; empty when the file does not exist, or after a warning when it is unreadable. */
    static LinkCache load(Path file, Diagnostics diags) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return new LinkCache(file, new TreeMap<>(), false);
        } catch (IOException e) {
            return corrupt(file, diags, "it cannot be read (" + e.getMessage() + ")");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JacksonException e) {
            return corrupt(file, diags, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            return corrupt(file, diags, "it does not hold a JSON object of addresses");
        }
        Map<String, Entry> entries = new TreeMap<>();
        boolean dropped = false;
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            Optional<Entry> entry = entry(field.getValue());
            if (entry.isPresent()) entries.put(field.getKey(), entry.get());
            else dropped = true;
        }
        return new LinkCache(file, entries, dropped);
    }

    /** The kept result for {@code url} if it was checked less than {@code lifetime} before {@code now}. */
    Optional<Entry> fresh(String url, Instant now, Duration lifetime) {
        Entry e = entries.get(url);
        if (e == null || !isFresh(e, now, lifetime)) return Optional.empty();
        return Optional.of(e);
    }

    /** Keeps a good or warned-about result; forgets the address after a failure. */
    void record(String url, Outcome outcome, Instant checkedAt) {
        if (outcome.cacheable()) {
            entries.put(url, new Entry(outcome.status(), checkedAt, outcome.finalUrl(), outcome.permanentRedirect()));
            changed = true;
        } else if (entries.remove(url) != null) {
            changed = true;
        }
    }

    /**
     * Writes the cache, without expired entries, through a temporary file moved into place, so a
     * reader never sees half a file. A failure to write is a warning: the check itself is done.
     */
    void save(Instant now, Duration lifetime, Diagnostics diags) {
        changed |= entries.values().removeIf(e -> !isFresh(e, now, lifetime));
        if (!changed) return;
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        entries.forEach((url, e) -> root.putObject(url)
                .put("status", e.status())
                .put("checkedAt", e.checkedAt().toString())
                .put("finalUrl", e.finalUrl())
                .put("permanentRedirect", e.permanentRedirect()));
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Atomic.write(file.toAbsolutePath(), (json.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
            changed = false;
        } catch (IOException e) {
            diags.warning(name(file), Pos.NONE, ExternalLinkChecker.RULE,
                    "The external link cache could not be written: " + e.getMessage() + ".",
                    "check that the directory " + dir + " exists and that you may write to it;"
                            + " without the cache every link is checked on each run");
        }
    }

    private static boolean isFresh(Entry e, Instant now, Duration lifetime) {
        return Duration.between(e.checkedAt(), now).compareTo(lifetime) < 0;
    }

    private static Optional<Entry> entry(JsonNode node) {
        if (node == null || !node.isObject()) return Optional.empty();
        JsonNode status = node.get("status");
        JsonNode checkedAt = node.get("checkedAt");
        JsonNode finalUrl = node.get("finalUrl");
        JsonNode permanent = node.get("permanentRedirect");
        if (status == null || !status.canConvertToInt() || checkedAt == null || !checkedAt.isTextual()
                || finalUrl == null || !finalUrl.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(status.intValue(), Instant.parse(checkedAt.textValue()), finalUrl.textValue(),
                    permanent != null && permanent.asBoolean()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LinkCache corrupt(Path file, Diagnostics diags, String why) {
        diags.warning(name(file), Pos.NONE, ExternalLinkChecker.RULE,
                "The external link cache was ignored because " + why + ".",
                "nothing to do: every link is checked again and the cache is written afresh");
        return new LinkCache(file, new TreeMap<>(), true);
    }

    private static String name(Path file) {
        return file.toString().replace('\\', '/');
    }
}
