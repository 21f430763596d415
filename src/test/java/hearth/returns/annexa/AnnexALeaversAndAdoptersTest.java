package hearth.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.adoption.AdopterDetails;
import hearth.adoption.AdopterDisability;
import hearth.adoption.AdopterGender;
import hearth.adoption.AdopterLegalStatus;
import hearth.adoption.AdopterPerson;
import hearth.adoption.AdopterView;
import hearth.adoption.ProspectiveAdopters;
import hearth.careleavers.CareLeavers;
import hearth.careleavers.LeaverPathway;
import hearth.careleavers.PathwayStep;
import hearth.people.Ethnicity;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Annex A list 9's latest pathway plan review (as of the as-of date) from care leavers, and list 11's row per adopter
 * with each one's gender, ethnicity and disability from who is adopting.
 */
@HearthTest
class AnnexALeaversAndAdoptersTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    AnnexAExport export;
    @Autowired
    CareLeavers careLeavers;
    @Autowired
    LeaverPathway pathway;
    @Autowired
    ProspectiveAdopters adopters;

    @TempDir
    Path out;

    Fixtures fx;
    String adviser;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 4, 15));
        fx = new Fixtures(context);
        adviser = fx.user(Role.PERSONAL_ADVISER, fx.team(fx.service(), null));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void list9GivesTheLatestPathwayPlanReviewByTheAsOfDate() throws Exception {
        PersonSummary robin = fx.child(fx.name("Robin"), "Leaver", LocalDate.of(2007, 1, 10));
        as(() -> {
            careLeavers.recordEarlierCare(robin.id(), LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1), "C2", "E8");
            pathway.record(robin.id(), PathwayStep.PATHWAY_PLAN, LocalDate.of(2025, 3, 1), "Plan agreed");
            pathway.record(robin.id(), PathwayStep.PLAN_REVIEW, LocalDate.of(2025, 9, 1), "Reviewed");
            return pathway.record(robin.id(), PathwayStep.PLAN_REVIEW, LocalDate.of(2026, 4, 10), "After the date");
        });

        assertThat(reviewDate(robin, "2026-03-31")).isEqualTo("01/09/2025");
        assertThat(reviewDate(robin, "2025-08-31")).as("agreeing the plan is not a review").isEmpty();
    }

    @Test
    void list11HasARowForEachAdopterWithTheirGenderEthnicityAndDisability() throws Exception {
        AdopterView couple = as(() -> adopters.enquire(fx.unique("Shah and Okafor"), LocalDate.of(2025, 5, 1),
                new AdopterDetails(2, AdopterLegalStatus.L12,
                        new AdopterPerson(AdopterGender.FEMALE, Ethnicity.WBRI, AdopterDisability.NO),
                        new AdopterPerson(AdopterGender.FEMALE, Ethnicity.BAFR, AdopterDisability.YES))));
        AdopterView single = as(() -> adopters.enquire(fx.unique("Rowe"), LocalDate.of(2025, 6, 1)));
        AdopterView described = as(() -> adopters.describe(single.id(), single.version(), new AdopterDetails(1,
                AdopterLegalStatus.L0, new AdopterPerson(AdopterGender.NEITHER, Ethnicity.REFU,
                        AdopterDisability.UNKNOWN), null)));
        AdopterView unknown = as(() -> adopters.enquire(fx.unique("Grey"), LocalDate.of(2025, 7, 1)));
        assertThat(described.details().adopters()).isEqualTo(1);

        Path file = out.resolve("adopters.xlsx");
        export.write(List.of("--as-of", "2026-03-31"), file, line -> { });
        Map<String, List<List<String>>> workbook = AnnexAWorkbook.read(file);
        String c = couple.id().toString();
        String s = single.id().toString();
        String u = unknown.id().toString();
        assertThat(AnnexAExportTest.rows(workbook, "List 11", c + "-1", c + "-2", s + "-1", u + "-1"))
                .extracting(r -> r.subList(0, 7)).containsExactly(
                        List.of(c + "-1", c, "b) Female", "a) White", "No", "No", "01/05/2025"),
                        List.of(c + "-2", c, "b) Female", "d) Black or black British", "Yes", "No", "01/05/2025"),
                        List.of(s + "-1", s, "d) Neither", "f) Not stated", "Unknown", "No", "01/06/2025"),
                        List.of(u + "-1", u, "c) Not stated/recorded", "f) Not stated", "Unknown", "No",
                                "01/07/2025"));
        assertThat(AnnexASchema.load().badCodes(workbook)).isEmpty();
    }

    private String reviewDate(PersonSummary child, String asOf) throws Exception {
        Path file = out.resolve("leavers-" + asOf + ".xlsx");
        export.write(List.of("--as-of", asOf), file, line -> { });
        Map<String, List<List<String>>> workbook = AnnexAWorkbook.read(file);
        List<String> header = workbook.get("List 9").get(0);
        List<List<String>> rows = AnnexAExportTest.rows(workbook, "List 9", child.laChildId());
        assertThat(rows).hasSize(1);
        return rows.get(0).get(header.indexOf("Latest Pathway Plan Review Date"));
    }

    private <T> T as(Supplier<T> work) {
        var user = fx.signedIn(adviser);
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
