package org.waymark.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.model.Language;

/**
 * The languages a service can list, by ISO 639-1 code (and {@code bfi} for British Sign Language), each with
 * its name for itself. A code not in the table is an error, so an editor learns of a typo instead of a page
 * showing a bare code.
 */
final class Languages {
    private static final Set<String> RTL = Set.of("ur", "ar", "fa");
    private static final Map<String, Language> KNOWN = table(
            "en", "English", "English",
            "cy", "Cymraeg", "Welsh",
            "pa", "ਪੰਜਾਬੀ", "Punjabi",
            "ur", "اردو", "Urdu",
            "gu", "ગુજરાતી", "Gujarati",
            "bn", "বাংলা", "Bengali",
            "hi", "हिन्दी", "Hindi",
            "ta", "தமிழ்", "Tamil",
            "pl", "Polski", "Polish",
            "ro", "Română", "Romanian",
            "lt", "Lietuvių", "Lithuanian",
            "bg", "Български", "Bulgarian",
            "sq", "Shqip", "Albanian",
            "pt", "Português", "Portuguese",
            "es", "Español", "Spanish",
            "fr", "Français", "French",
            "tr", "Türkçe", "Turkish",
            "ar", "العربية", "Arabic",
            "fa", "فارسی", "Persian",
            "ku", "Kurdî", "Kurdish",
            "so", "Soomaali", "Somali",
            "ti", "ትግርኛ", "Tigrinya",
            "am", "አማርኛ", "Amharic",
            "zh", "中文", "Chinese",
            "bfi", "British Sign Language", "British Sign Language");

    private Languages() {}

    static Optional<Language> byCode(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }

    static Set<String> codes() {
        return KNOWN.keySet();
    }

    private static Map<String, Language> table(String... rows) {
        Map<String, Language> m = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 3) {
            m.put(rows[i], new Language(rows[i], rows[i + 1], rows[i + 2], RTL.contains(rows[i]) ? "rtl" : "ltr"));
        }
        return Collections.unmodifiableMap(m);
    }
}
