package hearth.court.web;

import java.util.List;

/** What a court form page shows: its title, where it posts, its questions and the version it was shown with. */
record LegalFormPage(String titleKey, String action, List<Field> fields, Long version, String ruleField) {
}
