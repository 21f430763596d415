package hearth.court.web;

import hearth.platform.web.TypedForm;
import java.util.Map;

/** Reads a court form's typed values, keeping what was typed for re-display. */
final class CourtForm extends TypedForm {

    static final int SHORT = 200;
    static final int ATTENDEES = 1000;
    static final int REASONS = 2000;
    static final int LONG = 4000;

    CourtForm(Map<String, String> values) {
        super(values, "court");
    }
}
