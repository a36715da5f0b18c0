package org.waymark.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.waymark.testing.TestSite;

/** A small site that builds, with the rag-plan fixture's plan (2008-11: five actions and one report round). */
final class RagPlan {
    private RagPlan() {}

    static TestSite site(Path dir) {
        TestSite site = TestSite.create(dir, "");
        Path from = Path.of("src/test/resources/sites/rag-plan/content");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = from.relativize(f).toString().replace('\\', '/');
                if (Files.isRegularFile(f) && (rel.startsWith("plans/") || rel.equals("partners.yml"))) {
                    site.put("content/" + rel, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }
}
