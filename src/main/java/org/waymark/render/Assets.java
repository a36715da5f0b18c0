package org.waymark.render;

import java.nio.file.Path;
import org.waymark.content.Content;
import org.waymark.write.Output;

/** The files published as they are: the theme's assets under /assets/, and the site's own from its content folder. */
final class Assets {
    private Assets() {}

    static void copy(Path root, Theme theme, Content content, Output out) {
        theme.assets().forEach((rel, file) -> out.copy(file, "assets/" + rel));
        for (String asset : content.assets()) {
            out.copy(root.resolve(asset), asset.substring("content/".length()));
        }
    }
}
