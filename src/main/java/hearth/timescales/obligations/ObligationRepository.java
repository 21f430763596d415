package hearth.timescales.obligations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationRepository extends JpaRepository<Obligation, UUID> {

    List<Obligation> findBySubjectIdInAndOpenTrueOrderByDueDateAscOverdueFromAsc(Collection<UUID> subjectIds);

    List<Obligation> findBySubjectIdAndRuleIdInAndOpenTrue(UUID subjectId, Collection<String> ruleIds);
}
