package hearth.dataquality;

import hearth.returns.ReturnRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, checks the live data against the DfE return rules and stores the counts for the trend. */
@Component
class NightlyQualityCheck {

    private final DataQuality quality;

    NightlyQualityCheck(DataQuality quality) {
        this.quality = quality;
    }

    @Scheduled(cron = "0 40 2 * * *", zone = "Europe/London")
    int checkAll() {
        return quality.checkAndStore(ReturnRuns.Via.SCHEDULE, "system").size();
    }
}
