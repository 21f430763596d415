package hearth.dataquality;

import hearth.assessment.Assessments;
import hearth.childinneed.ChildrenInNeed;
import hearth.childprotection.ChildProtection;
import hearth.frontdoor.FrontDoor;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The page where a finding is put right: the child's latest referral at the front door, episode of need,
 * assessment, section 47 enquiry or child protection plan, or the person's details; the child's record when the
 * record the rule names cannot be found.
 */
@Component
public class FixLinks {

    private final FrontDoor frontDoor;
    private final ChildrenInNeed childrenInNeed;
    private final Assessments assessments;
    private final ChildProtection protection;

    FixLinks(FrontDoor frontDoor, ChildrenInNeed childrenInNeed, Assessments assessments,
            ChildProtection protection) {
        this.frontDoor = frontDoor;
        this.childrenInNeed = childrenInNeed;
        this.assessments = assessments;
        this.protection = protection;
    }

    /** The address of the page, or null for a finding about the whole return. */
    public String link(UUID childId, FixArea area) {
        if (childId == null || area == FixArea.RETURN) {
            return null;
        }
        String record = "/people/" + childId;
        return switch (area) {
            case PERSON -> "/people/" + childId + "/edit";
            case REFERRAL -> frontDoor.referralsFor(childId).stream()
                    .max(Comparator.comparing(hearth.frontdoor.ReferralView::date))
                    .map(r -> "/contacts/" + r.contactId()).orElse(record);
            case EPISODE, CIN_PLAN -> childrenInNeed.episodesFor(childId).stream().findFirst()
                    .map(e -> "/cin-episodes/" + e.id()).orElse(record);
            case ASSESSMENT -> assessments.forChild(childId).stream().findFirst()
                    .map(a -> "/assessments/" + a.id()).orElse(record);
            case ENQUIRY -> protection.enquiriesFor(childId).stream().findFirst()
                    .map(q -> "/section-47/" + q.id()).orElse(record);
            case CP_PLAN -> protection.plansFor(childId).stream().findFirst()
                    .map(p -> "/cp-plans/" + p.id()).orElse(record);
            case RETURN -> null;
        };
    }
}
