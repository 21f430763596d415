package hearth.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * "Validate the live data": every return that can be checked live ({@link LiveCheck}) is produced in memory for its
 * current collection period up to today and run through the DfE rules, so errors are fixed in the record long
 * before the return is due. Each run is recorded in {@link ReturnRuns}.
 */
@Service
public class LiveValidation {

    private final List<LiveCheck> checks;
    private final ReturnRuns runs;
    private final Clock clock;

    LiveValidation(List<LiveCheck> checks, ReturnRuns runs, Clock clock) {
        this.checks = checks;
        this.runs = runs;
        this.clock = clock;
    }

    /** Every finding of every live-checked return today, recorded as run {@code via} by {@code runBy}. */
    public List<LiveFinding> validateLive(ReturnRuns.Via via, String runBy) {
        LocalDate today = LocalDate.now(clock);
        List<LiveFinding> all = new ArrayList<>();
        for (LiveCheck check : checks) {
            List<LiveFinding> found = check.check(today);
            all.addAll(found);
            runs.validated(check.returnName(), check.period(today), List.<Path>of(), found.stream()
                    .map(f -> new ReturnValidation.Finding(f.laChildId(), f.rule(), f.error(), f.message(),
                            f.fields())).toList(), via, runBy);
        }
        return all;
    }
}
