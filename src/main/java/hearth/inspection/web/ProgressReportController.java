package hearth.inspection.web;

import hearth.audit.AuditTrail;
import hearth.inspection.ImprovementPlan;
import hearth.inspection.InspectionView;
import hearth.inspection.Inspections;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The committee's progress report on an inspection's improvement plan, as a PDF download; each one made is logged. */
@Controller
class ProgressReportController {

    static final String AUDITED_AS = "improvement plan progress report (PDF)";

    private final Inspections inspections;
    private final ImprovementPlan plan;
    private final ProgressReportPdf pdf;
    private final AuditTrail audit;

    ProgressReportController(Inspections inspections, ImprovementPlan plan, ProgressReportPdf pdf, AuditTrail audit) {
        this.inspections = inspections;
        this.plan = plan;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/inspections/{id}/progress-report.pdf")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        InspectionView inspection = inspections.find(id).orElseThrow(() -> new NotFoundException("Inspection"));
        byte[] body = pdf.render(inspection, plan.planFor(inspection), plan::measure, plan.today());
        audit.exported(id, AUDITED_AS);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("improvement-plan-progress-" + plan.today() + ".pdf").build().toString())
                .body(body);
    }
}
