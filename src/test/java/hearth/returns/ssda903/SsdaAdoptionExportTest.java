package hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.adoption.AdoptionJourneyView;
import hearth.adoption.AdopterDetails;
import hearth.adoption.AdopterDisability;
import hearth.adoption.AdopterGender;
import hearth.adoption.AdopterLegalStatus;
import hearth.adoption.AdopterPerson;
import hearth.adoption.AdopterView;
import hearth.adoption.Adoptions;
import hearth.adoption.ProspectiveAdopters;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.ReasonCeased;
import hearth.childrenincare.SiblingArrangement;
import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.People;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.RelationshipType;
import hearth.people.Sex;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The SSDA903 adoption tables (AD1, placed_adoption, prev_perm) from the adoption context's journeys and earlier
 * periods of care, and the header's MOTHER and MC_DOB from the people context's relationships.
 */
@HearthTest
class SsdaAdoptionExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildrenInCare care;
    @Autowired
    Adoptions adoptions;
    @Autowired
    People people;
    @Autowired
    ProspectiveAdopters adopters;

    @TempDir
    Path out;

    Fixtures fx;
    String worker;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        worker = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Leo's AD1 row gives NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR from who is adopting, as recorded for the adopters he
     * was matched with (a married couple, a man and a woman).
     */
    @Test
    void adoptionJourneysPreviousPermanenceAndMotherhoodAreInTheReturn() throws Exception {
        PersonSummary leo = child("Leo", Sex.M, LocalDate.of(2021, 3, 3));
        PersonSummary zoe = child("Zoe", Sex.F, LocalDate.of(2020, 5, 5));
        PersonSummary kai = child("Kai", Sex.M, LocalDate.of(2015, 7, 7));
        PersonSummary mia = child("Mia", Sex.F, LocalDate.of(2009, 8, 8));
        PersonSummary baby = child("Ivy", Sex.F, LocalDate.of(2025, 12, 1));
        people.relate(mia.id(), baby.id(), RelationshipType.MOTHER, true, true, LocalDate.of(2025, 12, 1));

        lookedAfter(kai, LocalDate.of(2023, 1, 1), LegalStatus.C2);
        on(2024, 2, 1);
        UUID kaiFirst = care.openPeriodFor(kai.id()).orElseThrow().id();
        as(() -> care.cease(kaiFirst, care.find(kaiFirst).orElseThrow().version(), LocalDate.of(2024, 2, 1),
                ReasonCeased.E45));
        lookedAfter(leo, LocalDate.of(2024, 6, 1), LegalStatus.C2);
        on(2024, 9, 1);
        AdoptionJourneyView leoPlan = as(() -> adoptions.decide(leo.id(), LocalDate.of(2024, 9, 1), "ADM", false,
                false));
        on(2024, 10, 1);
        leoPlan = as(step(leoPlan, j -> adoptions.placementOrder(j.id(), j.version(), LocalDate.of(2024, 10, 1))));
        lookedAfter(zoe, LocalDate.of(2025, 4, 10), LegalStatus.C1);
        lookedAfter(mia, LocalDate.of(2025, 5, 1), LegalStatus.V2);
        on(2025, 6, 1);
        AdopterView walkers = as(() -> adopters.enquire(fx.unique("Jo and Chris Walker"), LocalDate.of(2024, 3, 1),
                new AdopterDetails(2, AdopterLegalStatus.L11,
                        new AdopterPerson(AdopterGender.FEMALE, Ethnicity.WBRI, AdopterDisability.NO),
                        new AdopterPerson(AdopterGender.MALE, Ethnicity.WIRI, AdopterDisability.NO))));
        leoPlan = as(step(leoPlan, j -> adoptions.match(j.id(), j.version(), LocalDate.of(2025, 6, 1), walkers.id(),
                walkers.name())));
        AdoptionJourneyView zoePlan = as(() -> adoptions.decide(zoe.id(), LocalDate.of(2025, 6, 1), "ADM", false,
                false));
        on(2025, 7, 1);
        leoPlan = as(step(leoPlan, j -> adoptions.place(j.id(), j.version(), LocalDate.of(2025, 7, 1))));
        lookedAfter(kai, LocalDate.of(2025, 8, 1), LegalStatus.V2);
        on(2025, 11, 1);
        as(step(zoePlan, j -> adoptions.stop(j.id(), j.version(), LocalDate.of(2025, 11, 1),
                "The court refused the placement order")));
        on(2026, 1, 10);
        as(step(leoPlan, j -> adoptions.order(j.id(), j.version(), LocalDate.of(2026, 1, 10))));

        context.getBean("ssda903", hearth.returns.ReturnExport.class).write(List.of("--year", "2026"), out, l -> { });
        String l = leo.laChildId();
        String z = zoe.laChildId();
        String k = kai.laChildId();
        String m = mia.laChildId();
        assertThat(rows("ad1", l, z, k, m)).containsExactly(
                List.of(l, "03/03/2021", "01/09/2024", "01/06/2025", "0", "2", "MF", "L11"));
        assertThat(rows("placed_adoption", l, z, k, m)).containsExactlyInAnyOrder(
                List.of(l, "03/03/2021", "01/09/2024", "", ""),
                List.of(z, "05/05/2020", "01/06/2025", "01/11/2025", "RD3"));
        assertThat(rows("prev_perm", l, z, k, m)).containsExactlyInAnyOrder(
                List.of(z, "05/05/2020", "Z1", "", ""),
                List.of(k, "07/07/2015", "P2", "870", "01/02/2024"),
                List.of(m, "08/08/2009", "Z1", "", ""));
        assertThat(rows("header", l, z, k, m)).extracting(r -> r.get(0) + " " + r.get(5) + " " + r.get(6))
                .containsExactlyInAnyOrder(l + "  ", z + " 0 ", k + "  ", m + " 1 01/12/2025");
        SsdaExportTest.assertEveryValueFitsTheSchema(out, 2026, Set.of(l, z, k, m));
    }

    private void lookedAfter(PersonSummary child, LocalDate from, LegalStatus status) {
        on(from.getYear(), from.getMonthValue(), from.getDayOfMonth());
        CarePeriodView period = as(() -> care.becomeLookedAfter(child.id(), from, status, CategoryOfNeed.N1));
        as(() -> care.recordPlacement(period.id(), care.find(period.id()).orElseThrow().version(),
                new NewPlacement(from, "Oak Foster", PlacementType.U6, PlacementProvider.PR1, "RG1 1AA", "RG2 2BB",
                        null, null, false, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE, null, false, false,
                        null)));
    }

    private List<List<String>> rows(String table, String... children) throws Exception {
        List<String> wanted = List.of(children);
        return SsdaFiles.rows(out.resolve(table + ".csv")).stream().filter(r -> wanted.contains(r.get("CHILD")))
                .map(r -> List.copyOf(r.values())).toList();
    }

    private PersonSummary child(String first, Sex sex, LocalDate dob) {
        return people.register(PersonKind.CHILD, new PersonDetails(fx.name(first), null, "Adopted", dob, null, sex,
                null, Ethnicity.WBRI, "English", null, Set.of(Disability.NONE), null, null, null, false));
    }

    private static Supplier<AdoptionJourneyView> step(AdoptionJourneyView j,
            java.util.function.Function<AdoptionJourneyView, AdoptionJourneyView> action) {
        return () -> action.apply(j);
    }

    private void on(int year, int month, int day) {
        clock.setDate(LocalDate.of(year, month, day));
    }

    private <T> T as(Supplier<T> work) {
        var user = fx.signedIn(worker);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
