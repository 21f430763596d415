package hearth.timescales;

/**
 * The named working-day calendars. Regimes define "working day" differently (reference section 3),
 * so every rule names the calendar it counts in.
 */
public enum CalendarKind {
    /**
     * "EW-statutory": not Saturday, Sunday, Good Friday, Christmas Day or an England and Wales bank
     * holiday (statutory, proclaimed and substitute days). Local closure days do not count here.
     */
    EW_STATUTORY,
    /**
     * "EW-complaints" (Children Act 1989 Representations Procedure (England) Regulations 2006 reg 2):
     * as EW-statutory, and 26 December is always a non-working day even when it is not itself the bank
     * holiday that year. Under the current holiday rules a weekday 26 December is always a bank holiday,
     * so this calendar skips the same days as EW-statutory; it is kept separate so complaint rules cite
     * the definition they are bound by, and so a future change to the holiday rules cannot drift them.
     */
    EW_COMPLAINTS,
    /** EW-statutory plus the council's own closure days: for local standards only. */
    LOCAL;

    /** The form used in URLs and the API, e.g. {@code ew-statutory}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static CalendarKind fromSlug(String slug) {
        for (CalendarKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown calendar: " + slug);
    }
}
