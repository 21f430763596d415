package hearth.earlyhelp;

import java.time.LocalDate;

/** The family help assessment: started, completed (null while in progress), by whom, and what it found. */
public record FamilyAssessment(LocalDate startedOn, LocalDate completedOn, String completedBy, String summary) {

    public boolean completed() {
        return completedOn != null;
    }
}
