package hearth.chronology.events;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.childrenincare.PlacementStarted;
import hearth.people.PersonRegistered;
import hearth.security.RecordOpenedByBreakingGlass;
import java.util.Map;

/**
 * Published events deliberately left off the chronology, each with the reason. Every other published event must
 * have a listener here (a test fails otherwise), so a new context's events cannot be silently omitted.
 */
public final class NotOnTheChronology {

    public static final Map<Class<?>, String> EVENTS = Map.of(
            PersonRegistered.class,
            "Adding a person to Hearth is a recording act, not an event in the child's life; it also covers adults. "
                    + "The contact or referral that brought the child to us is on the chronology.",
            RecordOpenedByBreakingGlass.class,
            "Who opened the record is access audit (the record's 'who has viewed' page), not the child's history.",
            // MERGE NOTE: the children in care branch enters these three on the chronology (its own Entries class);
            // when both branches are merged, delete these three exclusions (the test refuses an event both entered
            // and excluded). Adoption listens to them for its own projection of the care facts.
            ChildBecameLookedAfter.class,
            "Entered on the chronology by the children in care context, which publishes it (this branch only listens).",
            PlacementStarted.class,
            "Entered on the chronology by the children in care context, which publishes it (this branch only listens).",
            ChildCeasedToBeLookedAfter.class,
            "Entered on the chronology by the children in care context, which publishes it (this branch only listens).");

    private NotOnTheChronology() {
    }
}
