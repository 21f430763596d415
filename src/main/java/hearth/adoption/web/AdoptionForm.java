package hearth.adoption.web;

import hearth.platform.web.DateParts;
import hearth.platform.web.TypedForm;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads an adoption form's typed values, keeping what was typed for re-display. */
final class AdoptionForm extends TypedForm {

    /** What a form page shows: title, where it posts, where "back" goes, its questions and the version shown. */
    record Page(String titleKey, String action, String back, List<AdoptionField> fields, Long version, String ruleField) {

        Map<String, DateParts> dates(Map<String, String> values) {
            return fields.stream().filter(f -> f.kind().equals("date"))
                    .collect(Collectors.toMap(AdoptionField::name, f -> parts(values, f.name())));
        }
    }

    AdoptionForm(Map<String, String> values) {
        super(values, "adoption");
    }
}
