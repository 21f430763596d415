package hearth.fostering;

import hearth.fostering.domain.FosterHousehold;
import hearth.fostering.domain.FosterHouseholdRepository;
import hearth.fostering.domain.HouseholdRecord;
import hearth.fostering.domain.HouseholdRecordRepository;
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

/**
 * Published API for foster carer households: enquiry, assessment, panel, approval with terms and places, annual
 * reviews (the first to panel, then yearly: reference FC1, FC2), support, training and allegations (recorded as
 * referred to the LADO), and leaving.
 */
@Service
public class FosterCarers {

    private final FosterHouseholdRepository households;
    private final HouseholdRecordRepository records;
    private final Clock clock;

    FosterCarers(FosterHouseholdRepository households, HouseholdRecordRepository records, Clock clock) {
        this.households = households;
        this.records = records;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    @Transactional
    public HouseholdView enquire(String name, String address, LocalDate enquiryOn) {
        FosterHousehold h = new FosterHousehold(name, address, enquiryOn, today(), CurrentUser.username(),
                clock.instant());
        households.save(h);
        return h.view(List.of());
    }

    @Transactional
    public HouseholdView advance(UUID id, long seenVersion, HouseholdStage to, LocalDate on, String terms,
            Integer places, String reason) {
        FosterHousehold h = seen(id, seenVersion);
        h.advance(to, on, terms, places, reason, today());
        households.flush();
        return view(h);
    }

    /** Records a review, support visit, training or allegation; a review moves the next review's date. */
    @Transactional
    public HouseholdView record(UUID id, HouseholdRecordKind kind, LocalDate on, String details, boolean toPanel) {
        FosterHousehold h = households.findById(id).orElseThrow(() -> new NotFoundException("Household"));
        if (on == null || on.isAfter(today())) {
            throw new FosteringRuleBroken("fostering.rule.future", "The date cannot be in the future");
        }
        if (kind == HouseholdRecordKind.ANNUAL_REVIEW) {
            h.reviewed(on, toPanel);
        }
        records.save(new HouseholdRecord(id, kind, on, details, toPanel, CurrentUser.username(), clock.instant()));
        households.flush();
        return view(h);
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdView> find(UUID id) {
        return households.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<HouseholdView> all() {
        return households.findByVoidedFalseOrderByNameAsc().stream().map(h -> h.view(List.of())).toList();
    }

    private HouseholdView view(FosterHousehold h) {
        return h.view(records.findByHouseholdIdAndVoidedFalseOrderByHappenedOnDesc(h.getId()).stream()
                .map(HouseholdRecord::view).toList());
    }

    private FosterHousehold seen(UUID id, long seenVersion) {
        FosterHousehold h = households.findById(id).orElseThrow(() -> new NotFoundException("Household"));
        if (h.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(FosterHousehold.class, "seen version " + seenVersion);
        }
        return h;
    }
}
