package org.waymark.yaml;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.Suggest;

/**
 * Typed reads from one YAML mapping. Every wrong value is reported with its place and what to do;
 * the read then returns empty or the default, so one pass finds every problem in a file.
 */
public final class Fields {
    private final YMap map;
    private final String file;
    private final Diagnostics diags;
    private final String what;

    private Fields(YMap map, String file, Diagnostics diags, String what) {
        this.map = map;
        this.file = file;
        this.diags = diags;
        this.what = what;
    }

    /**
     * The fields of {@code node}, or empty after reporting that {@code node} is not a mapping.
     *
     * @param what what the mapping describes, for messages ("a service", "the front matter")
     */
    public static Optional<Fields> of(YNode node, String file, Diagnostics diags, String what, Pos whereIfMissing) {
        if (node instanceof YMap m) return Optional.of(new Fields(m, file, diags, what));
        Pos at = node == null ? whereIfMissing : node.pos();
        diags.error(file, at, "type", what + " should be a set of `key: value` fields, but this is "
                        + (node == null ? "empty" : node.describe()) + ".",
                "write one field per line, as `name: value`");
        return Optional.empty();
    }

    public String file() {
        return file;
    }

    public Diagnostics diags() {
        return diags;
    }

    public Pos pos() {
        return map.pos();
    }

    public YMap map() {
        return map;
    }

    public boolean has(String key) {
        YNode n = map.get(key);
        return n != null && !(n instanceof YScalar s && s.isNull());
    }

    /** Where the value of {@code key} was written, or where the mapping starts when it is absent. */
    public Pos pos(String key) {
        YMap.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.value().pos().line() > 0 ? e.value().pos() : e.keyPos();
    }

    /** Where the key itself was written. */
    public Pos keyPos(String key) {
        YMap.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    /** Reports every key that is not one of {@code allowed}, with the closest allowed key as a hint. */
    public Fields allow(Collection<String> allowed) {
        for (YMap.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                diags.error(file, e.keyPos(), "unknown-key",
                        "`" + e.key() + "` is not a field of " + what + ".",
                        Suggest.hint(e.key(), allowed));
            }
        }
        return this;
    }

    public Fields allow(String... allowed) {
        return allow(List.of(allowed));
    }

    public void error(String key, String message, String hint) {
        diags.error(file, pos(key), "invalid", message, hint);
    }

    public void error(Pos at, String rule, String message, String hint) {
        diags.error(file, at, rule, message, hint);
    }

    public void warning(Pos at, String rule, String message, String hint) {
        diags.warning(file, at, rule, message, hint);
    }

    /** A required text; reported when missing, empty or not a single value. */
    public Optional<String> required(String key) {
        if (!has(key)) {
            diags.error(file, map.entries().containsKey(key) ? keyPos(key) : map.pos(), "required",
                    what + " needs a `" + key + "`.", "add a line `" + key + ": …`");
            return Optional.empty();
        }
        Optional<String> s = string(key);
        if (s.isPresent() && s.get().isBlank()) {
            diags.error(file, pos(key), "required", "`" + key + "` is empty.", "write a value after `" + key + ":`");
            return Optional.empty();
        }
        return s;
    }

    /** An optional text (numbers and true/false are read as they were written). */
    public Optional<String> string(String key) {
        YNode n = map.get(key);
        if (n == null) return Optional.empty();
        if (n instanceof YScalar s) return s.isNull() ? Optional.empty() : Optional.of(s.text());
        typeError(key, n, "a single value");
        return Optional.empty();
    }

    public String string(String key, String fallback) {
        return string(key).orElse(fallback);
    }

