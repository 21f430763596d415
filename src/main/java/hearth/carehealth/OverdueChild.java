package hearth.carehealth;

import java.time.LocalDate;
import java.util.UUID;

/** A looked after child overdue a health assessment or personal education plan, for managers' list. */
public record OverdueChild(UUID childId, String childName, String ruleId, LocalDate dueDate, String responsible) {

    public String nameKey() {
        return "timescale." + ruleId + ".name";
    }
}
