package hearth.adoption;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record shows the adoption stage as a badge and a panel with the steps and the timeliness measures. */
@Component
class AdoptionPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final Adoptions adoptions;
    private final CareFacts careFacts;
    private final MessageSource messages;

    AdoptionPanel(Adoptions adoptions, CareFacts careFacts, MessageSource messages) {
        this.adoptions = adoptions;
        this.careFacts = careFacts;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        return adoptions.forChild(childId).stream().findFirst().filter(j -> !j.stage().equals("STOPPED"))
                .map(j -> List.of(new RecordBadge("adoption.badge." + j.stage(), "purple"))).orElse(List.of());
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<AdoptionJourneyView> journeys = adoptions.forChild(childId);
        if (journeys.isEmpty()) {
            boolean inCare = careFacts.latest(childId).filter(f -> f.ceasedOn() == null).isPresent();
            return inCare ? List.of(new RecordPanel(52, "adoption.panel.title",
                    List.of(new RecordPanel.Row("adoption.panel.stage", text("adoption.child.none"))),
                    List.of(new RecordPanel.Link("adoption.panel.open", "/children/" + childId + "/adoption"))))
                    : List.of();
        }
        AdoptionJourneyView j = journeys.get(0);
        AdoptionTimeliness t = adoptions.timeliness(j);
        List<RecordPanel.Row> rows = new ArrayList<>();
        rows.add(new RecordPanel.Row("adoption.panel.stage", text("adoption.stage." + j.stage())));
        rows.add(new RecordPanel.Row("adoption.panel.decided", j.decidedOn().format(DATE)));
        if (t.a10Days() != null) {
            rows.add(new RecordPanel.Row("adoption.panel.a10", text(t.a10Complete() ? "adoption.days" : "adoption.daysSoFar",
                    t.a10Days(), AdoptionTimeliness.A10_THRESHOLD)));
        }
        if (t.a2Days() != null) {
            rows.add(new RecordPanel.Row("adoption.panel.a2", text(t.a2Complete() ? "adoption.days" : "adoption.daysSoFar",
                    t.a2Days(), AdoptionTimeliness.A2_THRESHOLD)));
        }
        return List.of(new RecordPanel(52, "adoption.panel.title", rows,
                List.of(new RecordPanel.Link("adoption.panel.open", "/children/" + childId + "/adoption"))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
