package hearth.careleavers;

import hearth.careleavers.domain.LeaverHistory;
import hearth.careleavers.domain.LeaverRecord;
import hearth.careleavers.domain.LeaverRecordRepository;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API: the lists a personal adviser and their manager work from. */
@Service
public class CareLeaverLists {

    private final LeaverRecordRepository records;
    private final LeaverHistory history;
    private final People people;
    private final Obligations obligations;
    private final Clock clock;

    CareLeaverLists(LeaverRecordRepository records, LeaverHistory history, People people, Obligations obligations,
            Clock clock) {
        this.records = records;
        this.history = history;
        this.people = people;
        this.obligations = obligations;
        this.clock = clock;
    }

    /** The young people an adviser holds (or every care leaver when {@code adviser} is null), by name. */
    @Transactional(readOnly = true)
    public List<LeaverListRow> caseload(String adviser) {
        List<LeaverRecord> held = adviser == null ? records.findAll() : records.findByAdviser(adviser);
        return rows(held);
    }

    /** Care leavers not in touch: an attempt did not reach them and nobody has reached them since. */
    @Transactional(readOnly = true)
    public List<LeaverListRow> notInTouch() {
        return rows(records.findAll().stream().filter(r -> r.getNotInTouchSince() != null).toList()).stream()
                .sorted(Comparator.comparing(LeaverListRow::notInTouchSince)).toList();
    }

    private List<LeaverListRow> rows(List<LeaverRecord> held) {
        List<UUID> ids = held.stream().map(LeaverRecord::getChildId).toList();
        Map<UUID, PersonSummary> children = people.find(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<UUID, List<ObligationView>> open = obligations.openFor(ids).stream()
                .collect(Collectors.groupingBy(ObligationView::subjectId));
        LocalDate today = LocalDate.now(clock.withZone(hearth.timescales.Due.LONDON));
        return held.stream().filter(r -> children.containsKey(r.getChildId())).map(r -> {
            PersonSummary child = children.get(r.getChildId());
            EligibilityStatus status = EligibilityRules.derive(child.dateOfBirth(), history.periods(child.id()), today);
            List<ObligationView> mine = open.getOrDefault(child.id(), List.of());
            ObligationView contact = rule(mine, LeaverObligations.CONTACT_RULE);
            ObligationView review = rule(mine, LeaverObligations.PATHWAY_REVIEW_RULE);
            LeaverView v = r.view();
            boolean neet = history.birthdays(child.id()).stream().findFirst().map(BirthdayRecordView::neet)
                    .orElse(false);
            return new LeaverListRow(child.id(), child.fullName(), status.age(), status.category(), v.adviser(),
                    review == null ? null : review.dueDate(), contact == null ? null : contact.dueDate(),
                    contact != null && contact.state() == ObligationState.OVERDUE, v.lastContactOn(),
                    v.notInTouchSince(), neet);
        }).sorted(Comparator.comparing(LeaverListRow::name)).toList();
    }

    private static ObligationView rule(List<ObligationView> open, String rule) {
        return open.stream().filter(o -> o.ruleId().equals(rule)).findFirst().orElse(null);
    }
}
