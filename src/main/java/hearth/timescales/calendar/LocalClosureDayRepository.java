package hearth.timescales.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocalClosureDayRepository extends JpaRepository<LocalClosureDay, UUID> {

    List<LocalClosureDay> findByClosureDateBetweenOrderByClosureDateAscAddedAtAsc(LocalDate from, LocalDate to);

    boolean existsByClosureDateAndVoidedFalse(LocalDate date);

    @Query("select d.closureDate from LocalClosureDay d where d.voided = false")
    List<LocalDate> activeDates();
}
