package hearth.careleavers;

import hearth.careleavers.domain.LeaverEntitlementRequest;
import hearth.careleavers.domain.LeaverEntitlementRequestRepository;
import hearth.careleavers.domain.LeaverHistory;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: the local offer for care leavers. Entitlements are a list the authority keeps; a young person's
 * request is granted or refused once, with the reason and who decided; {@link #consistency()} lays decisions side by
 * side per entitlement and decider so that different answers to similar requests show.
 */
@Service
public class LocalOffer {

    private final CareLeavers careLeavers;
    private final LeaverHistory history;
    private final LeaverEntitlementRequestRepository requests;
    private final ApplicationEventPublisher events;

    LocalOffer(CareLeavers careLeavers, LeaverHistory history, LeaverEntitlementRequestRepository requests,
            ApplicationEventPublisher events) {
        this.careLeavers = careLeavers;
        this.history = history;
        this.requests = requests;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<EntitlementView> entitlements() {
        return history.entitlements();
    }

    /** Adds an entitlement to the local offer (or brings one back under a new name). */
    @Transactional
    public void offer(String code, String name) {
        if (code == null || !code.matches("[A-Z0-9_]{2,40}") || name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("careleavers.error.entitlement");
        }
        history.offer(code, name.strip());
    }

    @Transactional
    public void withdraw(String code) {
        history.withdraw(code);
    }

    @Transactional
    public UUID request(UUID childId, String entitlement, LocalDate on, String detail) {
        careLeavers.requireCareLeaver(childId);
        careLeavers.notFuture(on);
        EntitlementView e = history.entitlement(entitlement).filter(EntitlementView::active)
                .orElseThrow(() -> new IllegalArgumentException("careleavers.error.entitlement"));
        if (detail != null && detail.length() > LeaverPathway.MAX_TEXT) {
            throw new IllegalArgumentException("careleavers.error.tooLong");
        }
        return requests.save(new LeaverEntitlementRequest(childId, e.code(), on, detail, CurrentUser.username()))
                .getId();
    }

    @Transactional(readOnly = true)
    public EntitlementRequestView find(UUID requestId) {
        LeaverEntitlementRequest r = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("Local offer request"));
        return r.view(names().get(r.getEntitlement()));
    }

    @Transactional(readOnly = true)
    public List<EntitlementRequestView> requestsFor(UUID childId) {
        Map<String, String> names = names();
        return requests.findByChildIdOrderByRequestedOnDesc(childId).stream()
                .map(r -> r.view(names.get(r.getEntitlement()))).toList();
    }

    /** Grants or refuses a request from the version the decider saw, with the reason. */
    @Transactional
    public void decide(UUID requestId, long seenVersion, boolean granted, String reason, LocalDate on) {
        LeaverEntitlementRequest r = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("Local offer request"));
        if (r.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(LeaverEntitlementRequest.class, requestId);
        }
        careLeavers.notFuture(on);
        r.decide(granted, reason == null ? null : reason.strip(), on, CurrentUser.username());
        requests.saveAndFlush(r);
        events.publishEvent(new EntitlementDecided(r.getChildId(), requestId, names().get(r.getEntitlement()),
                granted, reason.strip(), on, CurrentUser.username()));
    }

    /** Decisions per entitlement and decider, with their reasons, ordered by entitlement then decider. */
    @Transactional(readOnly = true)
    public List<DecisionTally> consistency() {
        Map<String, String> names = names();
        Map<String, Map<String, List<LeaverEntitlementRequest>>> grouped = new TreeMap<>();
        for (LeaverEntitlementRequest r : requests.findByStatusNot(LeaverEntitlementRequest.REQUESTED)) {
            EntitlementRequestView v = r.view(null);
            grouped.computeIfAbsent(r.getEntitlement(), k -> new TreeMap<>())
                    .computeIfAbsent(v.decidedBy(), k -> new ArrayList<>()).add(r);
        }
        List<DecisionTally> tallies = new ArrayList<>();
        grouped.forEach((code, byDecider) -> byDecider.forEach((decider, list) -> {
            List<EntitlementRequestView> views = list.stream().map(r -> r.view(null)).toList();
            int granted = (int) views.stream().filter(EntitlementRequestView::granted).count();
            List<String> reasons = views.stream().filter(v -> !v.granted()).map(EntitlementRequestView::reason)
                    .distinct().limit(5).toList();
            tallies.add(new DecisionTally(code, names.get(code), decider, granted, views.size() - granted, reasons));
        }));
        return tallies;
    }

    private Map<String, String> names() {
        return history.entitlements().stream()
                .collect(Collectors.toMap(EntitlementView::code, EntitlementView::name, (a, b) -> a));
    }
}
