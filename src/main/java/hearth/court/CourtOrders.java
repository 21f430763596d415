package hearth.court;

import static hearth.court.CourtClock.seen;

import hearth.court.domain.CareProceedings;
import hearth.court.domain.CourtOrder;
import hearth.court.domain.CourtOrderRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders made in care proceedings and the legal status they give: two orders of one type are never in force
 * together, and a final order ends the interim orders in force on the day it is made.
 */
@Service
class CourtOrders {

    private final CourtOrderRepository orders;
    private final ApplicationEventPublisher events;
    private final CourtClock clock;

    CourtOrders(CourtOrderRepository orders, ApplicationEventPublisher events, CourtClock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** An order made in open proceedings (checked by the caller). */
    @Transactional
    public OrderView make(CareProceedings p, OrderType type, LocalDate madeOn) {
        List<CourtOrder> existing = ofChild(p.getChildId());
        for (CourtOrder o : existing) {
            if (o.getType() == type && (o.inForceOn(madeOn) || o.getMadeOn().isAfter(madeOn))) {
                throw new CourtRuleBroken("court.rule.orderInForce", "An order of this type is already in force");
            }
        }
        if (type != null && !type.interim()) {
            for (CourtOrder o : existing) {
                if (o.getType().interim() && o.inForceOn(madeOn)) {
                    end(o, madeOn, "Final order made");
                }
            }
        }
        CourtOrder order = orders.save(new CourtOrder(p.getChildId(), p.getId(), type, madeOn, CurrentUser.username(),
                clock.now()));
        events.publishEvent(new CourtOrderMade(p.getChildId(), order.getId(), type, madeOn));
        return order.view();
    }

    @Transactional
    public OrderView end(UUID orderId, long seenVersion, LocalDate endedOn, String reason) {
        CourtOrder order = seen(require(orderId), seenVersion);
        end(order, endedOn, reason);
        orders.flush();
        return order.view();
    }

    @Transactional
    public void voidOrder(UUID orderId, String reason) {
        require(orderId).voidOrder(reason);
    }

    /** The interim orders in force on the day the proceedings concluded end that day. */
    @Transactional
    public void endInterimOrders(UUID childId, LocalDate date) {
        for (CourtOrder o : ofChild(childId)) {
            if (o.getType().interim() && o.inForceOn(date)) {
                end(o, date, "Proceedings concluded");
            }
        }
    }

    /** The orders made in one set of proceedings, in the order made. */
    @Transactional(readOnly = true)
    public List<OrderView> madeIn(CareProceedings p) {
        return ofChild(p.getChildId()).stream().filter(o -> p.getId().equals(o.getProceedingsId()))
                .map(CourtOrder::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> find(UUID id) {
        return orders.findById(id).filter(o -> !o.isVoided()).map(CourtOrder::view);
    }

    @Transactional(readOnly = true)
    public List<OrderView> history(UUID childId) {
        return ofChild(childId).stream().map(CourtOrder::view).toList();
    }

    @Transactional(readOnly = true)
    public List<OrderView> inForceOn(UUID childId, LocalDate date) {
        return ofChild(childId).stream().filter(o -> o.inForceOn(date)).map(CourtOrder::view).toList();
    }

    private List<CourtOrder> ofChild(UUID childId) {
        return orders.findByChildIdAndVoidedFalseOrderByMadeOnAscRecordedAtAsc(childId);
    }

    private void end(CourtOrder order, LocalDate date, String reason) {
        order.end(date, reason, clock.today());
        events.publishEvent(new CourtOrderEnded(order.getChildId(), order.getId(), order.getType(), date));
    }

    private CourtOrder require(UUID id) {
        return orders.findById(id).filter(o -> !o.isVoided()).orElseThrow(() -> new NotFoundException("Court order"));
    }
}
