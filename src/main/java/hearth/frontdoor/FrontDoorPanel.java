package hearth.frontdoor;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record shows the latest contact, referrals in the last 12 months, and a re-referral badge. */
@Component
class FrontDoorPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final FrontDoor frontDoor;
    private final MessageSource messages;
    private final Clock clock;

    FrontDoorPanel(FrontDoor frontDoor, MessageSource messages, Clock clock) {
        this.frontDoor = frontDoor;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        List<ReferralView> referrals = frontDoor.referralsFor(childId);
        return !referrals.isEmpty() && referrals.get(0).reReferral()
                ? List.of(new RecordBadge("frontdoor.badge.reReferral", "red")) : List.of();
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<ContactView> contacts = frontDoor.contactsFor(childId);
        List<ReferralView> referrals = frontDoor.referralsFor(childId);
        List<RecordPanel.Row> rows = new ArrayList<>();
        List<RecordPanel.Link> links = new ArrayList<>();
        if (contacts.isEmpty()) {
            rows.add(new RecordPanel.Row("frontdoor.panel.latestContact", text("frontdoor.panel.none")));
        } else {
            ContactView latest = contacts.get(0);
            String outcome = latest.decision() == null ? text("frontdoor.status.AWAITING_DECISION")
                    : text("frontdoor.decision." + latest.decision());
            rows.add(new RecordPanel.Row("frontdoor.panel.latestContact",
                    LocalDate.ofInstant(latest.receivedAt(), Due.LONDON).format(DATE) + ": " + outcome));
            links.add(new RecordPanel.Link("frontdoor.panel.viewContact", "/contacts/" + latest.id()));
        }
        LocalDate yearAgo = LocalDate.now(clock.withZone(Due.LONDON)).minusMonths(12);
        long recent = referrals.stream().filter(r -> !r.date().isBefore(yearAgo)).count();
        rows.add(new RecordPanel.Row("frontdoor.panel.referralsInYear", String.valueOf(recent)));
        if (!referrals.isEmpty()) {
            ReferralView last = referrals.get(0);
            rows.add(new RecordPanel.Row("frontdoor.panel.reReferral", last.reReferral()
                    ? text("frontdoor.panel.reReferralYes", last.previousDate().format(DATE))
                    : text("frontdoor.panel.reReferralNo")));
        }
        if (CurrentUser.get().filter(u -> u.has(Permission.RECORD_CONTACT)).isPresent()) {
            links.add(new RecordPanel.Link("frontdoor.panel.record", "/children/" + childId + "/contacts/new"));
        }
        return List.of(new RecordPanel(20, "frontdoor.panel.title", rows, links));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
