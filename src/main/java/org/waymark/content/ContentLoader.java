package org.waymark.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.waymark.config.SiteConfig;
import org.waymark.diag.Diagnostics;
import org.waymark.diag.Pos;
import org.waymark.diag.SourceFiles;
import org.waymark.model.GlossaryTerm;
import org.waymark.model.Helpline;
import org.waymark.model.Page;
import org.waymark.model.Partner;
import org.waymark.phone.PhoneRules;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YamlReader;

/**
 * Walks {@code content/} and reads every file into the model. No file is skipped silently: a file
 * the contract does not name is reported.
 */
public final class ContentLoader {
    /** A page's file name, without .md: what can be part of a web address as it is. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_/-]+");
    private static final Pattern DATA_FILE =
            Pattern.compile("services/[^/]+\\.yml|plans/[^/]+/plan\\.yml|plans/[^/]+/reports/[^/]+\\.yml");

    /** Site paths that Waymark generates itself; a page may not take them. */
    public static final Set<String> RESERVED = Set.of("/directory/", "/helplines/", "/plans/", "/glossary/",
            "/accessibility/", "/search/", "/site-map/", "/data/", "/assets/", "/_headers/", "/_redirects/");
    /** Of those, the ones a page may not take a place under either: the theme's files, and the file `_headers`. */
    private static final Set<String> RESERVED_FOLDERS = Set.of("/assets/", "/_headers/", "/_redirects/");

    private final YamlReader yaml;

    public ContentLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The content of the site at {@code root}; problems go to {@code diags}. */
    public Content load(Path root, SiteConfig config, boolean drafts, Diagnostics diags) {
        // what to report depends on the content's own problems, not on others being reported meanwhile (the theme's)
        Diagnostics own = new Diagnostics();
        Content content = read(root, config, drafts, own);
        diags.addAll(own);
        return content;
    }

