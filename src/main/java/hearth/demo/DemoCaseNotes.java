package hearth.demo;

import hearth.recording.CaseNotes;
import hearth.recording.NewNote;
import hearth.recording.NoteType;
import hearth.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A few case notes for each child allocated for assessment, written by the worker (and the manager's oversight)
 * on weekdays in working hours, finalised an hour or two after the event. Their own random stream (from the
 * child's id) leaves the rest of the generated data as it was.
 */
@Component
class DemoCaseNotes {

    private static final List<String> VISITS = List.of(
            "Visited at home. {c} was in the living room and showed me their bedroom; it was clean and warm. "
                    + "Mum said things have been calmer this week.",
            "Home visit. {c} was seen alone in their room and said they like their new teacher. Food in the "
                    + "cupboards; home conditions adequate.",
            "Visited with the family support worker. Dad was present and engaged well. {c} talked about football "
                    + "and seeing their nan at weekends.");
    private static final List<String> CALLS = List.of(
            "Telephone call from school: {c} attended every day this week and was in clean uniform.",
            "Telephone call with the health visitor, who has no new concerns and will visit again next month.",
            "Telephone call from mum to rearrange Thursday's visit because of a hospital appointment.");
    private static final List<String> OVERSIGHT = List.of(
            "Management oversight: case discussed in supervision. Assessment on track; worker to see {c} alone at "
                    + "the next visit and speak to the school nurse.",
            "Management oversight: reviewed the chronology with the worker. Agree the plan; no need for a strategy "
                    + "discussion at present.");

    private final CaseNotes notes;
    private final DemoActors actors;

    DemoCaseNotes(CaseNotes notes, DemoActors actors) {
        this.notes = notes;
        this.actors = actors;
    }

    /** Two to four notes in the weeks after allocation, none after {@code now}. */
    void write(UUID childId, String firstName, String worker, String manager, LocalDate from, Instant now) {
        Random random = new Random(childId.getMostSignificantBits() ^ childId.getLeastSignificantBits());
        LocalDate day = from;
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            day = weekday(day.plusDays(2 + random.nextInt(9)));
            boolean oversight = i == count - 1 && random.nextBoolean();
            NoteType type = oversight ? NoteType.MANAGEMENT_OVERSIGHT
                    : random.nextInt(3) == 0 ? NoteType.TELEPHONE_CALL : NoteType.HOME_VISIT;
            List<String> texts = switch (type) {
                case MANAGEMENT_OVERSIGHT -> OVERSIGHT;
                case TELEPHONE_CALL -> CALLS;
                default -> VISITS;
            };
            Instant happened = day.atTime(9 + random.nextInt(7), 15 * random.nextInt(4))
                    .atZone(hearth.platform.HearthClock.LONDON).toInstant();
            Instant written = happened.plus(Duration.ofMinutes(45 + random.nextInt(120)));
            if (written.isAfter(now)) {
                return;
            }
            String body = texts.get(random.nextInt(texts.size())).replace("{c}", firstName);
            boolean significant = random.nextInt(10) == 0;
            String author = oversight ? manager : worker;
            actors.as(author, oversight ? Role.TEAM_MANAGER : Role.SOCIAL_WORKER, written,
                    () -> notes.record(new NewNote(childId, type, happened, significant, body, List.of())));
        }
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
