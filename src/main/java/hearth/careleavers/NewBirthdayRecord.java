package hearth.careleavers;

import java.time.LocalDate;

/** Command: record in touch, activity and accommodation around a birthday (17 to 21). */
public record NewBirthdayRecord(int birthdayAge, InTouch inTouch, Activity activity, AccommodationType accommodation,
        boolean suitable, LocalDate recordedOn) {
}