    private Content read(Path root, SiteConfig config, boolean drafts, Diagnostics diags) {
        Path contentDir = root.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            diags.error("content", Pos.NONE, "content", "There is no content folder.", "create a folder `content` with an index.md in it");
            return new Content(config, List.of(), List.of(), List.of(), List.of(), List.of(), Set.of());
        }
        List<Path> files = walk(contentDir, root, diags);
        PageReader pageReader = new PageReader(yaml, config.defaultLanguage().code());
        List<Path> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        List<GlossaryTerm> glossary = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        List<Helpline> helplines = new ArrayList<>();
        Set<SharedData> unread = EnumSet.noneOf(SharedData.class);
        for (SharedData data : SharedData.values()) {
            // there, but passed over by the walk (a link out of the site, a folder, a pipe): reported there
            Path file = contentDir.resolve(data.file());
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !files.contains(file)) unread.add(data);
        }
        for (Path file : files) {
            String name = SourceFiles.name(root, file);
            String rel = SourceFiles.name(contentDir, file);
            if (rel.startsWith("assets/")) {
                assets.add(name);
            } else if (rel.endsWith(".md")) {
                markdown.add(file);
            } else if (SharedData.of(rel).isPresent()) {
                SharedData data = SharedData.of(rel).get();
                Diagnostics own = new Diagnostics();
                readYaml(root, file, own).ifPresent(node -> {
                    switch (data) {
                        case GLOSSARY -> glossary.addAll(GlossaryReader.read(node, name, own));
                        case PARTNERS -> partners.addAll(DataReaders.partners(node, name, own));
                        case HELPLINES -> helplines.addAll(DataReaders.helplines(node, name,
                                PhoneRules.forSite(config.isExample(), List.of()), own));
                    }
                });
                if (own.hasErrors()) unread.add(data);
                diags.addAll(own);
            } else if (isDataFile(rel)) {
                // read by the directory and plan loaders
            } else {
                diags.error(name, Pos.NONE, "unknown-file",
                        "Waymark does not know what to do with this file, so it would not be published.",
                        rel.endsWith(".yaml") ? "name YAML files with .yml" : "put images and documents in content/assets/, pages in .md files");
            }
        }
        List<Page> pages = markdown.parallelStream()
                .map(file -> readPage(root, contentDir, file, pageReader, config, diags))
                .flatMap(Optional::stream)
                .filter(p -> drafts || !p.draft())
                .sorted(Comparator.comparing(Page::path))
                .toList();
        checkPaths(pages, config.directory().api().base(), diags);
        if (pages.stream().noneMatch(p -> p.path().equals("/")) && !diags.hasErrors()) {
            diags.error("content/index.md", Pos.NONE, "home", "The site has no home page.", "create content/index.md with a title");
        }
        return new Content(config, pages, glossary, partners, helplines, assets, unread);
    }

    /**
     * Reads a page's file again after an edit, as it was read in the full build: same address, section and
     * language. Empty after reporting its errors.
     */
    public Optional<Page> reread(Path root, Page before, SiteConfig config, Diagnostics diags) {
        PageReader reader = new PageReader(yaml, config.defaultLanguage().code());
        Path file = root.resolve(before.source());
        if (Files.isSymbolicLink(file) && SourceFiles.refuseLink(root, file, diags)) return Optional.empty();
        String lang = before.lang().equals(config.defaultLanguage().code()) ? null : before.lang();
        return SourceFiles.read(root, file, diags).flatMap(text -> reader.read(before.source(), file, text, before.path(),
                before.section(), before.isSectionIndex(), lang, diags));
    }

    private static boolean isDataFile(String rel) {
        return rel.equals("helplines.yml") || rel.equals("partners.yml")
                || DATA_FILE.matcher(rel).matches();
    }

    public Optional<YNode> readYaml(Path root, Path file, Diagnostics diags) {
        String name = SourceFiles.name(root, file);
        return SourceFiles.read(root, file, diags).flatMap(text -> {
            Optional<YNode> node = yaml.read(text, name, 1, diags);
            if (node.isEmpty() && !text.isBlank()) return node;
            if (node.isEmpty()) diags.error(name, Pos.NONE, "empty", "This file is empty.", "add its content or delete the file");
            return node;
        });
    }

    private Optional<Page> readPage(Path root, Path contentDir, Path file, PageReader reader, SiteConfig config,
            Diagnostics diags) {
        String source = SourceFiles.name(root, file);
        String rel = SourceFiles.name(contentDir, file);
        String stem = rel.substring(0, rel.length() - ".md".length());
        String lang = null;
        int dot = stem.lastIndexOf('.');
        if (dot > stem.lastIndexOf('/')) {
            String suffix = stem.substring(dot + 1);
            boolean known = config.languages().stream().anyMatch(l -> l.code().equals(suffix));
            if (!known) {
                diags.error(source, Pos.NONE, "file-name", "`" + suffix + "` in the file name is not one of the site's languages.",
                        "name translations like page.ur.md after a language in site-config.yml `languages`, or remove the dot");
                return Optional.empty();
            }
            lang = suffix;
            stem = stem.substring(0, dot);
        }
        if (!FILE_NAME.matcher(stem).matches()) {
            diags.error(source, Pos.NONE, "file-name", "The file name makes a web address with spaces or symbols in it.",
                    "use lower-case letters, digits and hyphens in file and folder names, such as `staying-safe.md`");
            return Optional.empty();
        }
        boolean isIndex = stem.equals("index") || stem.endsWith("/index");
        String folder = isIndex ? stem.substring(0, Math.max(0, stem.length() - "index".length())) : stem + "/";
        String path = "/" + folder;
        if (lang != null && !lang.equals(config.defaultLanguage().code())) path = "/" + lang + path;
        String section = stem.contains("/") ? stem.substring(0, stem.indexOf('/')) : "";
        // each file is read with its own collector: counting errors in a shared one would mix up threads
        Diagnostics local = new Diagnostics();
        String finalPath = path;
        String finalLang = lang;
        Optional<Page> page = SourceFiles.read(root, file, local)
                .flatMap(t -> reader.read(source, file, t, finalPath, section, isIndex, finalLang, local));
        diags.addAll(local);
        return page;
    }

    private static void checkPaths(List<Page> pages, String apiBase, Diagnostics diags) {
        Map<String, Page> byPath = new HashMap<>();
        for (Page p : pages) {
            Page other = byPath.putIfAbsent(p.path(), p);
            if (other != null) {
                diags.error(p.source(), Pos.line(1), "duplicate-url",
                        "This page would be published at " + p.path() + ", the same address as " + other.source() + ".",
                        "rename or move one of the two files");
            }
            for (String reserved : RESERVED) {
                if (p.path().equals(reserved) || p.path().startsWith(reserved) && RESERVED_FOLDERS.contains(reserved)) {
                    diags.error(p.source(), Pos.line(1), "duplicate-url",
                            "This page would be published at " + p.path() + ", which Waymark uses for "
                                    + (reserved.equals("/_headers/") ? "the file of the site's security headers."
                                    : reserved.equals("/_redirects/") ? "the file of the API's addresses." : "a page of its own."),
                            "rename the file or move it into another folder");
                }
            }
            if (p.path().startsWith(apiBase)) {
                diags.error(p.source(), Pos.line(1), "duplicate-url", "This page would be published at " + p.path()
                        + ", inside " + apiBase + ", where the directory's Open Referral UK API is published.",
                        "move the page into another folder, or publish the API elsewhere with `directory: api: {base: …}` in site-config.yml");
            }
        }
    }

    private static List<Path> walk(Path dir, Path root, Diagnostics diags) {
        if (Files.isSymbolicLink(dir)) {
            SourceFiles.refuseLink(root, dir, diags);
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.toList();
        } catch (IOException e) {
            diags.error(SourceFiles.name(root, dir), Pos.NONE, "read", "The folder cannot be read: " + e.getMessage(), "");
            return List.of();
        }
        // the sections' folders are walked side by side; links, pipes and the like are reported, not skipped
        return entries.parallelStream()
                .flatMap(entry -> SourceFiles.files(root, entry, false, diags).stream())
                .sorted()
                .toList();
    }
}
