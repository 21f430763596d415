package hearth.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.Participation;
import hearth.childrenincare.PermanencePlan;
import hearth.childrenincare.PlacementChangeReason;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.SiblingArrangement;
import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingEpisodes;
import hearth.missing.MissingKind;
import hearth.missing.MissingReturn;
import hearth.missing.NewMissingEpisode;
import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.People;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.Sex;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.workforce.Workforce;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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

/** A looked after child's year, recorded through children in care and missing, as Annex A list 8 gives it. */
@HearthTest
class AnnexACareTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    AnnexAExport export;
    @Autowired
    ChildrenInCare care;
    @Autowired
    CareReviews reviews;
    @Autowired
    MissingEpisodes missing;
    @Autowired
    People people;
    @Autowired
    Workforce workforce;

    @TempDir
    Path out;

    Fixtures fx;
    UUID team;
    String worker;
    String iro;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        iro = fx.user(Role.CONFERENCE_CHAIR_IRO, team);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLookedAfterChildsYearIsOneRowOfList8() throws Exception {
        PersonSummary sam = people.register(PersonKind.CHILD, new PersonDetails(fx.name("Sam"), null, "Annex",
                LocalDate.of(2012, 6, 15), null, Sex.M, null, Ethnicity.BAFR, "English", null,
                Set.of(Disability.NONE), null, null, null, true));
        workforce.allocate(sam.id(), team, worker, LocalDate.of(2025, 2, 1), "New referral");
        on(2025, 3, 1);
        CarePeriodView period = as(worker, () -> care.becomeLookedAfter(sam.id(), LocalDate.of(2025, 3, 1),
                LegalStatus.V2, CategoryOfNeed.N1));
        placed(period.id(), LocalDate.of(2025, 3, 1), "Ann Foster", null, null);
        on(2025, 5, 20);
        as(iro, () -> reviews.recordReview(period.id(), LocalDate.of(2025, 5, 20), Participation.PN1, "Fine", "All",
                "Stay"));
        on(2025, 6, 10);
        long version = care.find(period.id()).orElseThrow().version();
        as(worker, () -> care.changeLegalStatus(period.id(), version, LocalDate.of(2025, 6, 10), LegalStatus.C1));
        on(2025, 7, 1);
        as(worker, () -> reviews.recordCarePlan(period.id(), LocalDate.of(2025, 7, 1),
                PermanencePlan.LONG_TERM_FOSTERING, "Stay with carers"));
        on(2025, 9, 1);
        placed(period.id(), LocalDate.of(2025, 9, 1), "Beech Foster", PlacementChangeReason.CREQB, "Wokingham");
        on(2025, 10, 6);
        as(worker, () -> {
            MissingEpisodeView m = missing.report(new NewMissingEpisode(sam.id(), MissingKind.MISSING,
                    LocalDateTime.of(2025, 10, 5, 20, 0).atZone(MutableClock.LONDON).toInstant(), "Did not come home",
                    true, "TV-1"));
            return missing.recordReturn(m.id(), m.version(), new MissingReturn(LocalDateTime.of(2025, 10, 6, 9, 0)
                    .atZone(MutableClock.LONDON).toInstant(), "Friend's house", "Safe"));
        });
        on(2025, 11, 3);
        as(worker, () -> reviews.recordVisit(period.id(), LocalDate.of(2025, 11, 3), true, true, "Happy here"));
        on(2025, 11, 10);
        as(iro, () -> reviews.recordIroContact(period.id(), LocalDate.of(2025, 11, 10), "Phone call", "Checked in"));
        on(2026, 4, 20);
        as(worker, () -> reviews.recordVisit(period.id(), LocalDate.of(2026, 4, 20), true, false, "After the date"));

        Path file = out.resolve("annex-a.xlsx");
        export.write(List.of("--as-of", "2026-03-31"), file, line -> { });
        Map<String, List<List<String>>> workbook = AnnexAWorkbook.read(file);
        String workerName = fx.signedIn(worker).displayName();
        String teamName = workforce.team(team).orElseThrow().name();

        assertThat(AnnexAExportTest.rows(workbook, "List 8", sam.laChildId())).containsExactly(List.of(
                sam.laChildId(), "a) Male", "d) Black or black British", "15/06/2012", "13", "Yes", "No",
                "01/03/2025", "a) Abuse or neglect", "No", "10/06/2025", "a) Interim care orders", "20/05/2025",
                "03/11/2025", "f) Long-term fostering", "10/11/2025", "", "", "2", "", "", "01/09/2025",
                "a) Foster placement", "a) Own LA", "RG40 1AA", "", "b) Out", "Wokingham", "1", "0", "No", "",
                teamName, workerName));
        assertThat(AnnexASchema.load().badCodes(workbook)).isEmpty();
    }

    @Test
    void aPlacementInsideTheAreaWithNoAuthorityRecordedIsInTheAuthoritysOwn() throws Exception {
        PersonSummary ava = people.register(PersonKind.CHILD, new PersonDetails(fx.name("Ava"), null, "Annex",
                LocalDate.of(2014, 2, 2), null, Sex.F, null, Ethnicity.WBRI, "English", null,
                Set.of(Disability.NONE), null, null, null, false));
        on(2025, 6, 1);
        CarePeriodView period = as(worker, () -> care.becomeLookedAfter(ava.id(), LocalDate.of(2025, 6, 1),
                LegalStatus.V2, CategoryOfNeed.N4));
        placed(period.id(), LocalDate.of(2025, 6, 1), "Cedar Foster", null, null);

        Path file = out.resolve("in-area.xlsx");
        export.write(List.of("--as-of", "2026-03-31"), file, line -> { });
        List<String> header = AnnexAWorkbook.read(file).get("List 8").get(0);
        List<String> row = AnnexAExportTest.rows(AnnexAWorkbook.read(file), "List 8", ava.laChildId()).get(0);
        assertThat(row.get(header.indexOf("Placement Location"))).isEqualTo("a) In");
        assertThat(row.get(header.indexOf("LA of Placement"))).isEqualTo("Reading");
    }

    /** A placement; with {@code la}, out of the area in that authority (approved by the head of service). */
    private void placed(UUID periodId, LocalDate start, String carer, PlacementChangeReason reason, String la) {
        long version = care.find(periodId).orElseThrow().version();
        boolean out = la != null;
        as(worker, () -> care.recordPlacement(periodId, version, new NewPlacement(start, carer, PlacementType.U6,
                PlacementProvider.PR1, out ? "RG40 1AA" : "RG1 1AA", "RG2 2BB", null, null, out,
                out ? "Head of service" : null, out ? start : null, SiblingArrangement.NO_SIBLINGS_IN_CARE, null,
                false, false, reason, la)));
    }

    private void on(int year, int month, int day) {
        clock.setDate(LocalDate.of(year, month, day));
    }

    private <T> T as(String username, Supplier<T> work) {
        var user = fx.signedIn(username);
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
