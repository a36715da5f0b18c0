package org.waymark.yaml;

import java.util.List;
import org.waymark.diag.Pos;

/** A YAML sequence. */
public record YList(Pos pos, List<YNode> items) implements YNode {
    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
