package hearth.casesummary;

import java.util.List;
import java.util.UUID;

/**
 * Published SPI: where the case summary reads a child's significant events from (the chronology implements it).
 * An SPI rather than a call, so the chronology can put this context's events on the child's chronology without a
 * cycle between the two.
 */
public interface SignificantEventSource {

    /** The child's significant events, not voided, in any order. */
    List<SignificantEvent> significantEventsOf(UUID childId);
}
