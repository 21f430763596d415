package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A young person known to the leaving care service: their adviser, circumstances and keeping in touch. */
public record LeaverView(UUID childId, String adviser, LocalDate adviserSince, boolean stayingPut, boolean inCustody,
        boolean asylumSeeking, boolean parent, LocalDate supportRequestedOn, LocalDate notInTouchSince,
        LocalDate lastContactOn, long version) {

    public boolean notInTouch() {
        return notInTouchSince != null;
    }
}
