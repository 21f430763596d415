package hearth.assessment.rest;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentStatus;
import hearth.assessment.AssessmentTimeliness;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.audit.AuditTrail;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A child's assessments over HTTP, read-only, with the same record access and audit as the pages. */
@RestController
@Tag(name = "Assessments", description = "Child and family assessments")
class AssessmentApi {

    private final Assessments assessments;
    private final RecordAccess access;
    private final AuditTrail audit;

    AssessmentApi(Assessments assessments, RecordAccess access, AuditTrail audit) {
        this.assessments = assessments;
        this.access = access;
        this.audit = audit;
    }

    /** An assessment as the API shows it: dates, status, DfE factor codes, outcome and timeliness. */
    record AssessmentResource(UUID id, UUID referralId, LocalDate referralDate, AssessmentStatus status,
            LocalDate startDate, List<String> factors, AssessmentOutcome outcome, LocalDate completedOn,
            String authorisedBy, LocalDate dueDate, int workingDaysElapsed, boolean overdue) {
    }

    @GetMapping("/api/v1/children/{id}/assessments")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    @Operation(summary = "The child's assessments, latest referral first")
    List<AssessmentResource> forChild(@PathVariable UUID id) {
        access.require(id);
        audit.viewed(id, "assessments (API)");
        return assessments.forChild(id).stream().map(this::resource).toList();
    }

    private AssessmentResource resource(AssessmentView a) {
        AssessmentTimeliness t = assessments.timeliness(a);
        return new AssessmentResource(a.id(), a.referralId(), a.referralDate(), a.status(), a.startDate(),
                a.factors().stream().map(AssessmentFactor::code).toList(), a.outcome(), a.completedOn(),
                a.authorisedBy(), t.dueDate(), t.workingDaysElapsed(), t.overdue());
    }
}
