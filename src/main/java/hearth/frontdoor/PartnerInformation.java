package hearth.frontdoor;

import hearth.frontdoor.domain.InformationRequest;
import hearth.frontdoor.domain.InformationRequestRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API: what the front door asked partner agencies (police, health, education, ...) and what they said. */
@Service
public class PartnerInformation {

    private final InformationRequestRepository requests;
    private final FrontDoor frontDoor;
    private final Clock clock;

    PartnerInformation(InformationRequestRepository requests, FrontDoor frontDoor, Clock clock) {
        this.requests = requests;
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    @Transactional
    public InformationRequestView request(UUID contactId, PartnerAgency agency, String requestedFrom,
            String question, Instant requestedAt) {
        ContactView contact = frontDoor.find(contactId).orElseThrow(() -> new NotFoundException("Contact"));
        if (requestedAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("A request cannot be made in the future");
        }
        return requests.save(new InformationRequest(contactId, contact.childId(), agency, requestedFrom, question,
                requestedAt, CurrentUser.username())).view();
    }

    /** Records the agency's answer on the version of the request the user saw. */
    @Transactional
    public InformationRequestView answer(UUID requestId, long seenVersion, String response, String respondedBy,
            Instant respondedAt) {
        InformationRequest request = require(requestId);
        if (request.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(InformationRequest.class, requestId);
        }
        if (respondedAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("An answer cannot be recorded in the future");
        }
        request.answer(response, respondedBy, respondedAt, CurrentUser.username());
        return request.view();
    }

    @Transactional
    public void voidRequest(UUID requestId, String reason) {
        require(requestId).voidRequest(reason);
    }

    @Transactional(readOnly = true)
    public List<InformationRequestView> forContact(UUID contactId) {
        return requests.findByContactIdAndVoidedFalseOrderByRequestedAtAsc(contactId).stream()
                .map(InformationRequest::view).toList();
    }

    @Transactional(readOnly = true)
    public InformationRequestView find(UUID requestId) {
        return require(requestId).view();
    }

    private InformationRequest require(UUID id) {
        return requests.findById(id).filter(r -> !r.isVoided()).orElseThrow(() -> new NotFoundException("Request"));
    }
}
