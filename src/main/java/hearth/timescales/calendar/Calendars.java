package hearth.timescales.calendar;

import hearth.timescales.CalendarKind;
import hearth.timescales.WorkingDayCalendar;
import hearth.timescales.WorkingDays;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The named calendars; the local one reads the council's closure days. */
@Service
class Calendars implements WorkingDays {

    private final Map<CalendarKind, WorkingDayCalendar> calendars = new EnumMap<>(CalendarKind.class);

    Calendars(ClosureDays closureDays) {
        calendars.put(CalendarKind.EW_STATUTORY, HolidayCalendar.statutory());
        calendars.put(CalendarKind.EW_COMPLAINTS, HolidayCalendar.complaints());
        calendars.put(CalendarKind.LOCAL, new HolidayCalendar(CalendarKind.LOCAL, closureDays::isClosed));
    }

    @Override
    public WorkingDayCalendar calendar(CalendarKind kind) {
        return calendars.get(kind);
    }
}
