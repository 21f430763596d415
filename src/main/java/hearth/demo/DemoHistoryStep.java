package hearth.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Something the demo generator does at the end of the generated history, after the journeys (for example the
 * supervision, audits and inspections of the period). Each step is a bean; they run in {@link #order()}, each with
 * its own random stream derived from the seed, so adding a step does not change what the others make.
 */
public interface DemoHistoryStep {

    /** Steps run lowest first; the built-in steps (carers, adoption, fostering, health, care leavers) run before 100. */
    int order();

    /**
     * Records this step's part of the history, as of {@code today}, for an authority taking {@code referralsPerYear}
     * referrals a year, reporting a plain line of what it made.
     */
    void run(LocalDate today, int referralsPerYear, DemoCast cast, Random random, Consumer<String> progress);
}
