package hearth.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * The extension point for validating the live data: one return (CIN census now; SSDA903 can plug in the same way)
 * produced in memory for its current collection period up to {@code today} and run through its DfE rules.
 * {@link LiveValidation} runs every implementation.
 */
public interface LiveCheck {

    /** The return's name, as {@link ReturnExport#name()}. */
    String returnName();

    /** The period checked, in words for the audit, e.g. {@code 2025-04-01 to 2025-11-23}. */
    String period(LocalDate today);

    /** Every finding in the return as it would be produced today; nothing in scope is no findings. */
    List<LiveFinding> check(LocalDate today);
}
