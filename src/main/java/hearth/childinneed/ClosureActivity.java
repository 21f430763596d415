package hearth.childinneed;

import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryView;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Whether an episode of need has had a child in need plan, a section 47 enquiry or a child protection plan. Such an
 * episode cannot close as RC8 ("case closed after assessment, no further action") or RC9 ("closed after assessment,
 * referred to early help"): those say the assessment was the last thing that happened, and the DfE rejects the
 * census (rule 2990) when they follow further activity. Nor can an episode the census will report with an
 * assessment, a plan or an enquiry close without its primary need (rule 8610): once closed, it cannot be recorded.
 */
@Component
public class ClosureActivity {

    private final ChildrenInNeed childrenInNeed;
    private final ChildProtection protection;
    private final Assessments assessments;

    ClosureActivity(@Lazy ChildrenInNeed childrenInNeed, ChildProtection protection, Assessments assessments) {
        this.childrenInNeed = childrenInNeed;
        this.protection = protection;
        this.assessments = assessments;
    }

    /**
     * True when the episode has no primary need yet but is not a referral with no further action: it had an
     * assessment (started), a child in need plan, a section 47 enquiry or a child protection plan, so the CIN census
     * reports it and needs its primary need (DfE rule 8610).
     */
    public boolean missingPrimaryNeed(EpisodeView episode) {
        return episode.primaryNeed() == null && (assessed(episode) || wentFurther(episode));
    }

    /** True when {@code reason} says the episode ended at its assessment but the episode went further. */
    public boolean refuses(EpisodeView episode, ClosureReason reason) {
        return (reason == ClosureReason.RC8 || reason == ClosureReason.RC9) && wentFurther(episode);
    }

    /** A CIN plan on the episode, or an enquiry or protection plan started while it was open. */
    public boolean wentFurther(EpisodeView episode) {
        if (!childrenInNeed.plansFor(episode.id()).isEmpty()) {
            return true;
        }
        LocalDate from = episode.referralDate();
        LocalDate to = Optional.ofNullable(episode.closedOn()).orElse(LocalDate.MAX);
        boolean enquiry = protection.enquiriesFor(episode.childId()).stream().map(EnquiryView::startDate)
                .anyMatch(d -> within(d, from, to));
        return enquiry || protection.plansFor(episode.childId()).stream()
                .anyMatch(p -> within(p.startDate(), from, to));
    }

    /** An assessment started for one of the episode's referrals, as the census counts it. */
    private boolean assessed(EpisodeView episode) {
        return episode.assessmentId() != null || episode.referrals().stream()
                .map(r -> assessments.forReferral(r.referralId())).flatMap(Optional::stream)
                .map(AssessmentView::startDate).anyMatch(d -> d != null);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
