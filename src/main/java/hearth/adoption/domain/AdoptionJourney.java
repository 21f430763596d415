package hearth.adoption.domain;

import hearth.adoption.AdoptionJourneyView;
import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's adoption journey from the agency decision maker's "should be placed for adoption" decision through the
 * placement order, match, placement with the adopters and adoption order; or stopped by a decision that the child
 * should no longer be placed. Each step follows the one before.
 */
@Entity
@Table(name = "adoption_child_plan")
@KeepsHistory("adoption journey")
public class AdoptionJourney {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;
    @Column(name = "decision_maker", nullable = false)
    private String decisionMaker;
    @Column(name = "fostering_for_adoption", nullable = false)
    private boolean fosteringForAdoption;
    @Column(name = "concurrent_planning", nullable = false)
    private boolean concurrentPlanning;
    @Column(name = "placement_order_on")
    private LocalDate placementOrderOn;
    @Column(name = "matched_on")
    private LocalDate matchedOn;
    @Column(name = "adopter_id")
    private UUID adopterId;
    @Column(name = "adopter_name")
    private String adopterName;
    @Column(name = "placed_on")
    private LocalDate placedOn;
    @Column(name = "ffa_placed_on")
    private LocalDate ffaPlacedOn;
    @Column(name = "order_on")
    private LocalDate orderOn;
    @Column(name = "stopped_on")
    private LocalDate stoppedOn;
    @Column(name = "stopped_reason")
    private String stoppedReason;
    @Column(name = "life_story_started_on")
    private LocalDate lifeStoryStartedOn;
    @Column(name = "life_story_done_on")
    private LocalDate lifeStoryDoneOn;
    @Column(name = "match_obligation_id")
    private UUID matchObligationId;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected AdoptionJourney() {
    }

    public AdoptionJourney(UUID childId, LocalDate decidedOn, String decisionMaker, boolean fosteringForAdoption,
            boolean concurrentPlanning, LocalDate today, String recordedBy, Instant recordedAt) {
        AdoptionChecks.date(decidedOn, null, today, "The decision");
        this.id = Ids.next();
        this.childId = childId;
        this.decidedOn = decidedOn;
        this.decisionMaker = AdoptionChecks.required(decisionMaker, 200, "The agency decision maker");
        this.fosteringForAdoption = fosteringForAdoption;
        this.concurrentPlanning = concurrentPlanning;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    private void active() {
        AdoptionChecks.check(orderOn == null && stoppedOn == null, "ended", "The adoption journey has ended");
    }

    public void placementOrder(LocalDate on, LocalDate today) {
        active();
        AdoptionChecks.check(placementOrderOn == null, "already", "That step is already recorded");
        AdoptionChecks.date(on, decidedOn, today, "The placement order");
        this.placementOrderOn = on;
    }

    public void match(LocalDate on, UUID adopterId, String adopterName, LocalDate today) {
        active();
        AdoptionChecks.check(placementOrderOn != null, "matchBeforeOrder",
                "A match needs the placement order (or consent) first");
        AdoptionChecks.check(matchedOn == null, "already", "That step is already recorded");
        AdoptionChecks.date(on, placementOrderOn, today, "The match");
        this.matchedOn = on;
        this.adopterId = adopterId;
        this.adopterName = AdoptionChecks.required(adopterName, 200, "The adopters");
    }

    /** The child moved in with the adopters (for fostering for adoption, the carers became adoptive placement). */
    public void place(LocalDate on, LocalDate today) {
        active();
        AdoptionChecks.check(matchedOn != null, "placeBeforeMatch", "A placement needs the match first");
        AdoptionChecks.check(placedOn == null, "already", "That step is already recorded");
        AdoptionChecks.date(on, matchedOn, today, "The placement");
        this.placedOn = on;
    }

    /** Fostering for adoption: the child moved in with approved adopters as foster carers (reg 25A). */
    public void fosteredForAdoption(LocalDate on, LocalDate today) {
        active();
        AdoptionChecks.check(fosteringForAdoption, "notFfa", "The plan is not fostering for adoption");
        AdoptionChecks.check(ffaPlacedOn == null, "already", "That step is already recorded");
        AdoptionChecks.date(on, decidedOn, today, "The fostering for adoption placement");
        this.ffaPlacedOn = on;
    }

    public void order(LocalDate on, LocalDate today) {
        active();
        AdoptionChecks.check(placedOn != null, "orderBeforePlacement", "An adoption order needs the placement first");
        AdoptionChecks.date(on, placedOn, today, "The adoption order");
        this.orderOn = on;
    }

    public void stop(LocalDate on, String reason, LocalDate today) {
        active();
        AdoptionChecks.date(on, decidedOn, today, "The decision");
        this.stoppedReason = AdoptionChecks.required(reason, 2000, "Why");
        this.stoppedOn = on;
    }

    public void lifeStory(LocalDate startedOn, LocalDate doneOn, LocalDate today) {
        AdoptionChecks.date(startedOn, null, today, "Life-story work");
        if (doneOn != null) {
            AdoptionChecks.date(doneOn, startedOn, today, "The life-story book");
        }
        this.lifeStoryStartedOn = startedOn;
        this.lifeStoryDoneOn = doneOn;
    }

    public void matchObligation(UUID id) {
        this.matchObligationId = id;
    }

    public UUID getMatchObligationId() {
        return matchObligationId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public long getVersion() {
        return version;
    }

    public AdoptionJourneyView view() {
        return new AdoptionJourneyView(id, childId, decidedOn, decisionMaker, fosteringForAdoption, concurrentPlanning,
                placementOrderOn, matchedOn, adopterId, adopterName, placedOn, ffaPlacedOn, orderOn, stoppedOn,
                stoppedReason, lifeStoryStartedOn, lifeStoryDoneOn, version);
    }
}
