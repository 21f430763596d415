package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What was known around a care leaver's 17th to 21st birthday (SSDA903 OC3): in touch, activity and accommodation
 * (the ACCOM code with its suitability suffix); activity and accommodation are null when not in touch.
 */
public record BirthdayRecordView(UUID id, UUID childId, int birthdayAge, LocalDate birthday, InTouch inTouch,
        Activity activity, String accommodation, LocalDate recordedOn, String recordedBy) {

    public boolean neet() {
        return activity != null && activity.neet();
    }

    public boolean suitablyAccommodated() {
        return accommodation != null && accommodation.endsWith("1");
    }
}
