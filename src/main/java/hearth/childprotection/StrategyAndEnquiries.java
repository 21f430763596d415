package hearth.childprotection;

import static hearth.childprotection.ChildProtection.ICPC_RULE;
import static hearth.childprotection.ChildProtection.STRATEGY_RULE;
import static hearth.childprotection.ProtectionClock.checkVersion;
import static hearth.childprotection.ProtectionClock.require;

import hearth.childprotection.domain.AgreedAction;
import hearth.childprotection.domain.AgreedActionRepository;
import hearth.childprotection.domain.Section47Enquiry;
import hearth.childprotection.domain.Section47EnquiryRepository;
import hearth.childprotection.domain.StrategyDiscussion;
import hearth.childprotection.domain.StrategyDiscussionRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.Due;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy discussions and the section 47 enquiries they start: the strategy-discussion clock, the discussion held
 * with its agreed actions, the enquiry outcome and a manager's authorisation (which may open the initial conference
 * clock).
 */
@Service
class StrategyAndEnquiries {

    private final StrategyDiscussionRepository discussions;
    private final AgreedActionRepository actions;
    private final Section47EnquiryRepository enquiries;
    private final Duties duties;
    private final ApplicationEventPublisher events;
    private final ProtectionClock clock;

    StrategyAndEnquiries(StrategyDiscussionRepository discussions, AgreedActionRepository actions,
            Section47EnquiryRepository enquiries, Duties duties, ApplicationEventPublisher events,
            ProtectionClock clock) {
        this.discussions = discussions;
        this.actions = actions;
        this.enquiries = enquiries;
        this.duties = duties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StrategyDiscussionView needStrategyDiscussion(UUID childId, StrategyTrigger trigger, UUID sourceId,
            String concern, Instant concernAt) {
        clock.child(childId);
        Optional<StrategyDiscussion> waiting = discussions.findByChildIdAndVoidedFalseOrderByConcernAtDesc(childId)
                .stream().filter(d -> !d.isHeld()).findFirst();
        if (waiting.isPresent()) {
            return waiting.get().view();
        }
        StrategyDiscussion discussion = new StrategyDiscussion(childId, trigger, sourceId, concern, concernAt,
                CurrentUser.username(), clock.now());
        discussion.openedObligation(duties.open(childId, STRATEGY_RULE, concernAt,
                "Reasonable cause to suspect significant harm"));
        return discussions.saveAndFlush(discussion).view();
    }

    @Transactional
    public StrategyDiscussionView holdStrategyDiscussion(UUID discussionId, long seenVersion,
            HeldStrategyDiscussion held) {
        StrategyDiscussion discussion = discussions.findById(discussionId).filter(d -> !d.isVoided())
                .orElseThrow(() -> new NotFoundException("Strategy discussion"));
        checkVersion(discussion.getVersion(), seenVersion, StrategyDiscussion.class, discussionId);
        discussion.held(held, CurrentUser.username(), clock.now());
        for (NewAction a : held.actions() == null ? List.<NewAction>of() : held.actions()) {
            actions.save(new AgreedAction(discussion.getChildId(), AgreedAction.STRATEGY, discussionId,
                    a.description(), a.owner(), CurrentUser.username(), clock.now()));
        }
        if (discussion.getObligationId() != null) {
            clock.satisfyIfOpen(discussion.getObligationId(), held.heldAt(), "Strategy "
                    + held.kind().name().toLowerCase() + " held");
        }
        UUID enquiryId = null;
        if (held.section47()) {
            enquiryId = enquiries.save(new Section47Enquiry(discussion.getChildId(), discussionId,
                    LocalDate.ofInstant(held.heldAt(), Due.LONDON))).getId();
        }
        events.publishEvent(new StrategyDiscussionHeld(discussion.getChildId(), discussionId, held.heldAt(),
                held.section47(), enquiryId));
        discussions.flush();
        return discussion.view();
    }

    @Transactional
    public EnquiryView recordEnquiryOutcome(UUID enquiryId, long seenVersion, EnquiryFindings findings) {
        Section47Enquiry enquiry = enquiry(enquiryId);
        checkVersion(enquiry.getVersion(), seenVersion, Section47Enquiry.class, enquiryId);
        enquiry.outcome(findings, CurrentUser.username(), clock.now(), clock.today());
        enquiries.flush();
        return enquiry.view();
    }

    @Transactional
    public EnquiryView authoriseEnquiry(UUID enquiryId, long seenVersion) {
        require(Permission.AUTHORISE_ASSESSMENT, "Only a manager authorises a section 47 outcome");
        Section47Enquiry enquiry = enquiry(enquiryId);
        checkVersion(enquiry.getVersion(), seenVersion, Section47Enquiry.class, enquiryId);
        String by = CurrentUser.username();
        enquiry.authorise(by, clock.now());
        if (enquiry.getOutcome() == EnquiryOutcome.CONFERENCE_NEEDED) {
            enquiry.openedObligation(duties.open(enquiry.getChildId(), ICPC_RULE, enquiry.getStartDate(),
                    "Strategy discussion started the section 47 enquiry"));
        }
        enquiries.flush();
        EnquiryView view = enquiry.view();
        events.publishEvent(new Section47Authorised(view.childId(), enquiryId, view.startDate(), view.outcome(),
                Boolean.TRUE.equals(view.childSeen()), by, clock.today()));
        return view;
    }

    private Section47Enquiry enquiry(UUID id) {
        return enquiries.findById(id).filter(e -> !e.isVoided())
                .orElseThrow(() -> new NotFoundException("Section 47 enquiry"));
    }
}
