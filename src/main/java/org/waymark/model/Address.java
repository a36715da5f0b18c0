package org.waymark.model;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public address of a service that may publish one. A refuge or a confidential service never has one:
 * {@link Service} refuses it.
 *
 * @param street the street and number, or ""
 * @param town the town, or ""
 * @param postcode the postcode, or ""
 */
public record Address(String street, String town, String postcode) {
    /** The address on one line: "1 Example Street, Bedford, MK40 9ZA". */
    public String oneLine() {
        return Stream.of(street, town, postcode).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    /** Whether the address has a street, a town and a postcode. */
    public boolean complete() {
        return !street.isBlank() && !town.isBlank() && !postcode.isBlank();
    }
}