    /** A text or a list of texts; a single value is read as a list of one. */
    public List<String> strings(String key) {
        YNode n = map.get(key);
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n instanceof YScalar s) {
            if (!s.isNull() && !s.text().isBlank()) out.add(s.text());
            return out;
        }
        if (n instanceof YList l) {
            for (YNode item : l.items()) {
                if (item instanceof YScalar s) {
                    if (!s.isNull()) out.add(s.text());
                } else {
                    diags.error(file, item.pos(), "type", "Each item of `" + key + "` should be a single value, but this is "
                            + item.describe() + ".", "write the item as text on one line, after `- `");
                }
            }
            return out;
        }
        typeError(key, n, "a list");
        return out;
    }

    /** The positions of the items of a list field, in order (for messages about one item). */
    public List<Pos> itemPositions(String key) {
        YNode n = map.get(key);
        if (n instanceof YList l) return l.items().stream().map(YNode::pos).toList();
        return n == null ? List.of() : List.of(n.pos());
    }

    public Optional<Boolean> bool(String key) {
        YNode n = map.get(key);
        if (n == null || n instanceof YScalar s0 && s0.isNull()) return Optional.empty();
        if (n instanceof YScalar s) {
            String t = s.text().trim().toLowerCase();
            if (t.equals("true") || t.equals("yes")) return Optional.of(true);
            if (t.equals("false") || t.equals("no")) return Optional.of(false);
        }
        diags.error(file, n.pos(), "type", "`" + key + "` should be true or false.", "write `" + key + ": true` or `" + key + ": false`");
        return Optional.empty();
    }

    public Optional<Integer> integer(String key) {
        YNode n = map.get(key);
        if (n == null || n instanceof YScalar s0 && s0.isNull()) return Optional.empty();
        if (n instanceof YScalar s) {
            try {
                return Optional.of(Integer.parseInt(s.text().trim()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        diags.error(file, n.pos(), "type", "`" + key + "` should be a whole number.", "write a number such as `" + key + ": 3`");
        return Optional.empty();
    }

    /** A calendar date written as 2009-06-30. */
    public Optional<LocalDate> date(String key) {
        YNode n = map.get(key);
        if (n == null || n instanceof YScalar s0 && s0.isNull()) return Optional.empty();
        if (n instanceof YScalar s) {
            Optional<LocalDate> d = parseDate(s.text());
            if (d.isPresent()) return d;
        }
        diags.error(file, n.pos(), "date", "`" + key + "` is not a date: `" + text(n) + "`.",
                "dates are written year-month-day, as 2009-06-30");
        return Optional.empty();
    }

    /** The fields of a nested mapping, or empty (reported when present but not a mapping). */
    public Optional<Fields> object(String key, String what) {
        YNode n = map.get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return Optional.empty();
        return of(n, file, diags, what, pos(key));
    }

    /** The fields of each item of a list of mappings. */
    public List<Fields> objects(String key, String itemWhat) {
        YNode n = map.get(key);
        List<Fields> out = new ArrayList<>();
        if (n == null || n instanceof YScalar s && s.isNull()) return out;
        if (!(n instanceof YList l)) {
            typeError(key, n, "a list");
            return out;
        }
        for (YNode item : l.items()) of(item, file, diags, itemWhat, item.pos()).ifPresent(out::add);
        return out;
    }

    /** The raw value of {@code key}, for fields with a shape of their own. */
    public YNode node(String key) {
        return map.get(key);
    }

    /** Checks that {@code value} is one of {@code allowed}; reports it with a "did you mean" hint if not. */
    public boolean oneOf(String key, Pos at, String value, Set<String> allowed, String listName) {
        if (allowed.contains(value)) return true;
        diags.error(file, at, "unknown-id", "`" + value + "` in `" + key + "` is not one of the " + listName + ".",
                Suggest.hint(value, allowed));
        return false;
    }

    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<YearMonth> parseMonth(String text) {
        try {
            return Optional.of(YearMonth.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(YNode n) {
        return n instanceof YScalar s ? s.text() : n.describe();
    }

    private void typeError(String key, YNode n, String expected) {
        diags.error(file, n.pos(), "type", "`" + key + "` should be " + expected + ", but it is " + n.describe() + ".",
                expected.equals("a list") ? "write each item on its own line starting with `- `, or as [a, b]"
                        : "write the value on the same line as `" + key + ":`");
    }
}
