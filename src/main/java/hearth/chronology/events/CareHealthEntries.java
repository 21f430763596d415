package hearth.chronology.events;

import static hearth.chronology.EntryCategory.EDUCATION;
import static hearth.chronology.EntryCategory.HEALTH;

import hearth.carehealth.CareHealthKind;
import hearth.chronology.EntryCategory;
import hearth.carehealth.CareHealthRecordVoided;
import hearth.carehealth.CareHealthRecorded;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health and education of children in care on the chronology: every health assessment, dental check, SDQ, PEP,
 * school change, exclusion, independent visitor, advocate and conviction record, and records voided.
 */
@Component
class CareHealthEntries {

    private final EventEntries entries;

    CareHealthEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(CareHealthRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.recordId(), category(e.kind()))
                .on(e.date()).variant(e.kind().name()).says(e.byWhom(), e.outcome(), e.score())
                .link(link(e.childId()))
                .significant(e.kind() == CareHealthKind.EXCLUSION || e.kind() == CareHealthKind.SCHOOL_CHANGE
                        || e.kind() == CareHealthKind.INITIAL_HEALTH_ASSESSMENT));
    }

    @EventListener
    void on(CareHealthRecordVoided e) {
        entries.record(Happened.to(e.childId(), e, e.recordId(), category(e.kind()))
                .at(e.voidedAt()).says(e.reason()).link(link(e.childId())));
    }

    /** Health or education; a conviction or caution is a police matter. */
    private static EntryCategory category(CareHealthKind kind) {
        return kind == CareHealthKind.CONVICTION ? EntryCategory.POLICE : kind.health() ? HEALTH : EDUCATION;
    }

    private static String link(UUID childId) {
        return "/children/" + childId + "/care-health";
    }
}
