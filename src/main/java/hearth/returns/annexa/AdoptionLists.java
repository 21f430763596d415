package hearth.returns.annexa;

import static hearth.returns.annexa.AnnexAChildren.row;

import hearth.adoption.AdopterDisability;
import hearth.adoption.AdopterGender;
import hearth.adoption.AdopterPerson;
import hearth.adoption.AdopterView;
import hearth.adoption.AdoptionJourneyView;
import hearth.childrenincare.CarePeriodView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Annex A lists 10 and 11: children with a plan for adoption, and adopters and prospective adopters. */
final class AdoptionLists {

    /** An adopter whose details are not recorded. */
    private static final AdopterPerson UNRECORDED = new AdopterPerson(null, null, null);

    private AdoptionLists() {
    }

    /**
     * List 10: children whose decision that they should be placed for adoption was made by the as-of date and whose
     * journey had not ended (adopted or decided no longer) before the period. The family identifier is the
     * adopters'; dates after the as-of date had not happened yet.
     */
    static List<List<Object>> children(AnnexAPeriod period, AnnexAChildren children,
            List<AdoptionJourneyView> journeys, List<CarePeriodView> care) {
        LocalDate asOf = period.asOf();
        List<List<Object>> rows = new ArrayList<>();
        journeys.stream().filter(j -> children.known(j.childId()) && j.decidedOn() != null
                        && period.overlaps(j.decidedOn(), j.orderOn() != null ? j.orderOn() : j.stoppedOn()))
                .sorted(Comparator.comparing(AdoptionJourneyView::decidedOn)).forEach(j -> {
                    LocalDate entered = care.stream().filter(c -> c.childId().equals(j.childId())
                            && !c.startDate().isAfter(j.decidedOn())).map(CarePeriodView::startDate)
                            .max(Comparator.naturalOrder()).orElse(null);
                    LocalDate stopped = asAt(j.stoppedOn(), asOf);
                    List<Object> who = children.who(j.childId());
                    List<Object> start = new ArrayList<>();
                    start.add(who.get(0));
                    start.add(j.adopterId() == null || asAt(j.matchedOn(), asOf) == null ? null
                            : j.adopterId().toString());
                    start.addAll(who.subList(1, who.size()));
                    rows.add(row(start, children.disability(j.childId()), entered, j.decidedOn(),
                            asAt(j.placementOrderOn(), asOf), asAt(j.matchedOn(), asOf), asAt(j.placedOn(), asOf),
                            asAt(j.orderOn(), asOf), stopped,
                            stopped == null ? null : AnnexACodes.noLongerPlaced(j.stoppedReason()),
                            asAt(j.ffaPlacedOn(), asOf)));
                });
        return rows;
    }

    /**
     * List 11: adopters and prospective adopters in the process at some time in the period (enquiry by the as-of
     * date; not left or adopted before the period), one row for each adopter: a couple is two rows with the same
     * family identifier (the household's) and individual identifiers ending -1 and -2. Each adopter's gender,
     * ethnicity and disability are as recorded for who is adopting; a household without them is one row with them
     * not stated. Stage 1 ends when stage 2 begins (or they leave).
     */
    static List<List<Object>> adopters(AnnexAPeriod period, List<AdopterView> adopters,
            List<AdoptionJourneyView> journeys) {
        LocalDate asOf = period.asOf();
        List<List<Object>> rows = new ArrayList<>();
        adopters.stream().filter(a -> a.enquiryOn() != null
                        && period.overlaps(a.enquiryOn(), a.leftOn() != null ? a.leftOn() : a.orderOn()))
                .sorted(Comparator.comparing(AdopterView::enquiryOn)).forEach(a -> {
                    List<AdoptionJourneyView> theirs = journeys.stream()
                            .filter(j -> a.id().equals(j.adopterId())).toList();
                    boolean ffa = theirs.stream().anyMatch(j -> j.fosteringForAdoption()
                            && j.ffaPlacedOn() != null && !j.ffaPlacedOn().isAfter(asOf));
                    long placed = theirs.stream().filter(j -> j.placedOn() != null && !j.placedOn().isAfter(asOf))
                            .count();
                    LocalDate left = asAt(a.leftOn(), asOf);
                    LocalDate stage1 = asAt(a.stage1On(), asOf);
                    LocalDate stage2 = asAt(a.stage2On(), asOf);
                    LocalDate approved = asAt(a.approvedOn(), asOf);
                    List<AdopterPerson> people = a.details() == null ? List.of(UNRECORDED)
                            : a.details().people();
                    for (int i = 0; i < people.size(); i++) {
                        AdopterPerson p = people.get(i);
                        rows.add(row(List.of(), a.id() + "-" + (i + 1), a.id().toString(), gender(p.gender()),
                                AnnexACodes.ethnicity(p.ethnicity()), disability(p.disability()),
                                AnnexACodes.yesNo(ffa), a.enquiryOn(), stage1,
                                stage1 == null ? null : stage2 != null ? stage2 : left, stage2,
                                stage2 == null ? null : approved != null ? approved : left, stage2, approved,
                                asAt(a.matchedOn(), asOf), asAt(a.placedOn(), asOf), placed == 0 ? null : placed,
                                asAt(a.orderOn(), asOf), left,
                                left == null ? null : AnnexACodes.leftAdoption(a.leftReason())));
                    }
                });
        return rows;
    }

    static String gender(AdopterGender gender) {
        if (gender == null) {
            return "c) Not stated/recorded";
        }
        return switch (gender) {
            case MALE -> "a) Male";
            case FEMALE -> "b) Female";
            case NEITHER -> "d) Neither";
            case NOT_STATED -> "c) Not stated/recorded";
        };
    }

    static String disability(AdopterDisability disability) {
        if (disability == null) {
            return AnnexACodes.UNKNOWN;
        }
        return switch (disability) {
            case YES -> AnnexACodes.YES;
            case NO -> AnnexACodes.NO;
            case UNKNOWN -> AnnexACodes.UNKNOWN;
        };
    }

    private static LocalDate asAt(LocalDate date, LocalDate asOf) {
        return date == null || date.isAfter(asOf) ? null : date;
    }
}
