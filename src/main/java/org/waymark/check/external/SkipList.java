package org.waymark.check.external;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Which addresses are not requested: those on the user's skip list, and anything not http(s). */
final class SkipList {
    private final List<String> prefixes;
    private final List<Pattern> patterns = new ArrayList<>();

    SkipList(List<String> entries) {
        this.prefixes = List.copyOf(entries);
        for (String entry : entries) {
            try {
                patterns.add(Pattern.compile(entry));
            } catch (PatternSyntaxException notARegex) {
                // a plain prefix such as "https://example.org/a?(b" is still matched as a prefix
            }
        }
    }

    boolean skips(String url) {
        if (!isWeb(url)) return true;
        for (String prefix : prefixes) {
            if (url.startsWith(prefix)) return true;
        }
        for (Pattern p : patterns) {
            if (p.matcher(url).find()) return true;
        }
        return false;
    }

    static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
