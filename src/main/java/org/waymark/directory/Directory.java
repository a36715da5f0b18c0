package org.waymark.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.content.Content;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.SourceFiles;
import org.waymark.export.Hsds;
import org.waymark.export.OrukApi;
import org.waymark.export.ServicesCsv;
import org.waymark.model.Language;
import org.waymark.model.Service;
import org.waymark.render.Job;
import org.waymark.render.SiteRenderer;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YamlReader;

/**
 * The service directory: every {@code content/services/<id>.yml}, checked, and the pages and open-data
 * files made from them (the directory home, a page per category, area and group of people, a page per
 * service, {@code /data/services.json} in the HSDS 3.0 shape, {@code /data/services.csv}, and the Open Referral
 * UK API under {@code directory.api.base} with the {@code _redirects} that serve it).
 *
 * <p>A refuge's or confidential service's address is refused when the file is read, so it is in no
 * {@link Service} and cannot reach any page or export.
 */
public final class Directory implements SiteRenderer.Generated {
    /** The folder, under the site root, that holds one file per service. */
    public static final String FOLDER = "content/services";

    private final SiteConfig config;
    private final List<Service> services;
    /** The ids of the services whose files have errors: they are in no page, but a link to them is not the page's fault. */
    private final List<String> refused;

    private Directory(SiteConfig config, List<Service> services, List<String> refused) {
        this.config = config;
        this.services = List.copyOf(services);
        this.refused = List.copyOf(refused);
    }

    /**
     * The pages the services whose files have errors would have had, in every language: the build, which writes
     * nothing when a service has an error, checks the pages' links against them, so that a link to such a service
     * is not reported as broken beside the service's own error.
     */
    public Set<String> refusedPages() {
        Set<String> out = new HashSet<>();
        for (String id : refused) {
            for (SiteConfig.Language l : config.languages()) {
                String prefix = l.code().equals(config.defaultLanguage().code()) ? "" : l.code() + "/";
                out.add(prefix + "directory/" + id + "/index.html");
            }
        }
        return out;
    }

    /**
     * Reads content/services/*.yml; problems go to {@code diags}. A service not checked within
     * {@code directory.stale_after_days} of {@code today}, or never checked, is a warning.
     */
    public static Directory load(Path root, Content content, YamlReader yaml, LocalDate today, Diagnostics diags) {
        SiteConfig config = content.config();
        ServiceReader reader = new ServiceReader(config, content.partnersById(), today);
        List<Service> services = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path file : files(root, diags)) {
            String source = SourceFiles.name(root, file);
            String fileName = file.getFileName().toString();
            if (!ServiceReader.validFileName(fileName)) {
                diags.error(source, Pos.NONE, "file-name", "The file name becomes the service's web address, so it may only have "
                        + "lower-case letters, digits and hyphens.", "rename the file, such as `bedford-refuge.yml`");
                continue;
            }
            String id = fileName.substring(0, fileName.length() - ".yml".length());
            if (ServiceReader.RESERVED_IDS.contains(id)) {
                diags.error(source, Pos.NONE, "file-name", "A service may not be called `" + id + "`: /directory/" + id
                        + "/ holds the directory's own pages.", "rename the file, such as `" + id + "-service.yml`");
                continue;
            }
            Optional<String> text = SourceFiles.read(root, file, diags);
            if (text.isEmpty()) continue;
            Optional<YNode> node = yaml.read(text.get(), source, 1, diags);
            if (node.isEmpty()) {
                refused.add(id);
                if (text.get().isBlank()) diags.error(source, Pos.NONE, "empty", "This file is empty.", "write the service's details, or delete the file");
                continue;
            }
            Optional<Service> read = reader.read(id, source, text.get(), node.get(), diags);
            if (read.isPresent()) services.add(read.get());
            else refused.add(id);
        }
        services.sort(Comparator.comparing((Service s) -> s.name().toLowerCase(Locale.ROOT)).thenComparing(Service::id));
        return new Directory(config, services, refused);
    }

    private static List<Path> files(Path root, Diagnostics diags) {
        Path dir = root.resolve(FOLDER);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            // a link that leads elsewhere is reported by the content's walk, and not read here
            return s.filter(p -> Files.isRegularFile(p) && (!Files.isSymbolicLink(p) || SourceFiles.linkProblem(root, p).isEmpty()))
                    .filter(p -> p.getFileName().toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diags.error(FOLDER, Pos.NONE, "read", "The services folder cannot be read: " + e.getMessage(), "check the folder's permissions");
            return List.of();
        }
    }

    /** Every service that read without errors, by name. */
    public List<Service> services() {
        return services;
    }

    /**
     * The services an editor should check: never checked, or not within {@code directory.stale_after_days}
     * of {@code today}. Each names its file ({@link Service#source()}).
     */
    public List<Service> stale(LocalDate today) {
        int days = config.directory().staleAfterDays();
        return services.stream().filter(s -> s.isStale(today, days)).toList();
    }

    @Override
    public List<SiteRenderer.NavEntry> nav() {
        return List.of(new SiteRenderer.NavEntry("Find a service", "/directory/", 3));
    }

    @Override
    public List<Job> jobs(SiteRenderer.Context context) {
        return new DirectoryPages(config, services).jobs(context);
    }

    @Override
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(DirectoryPages.JSON_EXPORT, Hsds.json(services, config, ServiceReader.REFERRAL::get));
        out.put(DirectoryPages.CSV_EXPORT, ServicesCsv.csv(services));
        OrukApi api = new OrukApi(services, config, ServiceReader.REFERRAL::get);
        out.putAll(api.files());
        out.put(REDIRECTS, api.redirects());
        return out;
    }

    /** The file of rewrites for hosts that read one (Netlify, Cloudflare Pages): the API's addresses, to its files. */
    public static final String REDIRECTS = "_redirects";

    /**
     * The addresses of the Open Referral UK API that are not files but answered from one by the rewrites of
     * {@code _redirects} ("api/oruk/", "api/oruk/services", "api/oruk/services/&lt;id&gt;"), relative to the output
     * folder: the link check takes them as files.
     */
    public Set<String> addresses() {
        return new OrukApi(services, config, ServiceReader.REFERRAL::get).addresses();
    }
}
