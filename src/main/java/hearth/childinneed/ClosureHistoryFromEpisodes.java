package hearth.childinneed;

import hearth.frontdoor.ClosureHistory;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Tells the front door about a child's last authorised closure, with the reason in this context's wording. */
@Component
class ClosureHistoryFromEpisodes implements ClosureHistory {

    private final ChildrenInNeed childrenInNeed;
    private final MessageSource messages;

    ClosureHistoryFromEpisodes(ChildrenInNeed childrenInNeed, MessageSource messages) {
        this.childrenInNeed = childrenInNeed;
        this.messages = messages;
    }

    @Override
    public Optional<PreviousClosure> lastClosureOnOrBefore(UUID childId, LocalDate date) {
        return childrenInNeed.lastClosureOnOrBefore(childId, date).map(c -> new PreviousClosure(c.closedOn(),
                c.reason().name(), wording(c.reason()), c.decidedBy()));
    }

    /** The reason's wording without its code ("RC7: Services ceased..." gives "Services ceased..."): the front door shows the code beside it. */
    private String wording(ClosureReason reason) {
        String text = messages.getMessage("childinneed.reason." + reason, null, LocaleContextHolder.getLocale());
        String code = reason.name() + ": ";
        return text.startsWith(code) ? text.substring(code.length()) : text;
    }
}
