package org.waymark.directory;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.waymark.content.DataReaders;
import org.waymark.content.Phones;
import org.waymark.model.Phone;
import org.waymark.phone.PhoneRules;
import org.waymark.yaml.Fields;

/** A service's ways to get in touch, as its {@code contact:} block gives them. */
record ServiceContact(List<Phone> phones, String email, String website) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+");

    ServiceContact {
        phones = List.copyOf(phones);
    }

    /** The {@code contact:} block; a service without a phone, an email or a website is an error. */
    static ServiceContact read(Fields f, PhoneRules rules) {
        Optional<Fields> c = f.object("contact", "the contact details");
        if (c.isEmpty()) {
            if (!f.has("contact")) {
                f.error(f.pos(), "required", "A service needs a way to get in touch: it has no `contact`.",
                        "add `contact:` with `phones:`, `email:` or `website:`");
            }
            return new ServiceContact(List.of(), "", "");
        }
        Fields contact = c.get();
        contact.allow("phones", "email", "website");
        List<Phone> phones = Phones.read(contact, "phones", rules, PhoneRules.Use.LOCAL);
        String email = contact.string("email", "").trim();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            contact.error(contact.pos("email"), "email", "`" + email + "` is not an email address.",
                    "write it as name@example.org, without mailto: or spaces");
        }
        String website = contact.string("website", "").trim();
        if (!website.isEmpty()) DataReaders.checkWebsite(contact, "website", website);
        if (!contact.has("phones") && email.isEmpty() && website.isEmpty()) {
            contact.error(contact.pos(), "required", "A service needs a way to get in touch: `contact` has no phone, email or website.",
                    "add `phones:`, `email:` or `website:` under `contact:`");
        }
        return new ServiceContact(phones, email, website);
    }
}
