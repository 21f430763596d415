package hearth.timescales;

import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;

/** Links into the timescales pages, for contexts that show due items. */
public final class TimescaleLinks {

    private TimescaleLinks() {
    }

    /** "Why is this due": the rule page, with the date and event that started the clock. */
    public static String whyDue(String ruleId, LocalDate started, String event) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/timescales/rules/{id}");
        if (started != null) {
            uri.queryParam("started", started.toString());
        }
        if (event != null && !event.isBlank()) {
            uri.queryParam("event", "{event}");
            return uri.encode().buildAndExpand(ruleId, event).toUriString();
        }
        return uri.encode().buildAndExpand(ruleId).toUriString();
    }
}
