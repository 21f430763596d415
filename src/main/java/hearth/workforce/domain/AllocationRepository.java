package hearth.workforce.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AllocationRepository extends JpaRepository<Allocation, UUID> {

    Optional<Allocation> findFirstByChildIdAndToIsNull(UUID childId);

    List<Allocation> findByChildIdOrderByFromDesc(UUID childId);

    List<Allocation> findByChildIdInOrderByFromAsc(java.util.Collection<UUID> childIds);

    @Query("""
            select count(distinct a.workerUsername) from Allocation a
            where a.childId = :child and a.workerUsername is not null and (a.to is null or a.to >= :since)""")
    long countWorkersSince(UUID child, LocalDate since);
}
