package org.waymark.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.plans.PlanFixtures.AS_OF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.waymark.build.Build;
import org.xml.sax.InputSource;

/** The plan as CSV and JSON, and the Atom feed of report rounds. */
class PlanExportsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    private PlanSite site;

    @BeforeEach
    void build() {
        site = PlanSite.create(dir, PlanFixtures.TWO_ROUNDS + PlanFixtures.SECOND_PLAN);
        Build.Result result = site.build(AS_OF);
        assertThat(result.ok()).as(PlanSite.report(result)).isTrue();
    }

    @Test
    void csvHasOneRowPerActionWithItsLatestStatusAndNote() throws Exception {
        String csv = site.file("/plans/2024-25/plan.csv");
        assertThat(csv).startsWith("\uFEFF");

        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new StringReader(csv.substring(1)))) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).extracting(r -> r.get("ref")).containsExactly("1.1", "1.2", "2.1");
        assertThat(rows.get(0)).containsEntry("status", "overdue").containsEntry("reported_status", "green")
                .containsEntry("theme", "Safety").containsEntry("last_updated", "2024-09-30")
                .containsEntry("status_note", "Building purchase agreed.");
        assertThat(rows.get(0).get("milestones")).contains("Building bought (due 2024-06; overdue)");
        assertThat(rows.get(1).get("leads")).isEqualTo("Example Police\nHousing Options Team");
        assertThat(rows.get(0).keySet()).containsSubsequence("ref", "theme", "title", "leads", "by", "resources", "milestones",
                "outcomes", "measures", "status", "status_note", "last_updated");
    }

    @Test
    void jsonHasEveryThemeActionAndReportRound() throws Exception {
        JsonNode json = new ObjectMapper().readTree(site.file("/plans/2024-25/plan.json"));

        assertThat(json.get("title").asText()).isEqualTo("Test action plan 2024-25");
        assertThat(json.get("as_of").asText()).isEqualTo("2024-10-15");
        assertThat(json.get("themes")).hasSize(2);
        JsonNode first = json.get("themes").get(0).get("actions").get(0);
        assertThat(first.get("ref").asText()).isEqualTo("1.1");
        assertThat(first.get("status").asText()).isEqualTo("overdue");
        assertThat(first.get("url").asText()).isEqualTo("https://example.org/plans/2024-25/actions/1-1/");
        assertThat(first.get("leads").get(0).get("id").asText()).isEqualTo("council");
        assertThat(first.get("history")).hasSize(2);
        assertThat(json.get("reports")).hasSize(2);
    }

    @Test
    void atomFeedParsesAndHasOneEntryPerReportRoundAcrossPlans() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(site.file("/plans/feed.xml"))));

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).isEqualTo("https://example.org/plans/feed.xml");
        assertThat(child(root, "title")).isNotBlank();
        assertThat(child(root, "updated")).isEqualTo("2024-09-30T00:00:00Z");
        assertThat(links(root, "self")).containsExactly("https://example.org/plans/feed.xml");

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            ids.add(child(e, "id"));
            assertThat(child(e, "title")).isNotBlank();
            assertThat(child(e, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
            assertThat(links(e, "alternate")).containsExactly(child(e, "id"));
            assertThat(e.getElementsByTagNameNS(ATOM, "content").getLength()).isEqualTo(1);
        }
        assertThat(ids).containsExactly("https://example.org/plans/2024-25/reports/2024-09-30/",
                "https://example.org/plans/2024-25/reports/2024-06-30/", "https://example.org/plans/2023-24/reports/2024-03-31/");
        Element newest = (Element) entries.item(0);
        assertThat(child(newest, "content")).contains("Status changes", "Train officers", "At risk → Off track");
        Element withSummary = (Element) entries.item(1);
        assertThat(child(withSummary, "summary")).isEqualTo("A good first quarter.");
    }

    @Test
    void planPagesLinkToTheFeedInTheirHead() {
        for (String path : List.of("/plans/", "/plans/2024-25/", "/plans/2024-25/1/", "/plans/2024-25/actions/1-1/",
                "/plans/2024-25/reports/2024-06-30/", "/plans/2024-25/print/", "/plans/2024-25/partners/police/")) {
            assertThat(site.page(path).select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                    .as(path).isEqualTo("/plans/feed.xml");
        }
    }

    private static String child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) return list.item(i).getTextContent();
        }
        return null;
    }

    private static List<String> links(Element parent, String rel) {
        List<String> out = new ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < list.getLength(); i++) {
            Element l = (Element) list.item(i);
            if (l.getParentNode() == parent && l.getAttribute("rel").equals(rel)) out.add(l.getAttribute("href"));
        }
        return out;
    }
}
