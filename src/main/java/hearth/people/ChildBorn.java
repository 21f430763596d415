package hearth.people;

import java.time.LocalDate;
import java.util.UUID;

/** An unborn child's birth was recorded: plans made before birth (e.g. a pre-birth protection plan) carry on. */
public record ChildBorn(UUID childId, LocalDate bornOn) {
}
