package hearth.missing;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.missing.domain.MissingLookedAfterPeriod;
import hearth.missing.domain.MissingLookedAfterPeriodRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is looked after, as children in care publishes it: this context keeps its own projection so an episode is
 * marked "from care" (reported in SSDA903) or "from home" without reading another context's tables.
 */
@Service
public class LookedAfterChildren {

    private final MissingLookedAfterPeriodRepository periods;

    LookedAfterChildren(MissingLookedAfterPeriodRepository periods) {
        this.periods = periods;
    }

    @EventListener
    @Transactional
    public void on(ChildBecameLookedAfter started) {
        if (periods.findByPeriodId(started.periodId()).isEmpty()) {
            periods.save(new MissingLookedAfterPeriod(started.childId(), started.periodId(), started.startDate()));
        }
    }

    @EventListener
    @Transactional
    public void on(ChildCeasedToBeLookedAfter ceased) {
        periods.findByPeriodId(ceased.periodId()).ifPresent(p -> p.ended(ceased.endDate()));
    }

    /** Whether the child was looked after on this day. */
    @Transactional(readOnly = true)
    public boolean lookedAfterOn(UUID childId, LocalDate day) {
        return periods.findByChildId(childId).stream().anyMatch(p -> p.covers(day));
    }

    /** The children looked after now (with no end recorded). */
    @Transactional(readOnly = true)
    public List<UUID> lookedAfterNow() {
        return periods.findByEndDateIsNull().stream().map(MissingLookedAfterPeriod::childId).distinct().toList();
    }
}
