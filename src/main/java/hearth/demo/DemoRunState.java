package hearth.demo;

/**
 * A generator bean that remembers something during one run (say, that the one short first stay has been given):
 * {@link DemoData} forgets it before each run, so a second run with the same seed makes the same data as the first.
 */
interface DemoRunState {

    /** Forgets what the last run remembered. */
    void newRun();
}
