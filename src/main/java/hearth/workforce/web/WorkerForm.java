package hearth.workforce.web;

import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.workforce.ProfileChange;
import hearth.workforce.WorkerProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The worker profile form as typed: read into a {@link ProfileChange} or errors, keeping everything typed. */
final class WorkerForm {

    private WorkerForm() {
    }

    static Map<String, String> of(WorkerProfile p) {
        Map<String, String> form = new HashMap<>();
        form.put("jobTitle", p.jobTitle());
        form.put("roleLabel", nz(p.roleLabel()));
        form.put("qualification", nz(p.qualification()));
        form.put("registrationNumber", nz(p.registrationNumber()));
        form.put("contract", p.agency() ? "AGENCY" : "PERMANENT");
        form.put("fte", p.fte() == null ? "1.00" : p.fte().toPlainString());
        put(form, "startedOn", p.startedOn());
        put(form, "newlyQualifiedUntil", p.newlyQualifiedUntil());
        put(form, "leftOn", p.leftOn());
        form.put("leavingReason", nz(p.leavingReason()));
        form.put("version", String.valueOf(p.version()));
        return form;
    }

    /** The date parts of each named field as typed, for the date inputs. */
    static Map<String, DateParts> dates(Map<String, String> form, String... fields) {
        Map<String, DateParts> dates = new HashMap<>();
        for (String f : fields) {
            dates.put(f, parts(form, f));
        }
        return dates;
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    /** A date field: null when blank and optional; rejected when not a real date. */
    static LocalDate date(Map<String, String> form, String field, boolean required, FormErrors errors) {
        DateParts parts = parts(form, field);
        DateParts.Problem problem = parts.problem();
        if (problem == DateParts.Problem.MISSING && !required) {
            return null;
        }
        if (problem != null) {
            errors.reject(field, "worker.error." + field);
            return null;
        }
        return parts.toDate();
    }

    static ProfileChange read(Map<String, String> form, FormErrors errors) {
        String jobTitle = errors.text(form, "jobTitle", 100, true, "worker.error", "worker.error.tooLong");
        String roleLabel = errors.text(form, "roleLabel", 100, false, "worker.error", "worker.error.tooLong");
        String qualification = errors.text(form, "qualification", 200, false, "worker.error", "worker.error.tooLong");
        String number = form.getOrDefault("registrationNumber", "").strip().toUpperCase(java.util.Locale.ROOT);
        if (!ProfileChange.validRegistration(number)) {
            errors.reject("registrationNumber", "worker.error.registrationNumber");
        }
        String contract = form.getOrDefault("contract", "");
        if (!contract.equals("AGENCY") && !contract.equals("PERMANENT")) {
            errors.reject("contract", "worker.error.contract");
        }
        BigDecimal fte = null;
        try {
            fte = new BigDecimal(form.getOrDefault("fte", "").strip());
            if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.scale() > 2) {
                fte = null;
            }
        } catch (NumberFormatException e) {
            fte = null;
        }
        if (fte == null) {
            errors.reject("fte", "worker.error.fte");
        }
        LocalDate started = date(form, "startedOn", true, errors);
        LocalDate nqUntil = date(form, "newlyQualifiedUntil", false, errors);
        return new ProfileChange(jobTitle, roleLabel, qualification, number.isEmpty() ? null : number,
                contract.equals("AGENCY"), fte, started, nqUntil);
    }

    private static void put(Map<String, String> form, String field, LocalDate date) {
        DateParts parts = DateParts.of(date);
        form.put(field + "Day", parts.day());
        form.put(field + "Month", parts.month());
        form.put(field + "Year", parts.year());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
