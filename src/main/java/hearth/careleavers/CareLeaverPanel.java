package hearth.careleavers;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import hearth.people.PersonSummary;
import hearth.people.People;
import hearth.timescales.ObligationView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record shows the care leaver status as a badge (and "Not in touch"), and a panel linking to the page. */
@Component
class CareLeaverPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final CareLeavers careLeavers;
    private final LeaverPathway pathway;
    private final People people;
    private final MessageSource messages;

    CareLeaverPanel(CareLeavers careLeavers, LeaverPathway pathway, People people, MessageSource messages) {
        this.careLeavers = careLeavers;
        this.pathway = pathway;
        this.people = people;
        this.messages = messages;
    }

    private Optional<EligibilityStatus> status(UUID childId) {
        Optional<PersonSummary> child = people.find(childId);
        if (child.isEmpty() || child.get().dateOfBirth() == null) {
            return Optional.empty();
        }
        EligibilityStatus status = careLeavers.eligibility(childId);
        return status.category().careLeaver() ? Optional.of(status) : Optional.empty();
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        Optional<EligibilityStatus> status = status(childId);
        if (status.isEmpty()) {
            return List.of();
        }
        List<RecordBadge> badges = new ArrayList<>();
        badges.add(new RecordBadge("careleavers.badge." + status.get().category(), "turquoise"));
        careLeavers.find(childId).filter(LeaverView::notInTouch)
                .ifPresent(l -> badges.add(new RecordBadge("careleavers.badge.notInTouch", "red")));
        return badges;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        Optional<EligibilityStatus> status = status(childId);
        if (status.isEmpty()) {
            return List.of();
        }
        List<RecordPanel.Row> rows = new ArrayList<>();
        rows.add(new RecordPanel.Row("careleavers.eligibility", text("careleavers.eligibility." + status.get().category())));
        Optional<LeaverView> leaver = careLeavers.find(childId);
        rows.add(new RecordPanel.Row("careleavers.adviser", leaver.map(LeaverView::adviser).orElse(null) == null
                ? text("careleavers.none") : leaver.get().adviser()));
        rows.add(new RecordPanel.Row("careleavers.nextReview", due(childId, "pathway-review")));
        rows.add(new RecordPanel.Row("careleavers.lastContact", leaver.map(LeaverView::lastContactOn)
                .map(DATE::format).orElse(text("careleavers.none"))));
        leaver.filter(LeaverView::notInTouch).ifPresent(l -> rows.add(new RecordPanel.Row("careleavers.notInTouch",
                text("careleavers.notInTouchSince", DATE.format(l.notInTouchSince())))));
        List<RecordPanel.Link> links = List.of(new RecordPanel.Link("careleavers.panel.view", "/care-leavers/" + childId));
        return List.of(new RecordPanel(45, "careleavers.panel.title", rows, links));
    }

    private String due(UUID childId, String what) {
        return pathway.due(childId, what).map(ObligationView::dueDate).map(DATE::format)
                .orElse(text("careleavers.none"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
