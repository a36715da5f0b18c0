import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The least a site generator on Waymark's libraries does for a folder of Markdown pages: read each file,
 * parse its front matter with Jackson YAML, parse and render its Markdown with CommonMark (the same
 * extensions, with source positions), put it in a bare Pebble template like the benchmark's Hugo layout,
 * and write it; on every core. No theme, no checks, no navigation, no search, no staging folder. The
 * benchmark runs it beside Waymark and Hugo to show how much of Waymark's time is these libraries on the
 * JVM and how much is Waymark's own work.
 *
 * <p>Usage: {@code java -cp waymark.jar:classes Floor <content folder> <output folder>}
 */
public final class Floor {
    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Extension> extensions = List.of(TablesExtension.create(), FootnotesExtension.create(), AutolinkExtension.create());
        Parser parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        PebbleTemplate template = new PebbleEngine.Builder().loader(new StringLoader()).build().getTemplate(
                "<!DOCTYPE html><html lang=\"en\"><head><title>{{ title }}</title></head><body><main>{{ content | raw }}</main></body></html>\n");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(content)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        pages.parallelStream().forEach(file -> {
            try {
                String text = Files.readString(file);
                int end = text.indexOf("\n---\n", 4);
                JsonNode front = yaml.readTree(text.substring(4, end + 1));
                String html = renderer.render(parser.parse(text.substring(end + 5)));
                StringWriter page = new StringWriter();
                template.evaluate(page, Map.of("title", front.path("title").asText(), "content", html));
                String name = content.relativize(file).toString();
                Path target = out.resolve(name.substring(0, name.length() - ".md".length()) + "/index.html");
                Files.createDirectories(target.getParent());
                Files.writeString(target, page.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
