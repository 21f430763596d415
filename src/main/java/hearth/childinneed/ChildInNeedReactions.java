package hearth.childinneed;

import static hearth.childinneed.ChildrenInNeed.FIRST_MEETING_RULE;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentOutcome;
import hearth.childinneed.domain.Episode;
import hearth.childinneed.domain.EpisodeReferralLink;
import hearth.childinneed.domain.EpisodeReferralLinkRepository;
import hearth.childinneed.domain.EpisodeRepository;
import hearth.childprotection.ChildProtectionPlanEnded;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.Section47Authorised;
import hearth.frontdoor.ReferralMade;
import hearth.work.Duties;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Children in need reacting to other contexts (synchronously, in the publisher's transaction). */
@Component
class ChildInNeedReactions {

    /** Logged under the published front, as before the reactions had their own class. */
    private static final Logger log = LoggerFactory.getLogger(ChildrenInNeed.class);

    private final EpisodeRepository episodes;
    private final EpisodeReferralLinkRepository referrals;
    private final ClosureActivity activity;
    private final Duties duties;
    private final EpisodeRecords records;

    ChildInNeedReactions(EpisodeRepository episodes, EpisodeReferralLinkRepository referrals, ClosureActivity activity,
            Duties duties, EpisodeRecords records) {
        this.episodes = episodes;
        this.referrals = referrals;
        this.activity = activity;
        this.duties = duties;
        this.records = records;
    }

    /** A referral opens an episode of need, or joins the child's open one. */
    @EventListener
    @Transactional
    public void on(ReferralMade referral) {
        Optional<Episode> open = records.openEpisode(referral.childId());
        Episode episode = open.orElseGet(() -> episodes.save(
                new Episode(referral.childId(), referral.date(), referral.source(), records.now())));
        referrals.save(new EpisodeReferralLink(episode.getId(), referral.referralId(), referral.date(),
                referral.source(), referral.reReferral(), open.isPresent(), records.now()));
    }

    /**
     * An authorised assessment: CHILD_IN_NEED_PLAN opens the first-meeting clock from the completion date;
     * NO_FURTHER_ACTION and STEP_DOWN_TO_EARLY_HELP make the episode ready to close with RC8 or RC9.
     */
    @EventListener
    @Transactional
    public void on(AssessmentAuthorised assessment) {
        Optional<Episode> found = records.openEpisode(assessment.childId());
        if (found.isEmpty()) {
            log.warn("Assessment {} authorised for a child with no open episode of need", assessment.assessmentId());
            return;
        }
        Episode episode = found.get();
        AssessmentOutcome outcome = assessment.outcome();
        ClosureReason closeWith = switch (outcome) {
            case NO_FURTHER_ACTION -> ClosureReason.RC8;
            case STEP_DOWN_TO_EARLY_HELP -> ClosureReason.RC9;
            default -> null;
        };
        if (closeWith != null && activity.wentFurther(episode.view(List.of()))) {
            closeWith = ClosureReason.RC7; // an enquiry or plan came first: not "closed after assessment" (2990)
        }
        boolean needsPlan = outcome == AssessmentOutcome.CHILD_IN_NEED_PLAN;
        episode.assessed(assessment.assessmentId(), assessment.completedOn(), needsPlan, closeWith);
        if (needsPlan && records.openObligation(episode.getChildId(), FIRST_MEETING_RULE).isEmpty()) {
            duties.open(episode.getChildId(), FIRST_MEETING_RULE, assessment.completedOn(),
                    "Assessment authorised: child in need plan needed");
        }
    }

    /** A section 47 enquiry concluded the child should continue as a child in need: a plan is next. */
    @EventListener
    @Transactional
    public void on(Section47Authorised enquiry) {
        if (enquiry.outcome() == EnquiryOutcome.CONTINUE_AS_CHILD_IN_NEED) {
            stepDownFromProtection(enquiry.childId(), enquiry.authorisedOn(),
                    "Section 47 enquiry: continue as a child in need");
        }
    }

    /** A child protection plan ended with the child continuing as a child in need: a plan is next. */
    @EventListener
    @Transactional
    public void on(ChildProtectionPlanEnded ended) {
        if (ended.continuesAsChildInNeed()) {
            stepDownFromProtection(ended.childId(), ended.endDate(),
                    "Child protection plan ended: continue as a child in need");
        }
    }

    private void stepDownFromProtection(UUID childId, LocalDate on, String why) {
        Optional<Episode> found = records.openEpisode(childId);
        if (found.isEmpty()) {
            log.warn("Child {} stepped down from child protection with no open episode of need", childId);
            return;
        }
        found.get().needsChildInNeedPlan();
        if (records.openObligation(childId, FIRST_MEETING_RULE).isEmpty()) {
            duties.open(childId, FIRST_MEETING_RULE, on, why);
        }
    }
}
