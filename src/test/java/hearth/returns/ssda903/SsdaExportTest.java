package hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.Participation;
import hearth.childrenincare.PlacementChangeReason;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.ReasonCeased;
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
import hearth.people.Upn;
import hearth.returns.ReturnExport;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.workforce.Workforce;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The SSDA903 return for looked after journeys recorded through the published services, read back against the
 * liiatools SSDA903 schema (2017 plus the yearly changes up to 2026).
 */
@HearthTest
class SsdaExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
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
    String nextWorker;
    String iro;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        nextWorker = fx.user(Role.SOCIAL_WORKER, team);
        iro = fx.user(Role.CONFERENCE_CHAIR_IRO, team);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theExportIsTheNamedReturnAndRefusesAMissingOrBadYear() {
        ReturnExport export = context.getBean("ssda903", ReturnExport.class);
        assertThat(export.name()).isEqualTo("ssda903");
        assertThat(export.usage()).contains("--year 2026");
        assertThatThrownBy(() -> export.write(List.of(), out, s -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--year");
        assertThatThrownBy(() -> export.write(List.of("--year", "26"), out, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--year 2026");
        assertThatThrownBy(() -> export.write(List.of("--month", "3"), out, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--month");
    }

    @Test
    void everyTableIsWrittenWithTheSchemaColumnsForTheYear() throws Exception {
        ReturnExport.Written written = export(2026);
        Ssda903Schema schema = Ssda903Schema.upTo(2026);
        assertThat(written.files()).extracting(f -> f.getFileName().toString()).containsExactlyInAnyOrder(
                "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
                "placed_adoption.csv", "prev_perm.csv", "missing.csv", "social_worker.csv");
        assertThat(schema.tableNames()).hasSize(11);
        for (String table : schema.tableNames()) {
            List<String> header = SsdaFiles.headerRow(out.resolve(table + ".csv"));
            assertThat(header).as(table).containsExactlyInAnyOrderElementsOf(schema.columns(table));
        }
        assertThat(SsdaFiles.headerRow(out.resolve("episodes.csv"))).containsExactly("CHILD", "DECOM", "RNE", "LS",
                "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
        assertThat(SsdaFiles.headerRow(out.resolve("uasc.csv"))).containsExactly("CHILD", "SEX", "DOB", "DUC");
        assertThat(SsdaFiles.headerRow(out.resolve("social_worker.csv"))).containsExactly("CHILD", "DOB", "SW_ID",
                "SW_DECOM", "SW_DEC", "SW_REASON");
    }

    @Test
    void aJourneyThroughCareBecomesEpisodesReviewsMissingAndSocialWorkerRowsForTheYear() throws Exception {
        String twelve = "380202512345";
        PersonSummary sam = child("Sam", Sex.M, LocalDate.of(2012, 6, 15), Ethnicity.WBRI,
                Upn.checkLetter(twelve) + twelve, false);
        PersonSummary ama = child("Ama", Sex.F, LocalDate.of(2010, 1, 20), Ethnicity.OOTH, null, true);
        workforce.allocate(sam.id(), team, worker, LocalDate.of(2025, 2, 1), "New referral");
        workforce.allocate(ama.id(), team, worker, LocalDate.of(2025, 9, 20), "New referral");

        on(2025, 3, 1);
        CarePeriodView samCare = as(worker, () -> care.becomeLookedAfter(sam.id(), LocalDate.of(2025, 3, 1),
                LegalStatus.V2, CategoryOfNeed.N1));
        placed(samCare.id(), placement(LocalDate.of(2025, 3, 1), "Ann Foster", null));
        on(2025, 5, 20);
        as(iro, () -> reviews.recordReview(samCare.id(), LocalDate.of(2025, 5, 20), Participation.PN1, "Fine", "All",
                "Stay"));
        on(2025, 6, 10);
        long version = care.find(samCare.id()).orElseThrow().version();
        as(worker, () -> care.changeLegalStatus(samCare.id(), version, LocalDate.of(2025, 6, 10), LegalStatus.C1));
        on(2025, 9, 1);
        placed(samCare.id(), placement(LocalDate.of(2025, 9, 1), "Beech Foster", PlacementChangeReason.CREQB));
        on(2025, 10, 1);
        CarePeriodView amaCare = as(worker, () -> care.becomeLookedAfter(ama.id(), LocalDate.of(2025, 10, 1),
                LegalStatus.V2, CategoryOfNeed.N4));
        placed(amaCare.id(), placement(LocalDate.of(2025, 10, 1), "Cedar Foster", null));
        on(2025, 10, 6);
        wentMissing(sam.id(), LocalDateTime.of(2025, 10, 5, 20, 0), LocalDateTime.of(2025, 10, 6, 9, 0));
        on(2025, 12, 1);
        workforce.allocate(sam.id(), team, nextWorker, LocalDate.of(2025, 12, 1), "Worker left the authority");
        on(2026, 2, 1);
        long amaVersion = care.find(amaCare.id()).orElseThrow().version();
        as(worker, () -> care.cease(amaCare.id(), amaVersion, LocalDate.of(2026, 2, 1), ReasonCeased.E13));
        on(2026, 4, 2);
        wentMissing(sam.id(), LocalDateTime.of(2026, 3, 30, 22, 0), LocalDateTime.of(2026, 4, 2, 9, 0));
        on(2026, 5, 1);
        long samVersion = care.find(samCare.id()).orElseThrow().version();
        as(worker, () -> care.cease(samCare.id(), samVersion, LocalDate.of(2026, 5, 1), ReasonCeased.E4A));

        export(2026);
        String s = sam.laChildId();
        String a = ama.laChildId();
        assertThat(rowsOf("header", s, a)).containsExactly(
                List.of(s, "M", "15/06/2012", "WBRI", sam.upn(), "", ""),
                List.of(a, "F", "20/01/2010", "OOTH", "UN5", "0", ""));
        assertThat(rowsOf("episodes", s, a)).containsExactly(
                List.of(s, "01/03/2025", "S", "V2", "N1", "U6", "PR1", "10/06/2025", "X1", "", "RG2 2BB", "RG1 1AA", ""),
                List.of(s, "10/06/2025", "L", "C1", "N1", "U6", "PR1", "01/09/2025", "X1", "CREQB", "RG2 2BB",
                        "RG1 1AA", ""),
                List.of(s, "01/09/2025", "P", "C1", "N1", "U6", "PR1", "", "", "", "RG2 2BB", "RG1 1AA", ""),
                List.of(a, "01/10/2025", "S", "V2", "N4", "U6", "PR1", "01/02/2026", "E13", "", "RG2 2BB", "RG1 1AA",
                        ""));
        assertThat(rowsOf("reviews", s, a)).containsExactly(List.of(s, "15/06/2012", "20/05/2025", "PN1"));
        assertThat(rowsOf("uasc", s, a)).containsExactly(List.of(a, "F", "20/01/2010", "20/01/2028"));
        assertThat(rowsOf("missing", s, a)).containsExactly(List.of(s, "15/06/2012", "M", "05/10/2025", "06/10/2025"),
                List.of(s, "15/06/2012", "M", "30/03/2026", ""));
        assertThat(rowsOf("social_worker", s, a)).containsExactly(
                List.of(s, "15/06/2012", SsdaOutcomeRows.swId(worker), "01/03/2025", "01/12/2025", "OTHERS"),
                List.of(s, "15/06/2012", SsdaOutcomeRows.swId(nextWorker), "01/12/2025", "", "LEFTRL"),
                List.of(a, "20/01/2010", SsdaOutcomeRows.swId(worker), "01/10/2025", "01/02/2026", "OTHERS"));
        assertThat(rowsOf("oc2", s, a)).extracting(r -> r.subList(0, 2)).containsExactly(List.of(s, "15/06/2012"));
        assertEveryValueFitsTheSchema(out, 2026, Set.of(s, a));

        export(2027);
        assertThat(rowsOf("episodes", s, a)).containsExactly(
                List.of(s, "01/09/2025", "P", "C1", "N1", "U6", "PR1", "01/05/2026", "E4A", "", "RG2 2BB", "RG1 1AA",
                        ""));
        assertThat(rowsOf("missing", s, a)).isEmpty();
    }

    static void assertEveryValueFitsTheSchema(Path folder, int year, Set<String> onlyChildren) throws Exception {
        Ssda903Schema schema = Ssda903Schema.upTo(year);
        List<String> problems = new ArrayList<>();
        for (String table : schema.tableNames()) {
            for (Map<String, String> row : SsdaFiles.rows(folder.resolve(table + ".csv"))) {
                if (onlyChildren != null && !onlyChildren.contains(row.get("CHILD"))) {
                    continue;
                }
                row.forEach((column, value) -> schema.problem(table, column, value)
                        .ifPresent(p -> problems.add(table + "." + column + " of " + row.get("CHILD") + ": " + p)));
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<List<String>> rowsOf(String table, String... children) throws Exception {
        List<String> wanted = List.of(children);
        return SsdaFiles.rows(out.resolve(table + ".csv")).stream().filter(r -> wanted.contains(r.get("CHILD")))
                .map(r -> List.copyOf(r.values())).toList();
    }

    private ReturnExport.Written export(int year) throws Exception {
        return context.getBean("ssda903", ReturnExport.class).write(List.of("--year", Integer.toString(year)), out,
                line -> { });
    }

    private PersonSummary child(String first, Sex sex, LocalDate dob, Ethnicity ethnicity, String upn, boolean uasc) {
        return people.register(PersonKind.CHILD, new PersonDetails(fx.name(first), null, "Returns", dob, null, sex,
                null, ethnicity, "English", null, Set.of(Disability.NONE), null, upn, null, uasc));
    }

    private static NewPlacement placement(LocalDate start, String carer, PlacementChangeReason reason) {
        return new NewPlacement(start, carer, PlacementType.U6, PlacementProvider.PR1, "RG1 1AA", "RG2 2BB", null,
                null, false, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE, null, false, false, reason);
    }

    private void placed(UUID periodId, NewPlacement placement) {
        long version = care.find(periodId).orElseThrow().version();
        as(worker, () -> care.recordPlacement(periodId, version, placement));
    }

    private void wentMissing(UUID child, LocalDateTime from, LocalDateTime back) {
        as(worker, () -> {
            MissingEpisodeView m = missing.report(new NewMissingEpisode(child, MissingKind.MISSING,
                    from.atZone(MutableClock.LONDON).toInstant(), "Did not come home", true, "TV-1"));
            return missing.recordReturn(m.id(), m.version(), new MissingReturn(back.atZone(MutableClock.LONDON)
                    .toInstant(), "Friend's house", "Safe"));
        });
    }

    private void on(int year, int month, int day) {
        clock.setDate(LocalDate.of(year, month, day));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        var user = fx.signedIn(username);
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null,
                        user.getAuthorities()));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
