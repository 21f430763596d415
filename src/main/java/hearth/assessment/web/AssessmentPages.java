package hearth.assessment.web;

import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.timescales.Due;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every assessment page does first: find the assessment, open the child's record (or refuse), log the view. */
@Component
class AssessmentPages {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final Assessments assessments;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    AssessmentPages(Assessments assessments, People people, RecordAccess access, AuditTrail audit) {
        this.assessments = assessments;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    /** The assessment, once the user may open the child's record; unknown ids are 404. */
    AssessmentView open(UUID id) {
        AssessmentView assessment = assessments.find(id).orElseThrow(() -> new NotFoundException("Assessment"));
        access.require(assessment.childId());
        return assessment;
    }

    /** Puts the assessment, child, form and errors on the model and logs the view of the child's record. */
    void show(Model model, AssessmentView assessment, Map<String, ?> form, FormErrors errors) {
        PersonSummary child = people.find(assessment.childId()).orElseThrow(() -> new NotFoundException("Child"));
        audit.viewed(assessment.childId(), "assessment");
        model.addAttribute("assessment", assessment);
        model.addAttribute("child", child);
        model.addAttribute("timeliness", assessments.timeliness(assessment));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("submittedAt", when(assessment.submittedAt()));
        model.addAttribute("authorisedAt", when(assessment.authorisedAt()));
        model.addAttribute("returnedAt", when(assessment.returnedAt()));
    }

    static String when(Instant at) {
        return at == null ? null : WHEN.format(at.atZone(Due.LONDON));
    }

    static boolean can(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }

    static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "assessment.error", "assessment.error.tooLong");
    }

    static Boolean yesNo(String value, String field, FormErrors errors) {
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        errors.reject(field, "assessment.error." + field);
        return null;
    }
}
