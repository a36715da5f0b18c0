package org.waymark.yaml;

import org.waymark.diag.Pos;

/** A YAML value with the place it was written. */
public sealed interface YNode permits YMap, YList, YScalar {
    Pos pos();

    /** What an editor would call this kind of value, for messages ("a list", "a text"). */
    String describe();
}
