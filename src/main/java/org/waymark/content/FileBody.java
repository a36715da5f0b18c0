package org.waymark.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.SourceFiles;
import org.waymark.model.Page;

/**
 * A page's body in its file, read again when the page is rendered instead of kept in memory from the load. What the
 * page was loaded with is checked first: when the text before the body (the front matter) is no longer the same, the
 * page's title, address and the rest would not be the file's, so the body is refused. A change to the body alone is
 * read as it is now, as if it had been made before the build.
 *
 * @param name the file, relative to the site root, for messages
 * @param bodyStart where the body starts in the file's text
 * @param headHash the hash of the text before the body, as loaded
 */
record FileBody(Path file, String name, int bodyStart, int headHash) implements Page.Text {

    static FileBody of(Path file, String name, String text, FrontMatter fm) {
        return new FileBody(file, name, fm.bodyStart(), text.substring(0, fm.bodyStart()).hashCode());
    }

    @Override
    public String read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Page.Unreadable(name, name + " cannot be read again to render it: " + e.getMessage() + ".");
        }
        String text = SourceFiles.decode(bytes, name, new Diagnostics()).orElse("");
        if (text.length() < bodyStart || text.substring(0, bodyStart).hashCode() != headHash) {
            throw new Page.Unreadable(name, name + " changed while the site was being built: its front matter is not the one"
                    + " it was read with.");
        }
        return text.substring(bodyStart);
    }
}
