package hearth.timescales.obligations;

import hearth.timescales.ObligationState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationRepository extends JpaRepository<Obligation, UUID> {

    List<Obligation> findByResponsibleAndOpenTrueOrderByDueDateAscOverdueFromAsc(String responsible);

    List<Obligation> findByResponsibleAndStateAndMetAtGreaterThanEqualOrderByMetAtDesc(String responsible,
            ObligationState state, Instant since);

    List<Obligation> findBySubjectIdInAndOpenTrueOrderByDueDateAscOverdueFromAsc(Collection<UUID> subjectIds);

    List<Obligation> findBySubjectIdAndRuleIdInAndOpenTrue(UUID subjectId, Collection<String> ruleIds);
}
