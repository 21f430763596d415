package hearth.returns.cinrules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The initial child protection conference dates of an episode, at either level (CINdetails or Section47). */
final class Conferences {

    private Conferences() {
    }

    static List<LocalDate> of(CinTables t, CinTables.CinDetails d) {
        List<LocalDate> dates = new ArrayList<>();
        if (d.dateOfInitialCpc() != null) {
            dates.add(d.dateOfInitialCpc());
        }
        t.section47().stream().filter(s -> EpisodeActivity.same(d, s.laChildId(), s.cinDetailsId()))
                .map(CinTables.Section47::dateOfInitialCpc).filter(x -> x != null).forEach(dates::add);
        return dates;
    }
}
