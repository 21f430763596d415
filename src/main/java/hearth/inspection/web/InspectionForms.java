package hearth.inspection.web;

import hearth.inspection.ActionDetails;
import hearth.inspection.ImprovementStatus;
import hearth.inspection.ImprovementPlan;
import hearth.inspection.Inspections;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Map;

/** Reading the inspection pages' forms: dates from GOV.UK date inputs, enum choices, an action's details. */
final class InspectionForms {

    static final int MAX_LINE = Inspections.MAX_TEXT;

    private InspectionForms() {
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    /** A date field: null (and an error when required) if left blank; an error if not a real date. */
    static LocalDate date(Map<String, String> form, String field, boolean required, FormErrors errors) {
        DateParts parts = parts(form, field);
        DateParts.Problem problem = parts.problem();
        if (problem == DateParts.Problem.MISSING) {
            if (required) {
                errors.reject(field, "inspection.error." + field);
            }
            return null;
        }
        if (problem != null) {
            errors.reject(field, "inspection.error.date");
            return null;
        }
        return parts.toDate();
    }

    static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type, boolean required,
            FormErrors errors) {
        String value = form.getOrDefault(field, "");
        if (value.isBlank()) {
            if (required) {
                errors.reject(field, "inspection.error." + field);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, "inspection.error." + field);
            return null;
        }
    }

    static ActionDetails action(Map<String, String> form, FormErrors errors) {
        String title = errors.text(form, "title", MAX_LINE, true, "inspection.error", "inspection.error.tooLong");
        String owner = errors.text(form, "owner", 200, true, "inspection.error", "inspection.error.tooLong");
        LocalDate due = date(form, "dueDate", true, errors);
        ImprovementStatus status = choice(form, "status", ImprovementStatus.class, true, errors);
        String evidence = errors.text(form, "evidence", ImprovementPlan.MAX_EVIDENCE, false, "inspection.error",
                "inspection.error.tooLong");
        return new ActionDetails(title, owner, due, status, evidence);
    }

    static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }
}
