package hearth.court;

import static hearth.court.CourtClock.seen;

import hearth.court.domain.CareProceedings;
import hearth.court.domain.CareProceedingsRepository;
import hearth.court.domain.LegalGateway;
import hearth.court.domain.LegalGatewayRepository;
import hearth.court.domain.Meeting;
import hearth.court.domain.MeetingRepository;
import hearth.court.domain.PreProceedings;
import hearth.court.domain.PreProceedingsRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Public Law Outline: legal gateway decisions, and pre-proceedings from the letter before proceedings through
 * meetings and family group decision-making to a decision to continue, step down or issue.
 */
@Service
class PublicLawOutline {

    private final LegalGatewayRepository gateways;
    private final PreProceedingsRepository preProceedings;
    private final MeetingRepository meetings;
    private final CareProceedingsRepository proceedings;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final CourtClock clock;

    PublicLawOutline(LegalGatewayRepository gateways, PreProceedingsRepository preProceedings,
            MeetingRepository meetings, CareProceedingsRepository proceedings, Duties duties, Obligations obligations,
            ApplicationEventPublisher events, CourtClock clock) {
        this.gateways = gateways;
        this.preProceedings = preProceedings;
        this.meetings = meetings;
        this.proceedings = proceedings;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public GatewayView recordGateway(UUID childId, LocalDate meetingDate, String attendees, GatewayDecision decision,
            String reasons) {
        if (CurrentUser.get().filter(u -> u.has(Permission.AUTHORISE_ASSESSMENT)).isEmpty()) {
            throw new AccessDeniedException("Only a manager with AUTHORISE_ASSESSMENT records a legal gateway decision");
        }
        Instant now = clock.now();
        LegalGateway gateway = new LegalGateway(childId, meetingDate, clock.today(), attendees, decision, reasons,
                CurrentUser.username(), now);
        if (decision == GatewayDecision.ENTER_PRE_PROCEEDINGS) {
            if (openPreProceedings(childId).isPresent()) {
                throw new CourtRuleBroken("court.rule.alreadyInPreProceedings", "The child is already in pre-proceedings");
            }
            if (proceedings.findByChildIdAndVoidedFalseOrderByIssuedOnDesc(childId).stream()
                    .anyMatch(CareProceedings::isOpen)) {
                throw new CourtRuleBroken("court.rule.alreadyInProceedings", "The child is already in care proceedings");
            }
            PreProceedings pp = new PreProceedings(childId, gateway.getId(), meetingDate, now);
            pp.letterObligation(duties.open(childId, Court.LETTER_RULE, meetingDate,
                    "Legal gateway decided to enter pre-proceedings"));
            gateway.entered(pp.getId());
            gateways.save(gateway);
            preProceedings.save(pp);
            events.publishEvent(new PreProceedingsStarted(childId, pp.getId(), meetingDate));
        } else {
            gateways.save(gateway);
        }
        return gateway.view();
    }

    @Transactional
    public PreProceedingsView sendLetter(UUID preProceedingsId, long seenVersion, LocalDate sentOn) {
        PreProceedings pp = seen(require(preProceedingsId), seenVersion);
        pp.letterSent(sentOn, clock.today());
        clock.satisfyIfOpen(pp.getLetterObligationId(), sentOn, "Letter before proceedings sent");
        openReview(pp, sentOn, "Letter before proceedings sent");
        events.publishEvent(new LetterBeforeProceedingsSent(pp.getChildId(), pp.getId(), sentOn));
        return flushed(pp);
    }

    @Transactional
    public MeetingView recordMeeting(UUID preProceedingsId, MeetingKind kind, LocalDate date, String attendees,
            String progress) {
        PreProceedings pp = require(preProceedingsId);
        pp.checkMeeting(date, clock.today());
        return meetings.save(new Meeting(pp.getId(), kind, date, attendees, progress, CurrentUser.username(),
                clock.now())).view();
    }

    @Transactional
    public PreProceedingsView recordFamilyGroup(UUID preProceedingsId, long seenVersion, LocalDate offeredOn,
            LocalDate heldOn) {
        PreProceedings pp = seen(require(preProceedingsId), seenVersion);
        pp.familyGroup(offeredOn, heldOn, clock.today());
        return flushed(pp);
    }

    @Transactional
    public PreProceedingsView decide(UUID preProceedingsId, long seenVersion, PreProceedingsOutcome outcome,
            LocalDate date, String reasons) {
        PreProceedings pp = seen(require(preProceedingsId), seenVersion);
        decide(pp, outcome, date, reasons);
        return flushed(pp);
    }

    /** Care proceedings issued: open pre-proceedings end with that outcome on the day of issue. */
    @Transactional
    public void endForIssue(UUID childId, LocalDate issuedOn) {
        openPreProceedings(childId).ifPresent(pp -> decide(pp, PreProceedingsOutcome.ISSUE_PROCEEDINGS, issuedOn,
                "Care proceedings issued"));
    }

    private void decide(PreProceedings pp, PreProceedingsOutcome outcome, LocalDate date, String reasons) {
        pp.decide(outcome, date, reasons, clock.today());
        clock.satisfyIfOpen(pp.getReviewObligationId(), date, "Pre-proceedings decision: " + outcome);
        if (outcome.ends()) {
            clock.voidIfOpen(pp.getLetterObligationId(), "Pre-proceedings ended before the letter: " + outcome);
            events.publishEvent(new PreProceedingsEnded(pp.getChildId(), pp.getId(), outcome, date));
        } else {
            openReview(pp, date, "Decision to continue pre-proceedings");
        }
    }

    private void openReview(PreProceedings pp, LocalDate from, String why) {
        UUID id = duties.open(pp.getChildId(), Court.REVIEW_RULE, from, why);
        pp.reviewObligation(id, obligations.find(id).map(ObligationView::dueDate).orElse(null));
    }

    @Transactional(readOnly = true)
    public List<GatewayView> gatewaysFor(UUID childId) {
        return gateways.findByChildIdAndVoidedFalseOrderByMeetingDateDescRecordedAtDesc(childId).stream()
                .map(LegalGateway::view).toList();
    }

    @Transactional(readOnly = true)
    public List<PreProceedingsView> preProceedingsFor(UUID childId) {
        return preProceedings.findByChildIdAndVoidedFalseOrderByStartedOnDesc(childId).stream().map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PreProceedingsView> find(UUID id) {
        return preProceedings.findById(id).filter(p -> !p.isVoided()).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<PreProceedingsView> allOpen() {
        return preProceedings.findByOpenTrueAndVoidedFalseOrderByStartedOnAsc().stream().map(this::view).toList();
    }

    private Optional<PreProceedings> openPreProceedings(UUID childId) {
        return preProceedings.findByChildIdAndVoidedFalseOrderByStartedOnDesc(childId).stream()
                .filter(PreProceedings::isOpen).findFirst();
    }

    /** The view after writing the change, so it carries the version the next change must name. */
    private PreProceedingsView flushed(PreProceedings pp) {
        preProceedings.flush();
        return view(pp);
    }

    private PreProceedingsView view(PreProceedings pp) {
        return pp.view(meetings.findByPreProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(pp.getId()).stream()
                .map(Meeting::view).toList());
    }

    private PreProceedings require(UUID id) {
        return preProceedings.findById(id).filter(p -> !p.isVoided())
                .orElseThrow(() -> new NotFoundException("Pre-proceedings"));
    }
}
