package org.waymark.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waymark.diag.Pos;
import org.waymark.model.Address;
import org.waymark.yaml.Fields;
import org.waymark.yaml.YList;
import org.waymark.yaml.YMap;
import org.waymark.yaml.YNode;
import org.waymark.yaml.YScalar;

/**
 * A service's address and the refuge rule: a refuge's or a confidential service's address is refused, and
 * so is a postcode or street written in any other of its fields, so it never reaches the model.
 */
final class ServiceAddress {
    private ServiceAddress() {}

    /** Reports an address on a refuge or a confidential service; nothing of it is kept. */
    static void refuse(Fields f, YNode node, boolean refuge) {
        String why = refuge ? "this service is in the refuge category" : "this service is marked `confidential: true`";
        if (node == null || node instanceof YScalar s && s.isNull()) {
            f.error(f.pos(), "refuge-address", "A refuge's address must never be published, and " + why
                    + ", so it must say `address: confidential`.", "add the line `address: confidential`");
            return;
        }
        f.error(f.keyPos("address"), "refuge-address", "A refuge's address must never be published, but " + why
                        + " and has an address here.",
                "replace the address with `address: confidential`; the service gives it only to the people who need it");
    }

    /** The address of a service that is not confidential: street, town and UK postcode; empty when it has none. */
    static Optional<Address> read(Fields f, YNode node) {
        if (node == null || node instanceof YScalar s && s.isNull()) return Optional.empty();
        if (!(node instanceof YMap)) {
            f.error(f.pos("address"), "address", "`address` should be `confidential`, or the street, town and postcode.",
                    "write `address: {street: \"1 High Street\", town: Bedford, postcode: MK40 1AA}` or `address: confidential`");
            return Optional.empty();
        }
        Optional<Fields> of = f.object("address", "an address");
        if (of.isEmpty()) return Optional.empty();
        Fields a = of.get();
        a.allow("street", "town", "postcode");
        String street = a.string("street", "").trim();
        String town = a.string("town", "").trim();
        String postcode = a.string("postcode", "").trim();
        if (!postcode.isEmpty() && !Postcodes.isPostcode(postcode)) {
            a.error(a.pos("postcode"), "postcode", "`" + postcode + "` is not a UK postcode.", "write the full postcode, such as MK40 1AA");
        }
        if (street.isEmpty() && town.isEmpty()) {
            a.error(a.pos(), "address", "The address has neither a street nor a town.", "add `street:` and `town:`, or remove the address");
        }
        return Optional.of(new Address(street, town, postcode.toUpperCase(Locale.ROOT)));
    }

    /**
     * Reports a postcode, or a house number and street, written anywhere in {@code n} (a confidential service's
     * field, or the whole service), however it is written ({@link Postcodes#findAnyhow}), at the line where it is.
     * The address itself is checked apart: it must be `confidential`.
     *
     * @param n the field's value as written, or null
     * @param name how the message names the field ("description", "translations.ur.description"), "" for the service
     */
    static void noPostcode(Fields f, YNode n, String name, List<String> lines, boolean refuge) {
        if (n instanceof YMap m) {
            for (YMap.Entry e : m.entries().values()) {
                if (name.isEmpty() && e.key().equals("address")) continue;
                noPostcode(f, e.value(), name.isEmpty() ? e.key() : name + "." + e.key(), lines, refuge);
            }
        } else if (n instanceof YList list) {
            for (YNode item : list.items()) noPostcode(f, item, name, lines, refuge);
        } else if (n instanceof YScalar s && !s.isNull()) {
            Postcodes.findAnyhow(s.text()).ifPresent(found -> f.error(locate(lines, n.pos(), found.text()), "refuge-address",
                    "`" + name + "` gives " + (found.street() ? "a street address" : "a postcode") + "; "
                            + (refuge ? "a refuge's" : "this confidential service's") + " address must never be published, and "
                            + (found.street() ? "a street and house number are" : "a postcode is") + " most of it.",
                    "remove the postcode and any street name from it, however they are written (with special spaces, "
                            + "markup or in a web address); the town is fine; say how people can arrange to meet instead"));
        }
    }

    /** Where {@code found} is written in the file, from the line of {@code from} on; {@code from} if not found. */
    static Pos locate(List<String> lines, Pos from, String found) {
        String needle = found.toLowerCase(Locale.ROOT);
        for (int i = Math.max(0, from.line() - 1); i < lines.size(); i++) {
            int at = lines.get(i).toLowerCase(Locale.ROOT).indexOf(needle);
            if (at >= 0) return new Pos(i + 1, at + 1);
        }
        // written with other digits, spaces or markup: the line whose text, read as a reader sees it, has it
        for (int i = Math.max(0, from.line() - 1); i < lines.size(); i++) {
            if (!Postcodes.normalise(lines.get(i)).toLowerCase(Locale.ROOT).contains(needle)) continue;
            int at = Postcodes.asciiDigits(lines.get(i)).toLowerCase(Locale.ROOT).indexOf(needle);
            return at >= 0 ? new Pos(i + 1, at + 1) : Pos.line(i + 1);
        }
        return from;
    }
}
