package hearth.timescales;

/** Published API: the named working-day calendars. */
public interface WorkingDays {

    WorkingDayCalendar calendar(CalendarKind kind);

    default WorkingDayCalendar statutory() {
        return calendar(CalendarKind.EW_STATUTORY);
    }
}
