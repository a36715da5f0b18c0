package org.waymark.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.waymark.model.Phone;
import org.waymark.phone.PhoneNumber;
import org.waymark.phone.PhoneParse;
import org.waymark.phone.UkPhoneNumbers;
import org.waymark.phone.PhoneRules;
import org.waymark.yaml.Fields;

/** Reads the phone numbers of a helpline or service, each judged by the site's phone rules where it is written. */
public final class Phones {
    private Phones() {}

    /**
     * The {@code phones} list of {@code f}, each number judged as {@code use}; a problem is reported at the number's
     * line and column, and a {@code free: true} that is not so at the line of {@code free}. A number that is no UK
     * number is left out.
     */
    public static List<Phone> read(Fields f, String key, PhoneRules rules, PhoneRules.Use use) {
        List<Phone> out = new ArrayList<>();
        for (Fields p : f.objects(key, "a phone number")) {
            p.allow("number", "label", "hours", "free", "text");
            Optional<String> written = p.required("number");
            Optional<Boolean> free = p.bool("free");
            if (written.isEmpty()) continue;
            PhoneRules.Judged judged = rules.read(written.get(), use);
            report(p, "number", judged.problems());
            if (judged.number().isEmpty()) continue;
            PhoneNumber number = judged.number().get();
            if (free.orElse(false)) report(p, "free", rules.free(number).stream().toList());
            out.add(new Phone(number, p.string("label", ""), p.string("hours", ""), free.orElse(null), p.string("text", "")));
        }
        return out;
    }

    /** The phone rules of the site {@code content} is of: a page on an example site may link its national helplines. */
    public static PhoneRules rules(Content content) {
        return PhoneRules.forSite(content.config().isExample(), content.helplines().stream()
                .filter(h -> h.scope().equals("national")).flatMap(h -> h.phones().stream()).map(Phone::number).toList());
    }

    /**
     * The {@code tel:} links of the numbers of the site's data files (its helplines, {@code services}, its contact
     * number): judged where they were written, so a page that shows them need not report them again.
     */
    public static Set<String> tels(Content content, Collection<Phone> services) {
        Set<String> out = new HashSet<>();
        content.helplines().forEach(h -> h.phones().forEach(p -> out.add(p.tel())));
        services.forEach(p -> out.add(p.tel()));
        if (UkPhoneNumbers.parse(content.config().accessibility().contactPhone()) instanceof PhoneParse.Valid v) {
            out.add(v.number().tel());
        }
        return out;
    }

    /** Reports each of {@code problems} at the value of {@code key}. */
    public static void report(Fields f, String key, List<PhoneRules.Problem> problems) {
        for (PhoneRules.Problem problem : problems) {
            if (problem.error()) f.error(f.pos(key), "phone", problem.message(), problem.hint());
            else f.warning(f.pos(key), "phone", problem.message(), problem.hint());
        }
    }
}
