package hearth.people;

import hearth.audit.ChangeRecord;
import java.util.List;

/**
 * A save refused because someone else saved the record after the user opened it. Carries what they
 * changed, so the page can show it beside the user's own input, which is kept.
 */
public class EditConflict extends RuntimeException {

    private final transient List<ChangeRecord> changesMeanwhile;
    private final long currentVersion;

    public EditConflict(List<ChangeRecord> changesMeanwhile, long currentVersion) {
        super("The record was changed by someone else");
        this.changesMeanwhile = changesMeanwhile;
        this.currentVersion = currentVersion;
    }

    public List<ChangeRecord> changesMeanwhile() {
        return changesMeanwhile;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
