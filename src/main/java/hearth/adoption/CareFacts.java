package hearth.adoption;

import hearth.adoption.domain.CareFact;
import hearth.adoption.domain.CareFactRepository;
import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.childrenincare.PlacementStarted;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adoption's own projection of the care facts it needs, kept from the children in care events (never their tables):
 * when each period of care began, the first placement for adoption (SSDA903 placement types A3 to A6) and when it
 * ended. The timeliness measures count from here.
 */
@Component
public class CareFacts {

    /** SSDA903 placement types for a child placed for adoption. */
    static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

    private final CareFactRepository facts;

    CareFacts(CareFactRepository facts) {
        this.facts = facts;
    }

    @EventListener
    @Transactional
    void on(ChildBecameLookedAfter e) {
        if (facts.findById(e.periodId()).isEmpty()) {
            facts.save(new CareFact(e.periodId(), e.childId(), e.startDate()));
        }
    }

    @EventListener
    @Transactional
    void on(PlacementStarted e) {
        if (e.placementType() != null && PLACED_FOR_ADOPTION.contains(e.placementType())) {
            facts.findById(e.periodId()).ifPresent(f -> f.placedForAdoption(e.startDate()));
        }
    }

    @EventListener
    @Transactional
    void on(ChildCeasedToBeLookedAfter e) {
        facts.findById(e.periodId()).ifPresent(f -> f.ceased(e.endDate(), e.reasonCeased()));
    }

    /** The child's latest period of care, if adoption has heard of one. */
    @Transactional(readOnly = true)
    public Optional<CareFactView> latest(UUID childId) {
        List<CareFact> all = facts.findByChildIdOrderByEnteredCareOnDesc(childId);
        return all.isEmpty() ? Optional.empty() : Optional.of(view(all.get(0)));
    }

    /** Each child's latest period of care, read in one query (for timeliness across every journey). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, CareFactView> latestByChild() {
        java.util.Map<UUID, CareFactView> latest = new java.util.HashMap<>();
        for (CareFact f : facts.findAll()) {
            CareFactView seen = latest.get(f.getChildId());
            if (seen == null || f.getEnteredCareOn().isAfter(seen.enteredCareOn())) {
                latest.put(f.getChildId(), view(f));
            }
        }
        return latest;
    }

    /** Children in care now, as far as adoption knows. */
    @Transactional(readOnly = true)
    public List<CareFactView> inCareNow() {
        return facts.findByCeasedOnIsNull().stream().map(CareFacts::view).toList();
    }

    private static CareFactView view(CareFact f) {
        return new CareFactView(f.getChildId(), f.getEnteredCareOn(), f.getPlacedForAdoptionOn(), f.getCeasedOn(),
                f.getReasonCeased());
    }

    /** A period of care as adoption knows it. */
    public record CareFactView(UUID childId, LocalDate enteredCareOn, LocalDate placedForAdoptionOn,
            LocalDate ceasedOn, String reasonCeased) {
    }
}
