package org.waymark.export;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The site map for search engines ({@code sitemap.xml}, sitemaps.org 0.9): every page's address, and the
 * addresses of its versions in the site's other languages.
 */
public final class Sitemap {
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Sitemap() {}

    /**
     * A page of the site.
     *
     * @param loc its absolute address
     * @param versions the page in each language of the site, itself among them; listed only when there are two or more
     */
    public record Url(String loc, List<Version> versions) {
        public Url {
            versions = List.copyOf(versions);
        }
    }

    /** A page in one language: the language's code and the page's absolute address. */
    public record Version(String lang, String href) {}

    /** The site map of {@code urls}, in their order. */
    public static String xml(List<Url> urls) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(SITEMAP);
            x.writeNamespace("xhtml", XHTML);
            x.writeCharacters("\n");
            for (Url url : urls) {
                x.writeCharacters("  ");
                x.writeStartElement("url");
                x.writeStartElement("loc");
                text(x, url.loc());
                x.writeEndElement();
                if (url.versions().size() > 1) {
                    for (Version v : url.versions()) {
                        x.writeCharacters("\n    ");
                        x.writeEmptyElement("xhtml", "link", XHTML);
                        x.writeAttribute("rel", "alternate");
                        x.writeAttribute("hreflang", v.lang());
                        x.writeAttribute("href", v.href());
                    }
                    x.writeCharacters("\n");
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the site map could not be written", e);
        }
        return out + "\n";
    }

    /** Text, with quotes written as the site's HTML escaper writes them (StAX leaves them as they are in text). */
    private static void text(XMLStreamWriter x, String s) throws XMLStreamException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '"' && c != '\'') continue;
            x.writeCharacters(s.substring(from, i));
            x.writeEntityRef(c == '"' ? "quot" : "#39");
            from = i + 1;
        }
        x.writeCharacters(s.substring(from));
    }
}
