package org.waymark.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicTest {
    @TempDir
    Path dir;

    @Test
    void writingReplacesTheFileAndLeavesNoHiddenCopyBeside() throws IOException {
        Path file = dir.resolve("index.html");
        Files.writeString(file, "old");

        Atomic.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("new");
        assertThat(names()).containsExactly("index.html");
    }

    @Test
    void aFileThatCannotBeReplacedStaysAsItWasAndNoHiddenCopyIsLeft() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("about"));
        Files.writeString(folder.resolve("index.html"), "kept");

        assertThatThrownBy(() -> Atomic.write(folder, "new".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);

        assertThat(folder.resolve("index.html")).hasContent("kept");
        assertThat(names()).containsExactly("about");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
