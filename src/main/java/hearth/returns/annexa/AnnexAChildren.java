package hearth.returns.annexa;

import hearth.people.ReturnIdentity;
import hearth.workforce.AllocationView;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every list says about a child, read once in bulk for all of them: identity (ID, gender, ethnicity, date of
 * birth, age at the as-of date, disability, asylum) and who held their work on the as-of date. A child whose person
 * record is voided has no identity and is left out of every list.
 */
final class AnnexAChildren {

    private final AnnexAPeriod period;
    private final Map<UUID, ReturnIdentity> identities = new HashMap<>();
    private final Map<UUID, AllocationView> allocations = new HashMap<>();

    AnnexAChildren(AnnexAPeriod period, List<ReturnIdentity> identities, List<AllocationView> histories) {
        this.period = period;
        identities.forEach(i -> this.identities.put(i.id(), i));
        // oldest first: the last one started on or before the as-of date holds the work
        for (AllocationView a : histories) {
            if (!a.from().isAfter(period.asOf())) {
                allocations.put(a.childId(), a);
            }
        }
    }

    boolean known(UUID child) {
        return identities.containsKey(child);
    }

    ReturnIdentity identity(UUID child) {
        return identities.get(child);
    }

    /** Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years). */
    List<Object> who(UUID child) {
        ReturnIdentity i = identities.get(child);
        LocalDate born = i.dateOfBirth();
        Integer age = born == null || born.isAfter(period.asOf()) ? null
                : Period.between(born, period.asOf()).getYears();
        return new ArrayList<>(Arrays.asList(i.laChildId(), AnnexACodes.gender(i.sex()),
                AnnexACodes.ethnicity(i.ethnicity()), born, age));
    }

    String disability(UUID child) {
        return AnnexACodes.disability(identities.get(child).disabilities());
    }

    String team(UUID child) {
        AllocationView a = allocations.get(child);
        return a == null ? null : a.teamName();
    }

    /** The allocated worker's name, or blank when the work sits with the team's duty list. */
    String worker(UUID child) {
        AllocationView a = allocations.get(child);
        return a == null ? null : a.workerName();
    }

    static List<Object> row(List<Object> start, Object... more) {
        List<Object> row = new ArrayList<>(start);
        row.addAll(Arrays.asList(more));
        return row;
    }
}
