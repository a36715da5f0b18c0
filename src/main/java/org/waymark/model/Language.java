package org.waymark.model;

/**
 * A language a service works in, shown by its own name.
 *
 * @param code the ISO 639 code as written ("pa"; "bfi" for British Sign Language)
 * @param name the language's name for itself ("ਪੰਜਾਬੀ")
 * @param english its name in English ("Punjabi"), for the exports
 * @param dir "rtl" for a language written right to left, else "ltr"
 */
public record Language(String code, String name, String english, String dir) {
    /** The language {@link #name()} is written in, for its {@code lang} attribute (a sign language's name is in English). */
    public String textLang() {
        return code.equals("bfi") ? "en" : code;
    }
}
