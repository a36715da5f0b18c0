package org.waymark.content;

import java.util.Optional;

/**
 * The data files under content/ that services and plans refer to: when one cannot be read, each reference to it
 * would look wrong too.
 */
public enum SharedData {
    GLOSSARY("glossary.yml"),
    PARTNERS("partners.yml"),
    HELPLINES("helplines.yml");

    private final String file;

    SharedData(String file) {
        this.file = file;
    }

    /** The file, relative to content/ ("partners.yml"). */
    String file() {
        return file;
    }

    /** The shared data a file under content/ holds ("partners.yml"), if it is one. */
    static Optional<SharedData> of(String relative) {
        for (SharedData d : values()) {
            if (d.file.equals(relative)) return Optional.of(d);
        }
        return Optional.empty();
    }
}
