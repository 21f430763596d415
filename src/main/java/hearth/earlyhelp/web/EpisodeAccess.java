package hearth.earlyhelp.web;

import hearth.audit.AuditTrail;
import hearth.earlyhelp.EarlyHelp;
import hearth.earlyhelp.EpisodeView;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.RecordAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds an episode or child for a page, only once the user may open the child's record. */
@Component
public class EpisodeAccess {

    private final EarlyHelp earlyHelp;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    EpisodeAccess(EarlyHelp earlyHelp, People people, RecordAccess access, AuditTrail audit) {
        this.earlyHelp = earlyHelp;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    public EpisodeView episode(UUID id) {
        EpisodeView episode = earlyHelp.find(id).orElseThrow(() -> new NotFoundException("Early help episode"));
        access.require(episode.childId());
        return episode;
    }

    /** An episode a form changes: it must still be active, else the page says so (not found for forms). */
    EpisodeView activeEpisode(UUID id) {
        EpisodeView episode = episode(id);
        if (!episode.active()) {
            throw new IllegalStateException("This episode has ended");
        }
        audit.viewed(episode.childId(), "early help form");
        return episode;
    }

    public PersonSummary child(UUID id) {
        PersonSummary person = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        return person;
    }
}
