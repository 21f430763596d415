package hearth.carehealth.web;

import hearth.carehealth.CareHealthKind;
import hearth.carehealth.CareHealthOutcome;
import hearth.carehealth.NewCareHealthRecord;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a health, education or advocacy form into a record, rejecting each bad field with its own message. */
@Component
class CareHealthForm {

    private final Clock clock;

    CareHealthForm(Clock clock) {
        this.clock = clock;
    }

    NewCareHealthRecord read(CareHealthKind kind, Map<String, String> form, LocalDate dateOfBirth, FormErrors errors) {
        LocalDate date = date(form, dateOfBirth, errors);
        if (!errors.has("entryDate") && hearth.carehealth.CareHealth.tooYoung(kind, dateOfBirth, date)) {
            errors.reject("entryDate", "carehealth.error.tooYoung." + kind.name());
        }
        String byWhom = errors.text(form, "byWhom", CareHealthController.MAX_SHORT, true, "carehealth.error",
                "carehealth.error.tooLong");
        Integer score = kind.takesScore() ? score(form.getOrDefault("score", "").strip(), errors) : null;
        CareHealthOutcome outcome = null;
        if (!kind.outcomes().isEmpty()) {
            outcome = kind.outcomes().stream().filter(o -> o.name().equals(form.get("outcome"))).findFirst()
                    .orElse(null);
            if (outcome == null) {
                errors.reject("outcome", "carehealth.error.outcome." + kind.name());
            }
        }
        String detail = errors.text(form, "detail", CareHealthController.MAX_TEXT, kind.needsDetail(),
                "carehealth.error.detail", "carehealth.error.tooLong");
        Boolean offered = null;
        Boolean received = null;
        if (outcome == CareHealthOutcome.IDENTIFIED) {
            offered = yesNo(form.get("interventionOffered"), "interventionOffered", errors);
            received = yesNo(form.get("interventionReceived"), "interventionReceived", errors);
            if (Boolean.FALSE.equals(offered) && Boolean.TRUE.equals(received)) {
                errors.reject("interventionReceived", "carehealth.error.receivedNotOffered");
            }
        }
        return new NewCareHealthRecord(kind, date, byWhom, score, outcome, detail, offered, received);
    }

    private LocalDate date(Map<String, String> form, LocalDate dateOfBirth, FormErrors errors) {
        DateParts parts = new DateParts(form.getOrDefault("entryDateDay", ""), form.getOrDefault("entryDateMonth", ""),
                form.getOrDefault("entryDateYear", ""));
        if (parts.problem() != null) {
            errors.reject("entryDate", "carehealth.error.date");
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(LocalDate.now(clock.withZone(Due.LONDON)))) {
            errors.reject("entryDate", "carehealth.error.dateFuture");
        } else if (dateOfBirth != null && date.isBefore(dateOfBirth)) {
            errors.reject("entryDate", "carehealth.error.dateBeforeBirth");
        }
        return date;
    }

    private static Integer score(String value, FormErrors errors) {
        try {
            int score = Integer.parseInt(value);
            if (score >= 0 && score <= 40) {
                return score;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        errors.reject("score", "carehealth.error.score");
        return null;
    }

    private static Boolean yesNo(String value, String field, FormErrors errors) {
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        errors.reject(field, "carehealth.error." + field);
        return null;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }
}
