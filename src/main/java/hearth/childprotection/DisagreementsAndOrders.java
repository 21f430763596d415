package hearth.childprotection;

import static hearth.childprotection.ProtectionClock.checkVersion;

import hearth.childprotection.domain.Disagreement;
import hearth.childprotection.domain.DisagreementRepository;
import hearth.childprotection.domain.ProtectionOrder;
import hearth.childprotection.domain.ProtectionOrderRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Professional disagreements (raised and resolved) and immediate protection (EPOs, police protection). */
@Service
class DisagreementsAndOrders {

    private final DisagreementRepository disagreements;
    private final ProtectionOrderRepository orders;
    private final ProtectionClock clock;

    DisagreementsAndOrders(DisagreementRepository disagreements, ProtectionOrderRepository orders,
            ProtectionClock clock) {
        this.disagreements = disagreements;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public DisagreementView recordDisagreement(UUID childId, NewDisagreement d) {
        clock.child(childId);
        clock.checkDate(d.raisedOn(), null, null);
        return disagreements.save(new Disagreement(childId, d, CurrentUser.username(), clock.now())).view();
    }

    @Transactional
    public DisagreementView resolveDisagreement(UUID id, long seenVersion, LocalDate on, String resolution) {
        Disagreement d = disagreements.findById(id).filter(x -> !x.isVoided())
                .orElseThrow(() -> new NotFoundException("Disagreement"));
        checkVersion(d.getVersion(), seenVersion, Disagreement.class, id);
        clock.checkDate(on, null, null);
        d.resolve(on, resolution);
        disagreements.flush();
        return d.view();
    }

    @Transactional
    public ProtectionOrderView recordProtectionOrder(UUID childId, NewProtectionOrder o) {
        clock.child(childId);
        clock.checkDate(o.startDate(), null, null);
        return orders.save(new ProtectionOrder(childId, o, CurrentUser.username(), clock.now())).view();
    }

    @Transactional
    public ProtectionOrderView endProtectionOrder(UUID id, long seenVersion, LocalDate on) {
        ProtectionOrder o = orders.findById(id).filter(x -> !x.isVoided())
                .orElseThrow(() -> new NotFoundException("Order"));
        checkVersion(o.getVersion(), seenVersion, ProtectionOrder.class, id);
        o.end(on);
        orders.flush();
        return o.view();
    }
}
