package hearth.fostering;

import hearth.fostering.domain.SgAssessment;
import hearth.fostering.domain.SgAssessmentRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API for special guardianship assessments (reference 1.12): the report is due 3 months after the
 * applicant's notice (SG1), or on the date the court directs (SG2); the support plan goes with it.
 */
@Service
public class SpecialGuardianship {

    /** The s14A(8) report after notice of intention to apply. */
    public static final String REPORT_RULE = "special-guardianship-report";

    private final SgAssessmentRepository assessments;
    private final Duties duties;
    private final Obligations obligations;
    private final Clock clock;

    SpecialGuardianship(SgAssessmentRepository assessments, Duties duties, Obligations obligations, Clock clock) {
        this.assessments = assessments;
        this.duties = duties;
        this.obligations = obligations;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    /**
     * Starts an assessment on notice ({@code courtDue} null: due 3 months later) or on the court's direction
     * ({@code courtDue} is the date the court set).
     */
    @Transactional
    public SpecialGuardianshipView start(UUID childId, String applicant, LocalDate noticeOn, LocalDate courtDue) {
        SgAssessment a = new SgAssessment(childId, applicant, noticeOn, courtDue, today(), CurrentUser.username(),
                clock.instant());
        LocalDate due = a.view().dueOn();
        a.obligation(duties.open(childId, REPORT_RULE, due.minusMonths(3),
                courtDue == null ? "Notice of intention to apply for special guardianship"
                        : "The court directed a special guardianship report by " + due));
        assessments.save(a);
        return a.view();
    }

    @Transactional
    public SpecialGuardianshipView complete(UUID id, long seenVersion, LocalDate completedOn, String recommendation) {
        SgAssessment a = seen(require(id), seenVersion);
        a.complete(completedOn, recommendation, today());
        if (a.getObligationId() != null) {
            obligations.find(a.getObligationId()).filter(o -> o.state().isOpen()).ifPresent(o -> obligations
                    .satisfy(o.id(), completedOn.atStartOfDay(Due.LONDON).toInstant(), "Report completed"));
        }
        assessments.flush();
        return a.view();
    }

    @Transactional
    public SpecialGuardianshipView supportPlan(UUID id, long seenVersion, LocalDate agreedOn, String plan) {
        SgAssessment a = seen(require(id), seenVersion);
        a.supportPlan(agreedOn, plan, today());
        assessments.flush();
        return a.view();
    }

    @Transactional(readOnly = true)
    public Optional<SpecialGuardianshipView> find(UUID id) {
        return assessments.findById(id).map(SgAssessment::view);
    }

    @Transactional(readOnly = true)
    public List<SpecialGuardianshipView> forChild(UUID childId) {
        return assessments.findByChildIdAndVoidedFalseOrderByNoticeOnDesc(childId).stream().map(SgAssessment::view)
                .toList();
    }

    private SgAssessment require(UUID id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("Special guardianship assessment"));
    }

    private static SgAssessment seen(SgAssessment a, long seenVersion) {
        if (a.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(SgAssessment.class, "seen version " + seenVersion);
        }
        return a;
    }
}
