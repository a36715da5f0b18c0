package org.waymark.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waymark.model.Address;
import org.waymark.model.Service;

/**
 * {@code /data/services.csv}: one row per service, for a spreadsheet. A confidential service's address is
 * written as "confidential".
 */
public final class ServicesCsv {
    static final List<String> COLUMNS = List.of("id", "name", "organisation", "categories", "areas", "for", "phones",
            "email", "website", "address", "last_verified");

    private ServicesCsv() {}

    /**
     * A cell a spreadsheet will show as text, never run as a formula: one that starts with =, +, -, @, a
     * tab or a carriage return gets an apostrophe in front (the OWASP advice for CSV injection).
     */
    static String inert(String cell) {
        if (cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    public static String csv(List<Service> services) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) schema.addColumn(c);
        List<List<String>> rows = new ArrayList<>();
        for (Service s : services) {
            rows.add(Stream.of(
                    s.id(),
                    s.name(),
                    s.organisation().name(),
                    String.join("; ", s.categories()),
                    String.join("; ", s.areas()),
                    String.join("; ", s.groups()),
                    s.phones().stream().map(p -> p.label().isEmpty() ? p.written() : p.written() + " (" + p.label() + ")")
                            .collect(Collectors.joining("; ")),
                    s.email(),
                    s.website(),
                    s.confidential() ? "confidential" : s.address().map(Address::oneLine).orElse(""),
                    s.lastVerified().map(Object::toString).orElse("")).map(ServicesCsv::inert).toList());
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the directory's CSV", e);
        }
    }
}
