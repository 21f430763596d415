package hearth.adoption;

import hearth.adoption.domain.Adopter;
import hearth.adoption.domain.AdopterRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API for prospective adopters: enquiry, stage 1 and 2, approval, match, placement, order, leaving. */
@Service
public class ProspectiveAdopters {

    private final AdopterRepository adopters;
    private final Clock clock;

    ProspectiveAdopters(AdopterRepository adopters, Clock clock) {
        this.adopters = adopters;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    @Transactional
    public AdopterView enquire(String name, LocalDate enquiryOn) {
        Adopter a = new Adopter(name, enquiryOn, today(), CurrentUser.username(), clock.instant());
        adopters.save(a);
        return a.view();
    }

    @Transactional
    public AdopterView advance(UUID id, long seenVersion, AdopterStage to, LocalDate on, String reason) {
        Adopter a = adopters.findById(id).orElseThrow(() -> new NotFoundException("Prospective adopters"));
        if (a.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Adopter.class, "seen version " + seenVersion);
        }
        a.advance(to, on, reason, today());
        adopters.flush();
        return a.view();
    }

    /** An enquiry with who is adopting already known (the details must fit together, as {@link #describe}). */
    @Transactional
    public AdopterView enquire(String name, LocalDate enquiryOn, AdopterDetails details) {
        Adopter a = new Adopter(name, enquiryOn, today(), CurrentUser.username(), clock.instant());
        a.describe(details);
        adopters.save(a);
        return a.view();
    }

    /**
     * Records or corrects who is adopting: the number of adopters, their legal status and each one's sex or gender,
     * ethnicity and disability. Details that do not fit together (a couple's status for one adopter, a status for a
     * different-sex couple with two men) are refused with an {@link AdoptionRuleBroken}.
     */
    @Transactional
    public AdopterView describe(UUID id, long seenVersion, AdopterDetails details) {
        Adopter a = adopters.findById(id).orElseThrow(() -> new NotFoundException("Prospective adopters"));
        if (a.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Adopter.class, "seen version " + seenVersion);
        }
        a.describe(details);
        adopters.flush();
        return a.view();
    }

    @Transactional(readOnly = true)
    public Optional<AdopterView> find(UUID id) {
        return adopters.findById(id).map(Adopter::view);
    }

    @Transactional(readOnly = true)
    public List<AdopterView> all() {
        return adopters.findByVoidedFalseOrderByEnquiryOnDesc().stream().map(Adopter::view).toList();
    }
}
