package hearth.adoption.web;

import hearth.adoption.AdopterDetails;
import hearth.adoption.AdopterDisability;
import hearth.adoption.AdopterGender;
import hearth.adoption.AdopterLegalStatus;
import hearth.adoption.AdopterPerson;
import hearth.people.Ethnicity;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the adopters' details form (number, legal status, then each adopter's sex or gender, ethnicity and
 * disability; the second adopter only for a couple), naming the field at fault when the answers do not fit.
 */
final class AdopterDetailsForm {

    private AdopterDetailsForm() {
    }

    /** The details as typed, or null with errors on the form. */
    static AdopterDetails read(AdoptionForm form) {
        Integer count = form.number("adoptersCount", 1, 2);
        AdopterLegalStatus status = form.choice(AdopterLegalStatus.class, "legalStatus");
        AdopterPerson first = person(form, "first");
        AdopterPerson second = count != null && count == 2 ? person(form, "second") : null;
        if (form.errors.any()) {
            return null;
        }
        AdopterDetails details = new AdopterDetails(count, status, first, second);
        String problem = details.problem();
        if (problem != null) {
            form.errors.reject(problem.equals("adopterSexes") ? "secondGender" : "legalStatus",
                    "adoption.rule." + problem);
            return null;
        }
        return details;
    }

    private static AdopterPerson person(AdoptionForm form, String who) {
        return new AdopterPerson(form.choice(AdopterGender.class, who + "Gender"),
                form.choice(Ethnicity.class, who + "Ethnicity"),
                form.choice(AdopterDisability.class, who + "Disability"));
    }

    /** The form's starting values from what is recorded (empty when nothing is). */
    static Map<String, String> values(AdopterDetails details) {
        Map<String, String> values = new HashMap<>();
        if (details == null) {
            return values;
        }
        values.put("adoptersCount", String.valueOf(details.adopters()));
        values.put("legalStatus", details.legalStatus().name());
        put(values, "first", details.first());
        put(values, "second", details.second());
        return values;
    }

    private static void put(Map<String, String> values, String who, AdopterPerson p) {
        if (p == null) {
            return;
        }
        values.put(who + "Gender", p.gender() == null ? null : p.gender().name());
        values.put(who + "Ethnicity", p.ethnicity() == null ? null : p.ethnicity().name());
        values.put(who + "Disability", p.disability() == null ? null : p.disability().name());
    }
}
