package org.waymark.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.waymark.diag.Diagnostic;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.SourceFiles;
import org.waymark.model.Page;

/**
 * A page's body in its file, read again when the page is rendered instead of kept in memory from the load. What the
 * page was loaded with is checked first: the file must be the same file (not, since, a link to another, or in a
 * folder that became a link: the load refused links leading out of the site, and so does this), and the text
 * before the body (the front matter) must be as it was, or the page's title, address and the rest would not be the
 * file's. A change to the body alone is read as it is now, as if it had been made before the build; the places of
 * its links are then no longer known, and a problem with one is reported at the file without a line.
 *
 * @param name the file, relative to the site root, for messages
 * @param real the file that was read at the load, every link resolved
 * @param bodyStart where the body starts in the file's text
 * @param headHash the hash of the text before the body, as loaded
 */
record FileBody(Path file, String name, Path real, int bodyStart, int headHash) implements Page.Text {

    static FileBody of(Path file, String name, String text, FrontMatter fm) {
        return new FileBody(file, name, realPath(file), fm.bodyStart(), text.substring(0, fm.bodyStart()).hashCode());
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    @Override
    public String read() {
        byte[] bytes;
        try {
            Path now = file.toRealPath();
            if (!now.equals(real)) {
                throw new Page.Unreadable(name, name + " is no longer the file the site was loaded from: it now leads to " + now
                        + ".");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Page.Unreadable(name, name + " cannot be read again to render it: " + e.getMessage() + ".");
        }
        Diagnostics problems = new Diagnostics();
        Optional<String> decoded = SourceFiles.decode(bytes, name, problems);
        if (decoded.isEmpty()) {
            String why = problems.sorted().stream().findFirst().map(Diagnostic::message).orElse("it is not valid UTF-8 text");
            throw new Page.Unreadable(name, name + " changed while the site was being built: " + why);
        }
        String text = decoded.get();
        if (text.length() < bodyStart || text.substring(0, bodyStart).hashCode() != headHash) {
            throw new Page.Unreadable(name, name + " changed while the site was being built: its front matter is not the one"
                    + " it was read with.");
        }
        return text.substring(bodyStart);
    }
}
