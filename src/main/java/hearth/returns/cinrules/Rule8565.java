package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8565: nothing in an episode is dated after its closure. */
final class Rule8565 extends CinRuleBase {

    Rule8565() {
        super("8565", "Activity shown after a case has been closed");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            LocalDate closed = d.closureDate();
            if (closed == null) {
                continue;
            }
            List<LocalDate> dates = new ArrayList<>();
            t.assessments().stream().filter(a -> EpisodeActivity.same(d, a.laChildId(), a.cinDetailsId()))
                    .forEach(a -> { dates.add(a.startDate()); dates.add(a.authorisationDate()); });
            t.cinPlanDates().stream().filter(a -> EpisodeActivity.same(d, a.laChildId(), a.cinDetailsId()))
                    .forEach(a -> { dates.add(a.startDate()); dates.add(a.endDate()); });
            t.section47().stream().filter(a -> EpisodeActivity.same(d, a.laChildId(), a.cinDetailsId()))
                    .forEach(a -> { dates.add(a.startDate()); dates.add(a.dateOfInitialCpc()); });
            t.childProtectionPlans().stream().filter(a -> EpisodeActivity.same(d, a.laChildId(), a.cinDetailsId()))
                    .forEach(a -> { dates.add(a.startDate()); dates.add(a.endDate()); });
            t.reviews().stream().filter(a -> EpisodeActivity.same(d, a.laChildId(), a.cinDetailsId()))
                    .forEach(a -> dates.add(a.reviewDate()));
            dates.add(d.dateOfInitialCpc());
            if (dates.stream().anyMatch(x -> after(x, closed))) {
                found.add(finding(d.laChildId(), "CINclosureDate"));
            }
        }
        return found;
    }
}
