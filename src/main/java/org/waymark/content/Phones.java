package org.waymark.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.model.Phone;
import org.waymark.phone.PhoneParse;
import org.waymark.phone.UkPhoneNumbers;
import org.waymark.yaml.Fields;

/** Reads the phone numbers of a helpline or service, each checked as a UK number. */
public final class Phones {
    private Phones() {}

    /** The {@code phones} list of {@code f}; an invalid number is reported with its line. */
    public static List<Phone> read(Fields f, String key) {
        List<Phone> out = new ArrayList<>();
        for (Fields p : f.objects(key, "a phone number")) {
            p.allow("number", "label", "hours", "free", "text");
            Optional<String> written = p.required("number");
            Optional<Boolean> free = p.bool("free");
            if (written.isEmpty()) continue;
            PhoneParse parsed = UkPhoneNumbers.parse(written.get());
            if (parsed instanceof PhoneParse.Invalid bad) {
                p.error(p.pos("number"), "phone", bad.message(), bad.hint());
                continue;
            }
            out.add(new Phone(((PhoneParse.Valid) parsed).number(), p.string("label", ""), p.string("hours", ""),
                    free.orElse(null), p.string("text", "")));
        }
        return out;
    }
}
