package hearth.people.web;

import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.NhsNumber;
import hearth.people.PersonDetails;
import hearth.people.Sex;
import hearth.people.Upn;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Checks a person form and reads it into details; every problem gets a field and a message. */
public final class PersonForms {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 100;

    private PersonForms() {
    }

    public static PersonDetails read(PersonForm f, FormErrors errors, LocalDate today) {
        String first = required(f.getFirstName(), "firstName", errors);
        String last = required(f.getLastName(), "lastName", errors);
        String middle = optional(f.getMiddleNames(), "middleNames", 200, errors);
        LocalDate dob = null;
        LocalDate edd = null;
        if (f.isUnborn()) {
            edd = date(f.edd(), "edd", errors);
            if (edd != null && (edd.isBefore(today.minusMonths(1)) || edd.isAfter(today.plusMonths(10)))) {
                errors.reject("edd", "person.error.edd.range");
            }
        } else {
            dob = date(f.dob(), "dob", errors);
            if (dob != null && dob.isAfter(today)) {
                errors.reject("dob", "person.error.dob.future");
            } else if (dob != null && dob.isBefore(today.minusYears(120))) {
                errors.reject("dob", "person.error.dob.past");
            }
        }
        Sex sex = f.isUnborn() ? Sex.U : enumOf(Sex.class, f.getSex(), "sex", errors, true);
        Ethnicity ethnicity = enumOf(Ethnicity.class, f.getEthnicity(), "ethnicity", errors, false);
        Set<Disability> disabilities = EnumSet.noneOf(Disability.class);
        for (String code : f.getDisabilities()) {
            Disability d = enumOf(Disability.class, code, "disabilities", errors, false);
            if (d != null) {
                disabilities.add(d);
            }
        }
        if (disabilities.contains(Disability.NONE) && disabilities.size() > 1) {
            errors.reject("disabilities", "person.error.disabilities.none");
        }
        String nhs = NhsNumber.normalise(f.getNhsNumber());
        if (nhs != null && !NhsNumber.isValid(nhs)) {
            errors.reject("nhsNumber", "person.error.nhsNumber");
        }
        String upn = Upn.normalise(f.getUpn());
        if (upn != null && !Upn.isValid(upn)) {
            errors.reject("upn", Upn.isWellFormed(upn) ? "person.error.upn.checkLetter" : "person.error.upn.shape");
        }
        return new PersonDetails(first, middle, last, dob, edd, sex, optional(f.getGender(), "gender", MAX_TEXT, errors),
                ethnicity, optional(f.getFirstLanguage(), "firstLanguage", MAX_TEXT, errors),
                optional(f.getReligion(), "religion", MAX_TEXT, errors), disabilities, nhs, upn,
                optional(f.getImmigrationStatus(), "immigrationStatus", MAX_TEXT, errors), "yes".equals(f.getUasc()));
    }

    private static String required(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            errors.reject(field, "person.error." + field + ".required");
            return "";
        }
        if (value.strip().length() > MAX_NAME) {
            errors.reject(field, "person.error." + field + ".long");
        }
        return value.strip();
    }

    private static String optional(String value, String field, int max, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            errors.reject(field, "person.error.tooLong");
        }
        return value.strip();
    }

    private static LocalDate date(DateParts parts, String field, FormErrors errors) {
        DateParts.Problem problem = parts.problem();
        if (problem != null) {
            errors.reject(field, "person.error." + field + "." + problem.name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        return parts.toDate();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, FormErrors errors,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.reject(field, "person.error." + field + ".required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, "person.error." + field + ".unknown");
            return null;
        }
    }
}
