package org.waymark.export;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An Atom 1.0 feed, written with one element a line. */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * The feed.
     *
     * @param self the feed's own address, which is also its id
     * @param alternate the address of the page the feed follows
     * @param entries in the order the feed lists them
     */
    public record Feed(String title, String subtitle, String self, String alternate, String author, LocalDate updated,
            List<Entry> entries) {
        public Feed {
            entries = List.copyOf(entries);
        }
    }

    /**
     * An entry of the feed.
     *
     * @param url the address of the entry's page, which is also its id
     * @param summary plain text
     * @param html the content, as HTML (escaped into the feed by the XML writer)
     */
    public record Entry(String title, String url, LocalDate updated, String summary, String html) {}

    public static String write(Feed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "title", feed.title());
            text(x, "subtitle", feed.subtitle());
            text(x, "id", feed.self());
            text(x, "updated", timestamp(feed.updated()));
            link(x, "self", "application/atom+xml", feed.self());
            link(x, "alternate", "text/html", feed.alternate());
            x.writeCharacters("\n  ");
            x.writeStartElement(ATOM, "author");
            text(x, "name", feed.author());
            x.writeCharacters("\n  ");
            x.writeEndElement();
            for (Entry e : feed.entries()) entry(x, e);
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
        return out + "\n";
    }

    private static void entry(XMLStreamWriter x, Entry e) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeStartElement(ATOM, "entry");
        text(x, "title", e.title());
        text(x, "id", e.url());
        text(x, "updated", timestamp(e.updated()));
        link(x, "alternate", "text/html", e.url());
        x.writeCharacters("\n  ");
        x.writeStartElement(ATOM, "summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(e.summary());
        x.writeEndElement();
        x.writeCharacters("\n  ");
        x.writeStartElement(ATOM, "content");
        x.writeAttribute("type", "html");
        x.writeCharacters(e.html());
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement(ATOM, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement(ATOM, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
