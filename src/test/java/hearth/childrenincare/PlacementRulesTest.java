package hearth.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Placements a child is too young for on the day are refused (SSDA903 rules 234 and 371 to 374), and so is a local
 * authority area not on the list of English local authorities.
 */
@HearthTest
class PlacementRulesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    ChildrenInCare care;

    Fixtures fx;
    CareJourney journey;
    String worker;
    UUID team;
    LocalDate today = LocalDate.now(MutableClock.LONDON);
    LocalDate start = today.minusDays(10);

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        journey = new CareJourney(fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
    }

    @Test
    void aChildUnderTenDoesNotMoveIntoCustodyButAChildOfTenDoes() {
        CarePeriodView nine = placedChildAged(9, 364);
        assertThatThrownBy(() -> move(nine, PlacementType.U6, PlacementChangeReason.CUSTOD))
                .isInstanceOf(IllegalStateException.class).hasMessage("childrenincare.error.custodyUnderTen");
        assertThat(care.placementsOf(nine.id())).hasSize(1);

        CarePeriodView ten = placedChildAged(10, 0);
        move(ten, PlacementType.U6, PlacementChangeReason.CUSTOD);
        assertThat(care.placementsOf(ten.id())).hasSize(2);
    }

    @Test
    void placementTypesWithAMinimumAgeAreRefusedForYoungerChildren() {
        CarePeriodView three = placedChildAged(3, 200);
        assertThatThrownBy(() -> move(three, PlacementType.S1, PlacementChangeReason.CARPL))
                .hasMessage("childrenincare.error.tooYoungFor.S1");
        assertThatThrownBy(() -> move(three, PlacementType.R5, PlacementChangeReason.CARPL))
                .hasMessage("childrenincare.error.tooYoungFor.R5");
        CarePeriodView thirteen = placedChildAged(13, 100);
        assertThatThrownBy(() -> move(thirteen, PlacementType.P3, PlacementChangeReason.CARPL))
                .hasMessage("childrenincare.error.tooYoungFor.P3");
        assertThatThrownBy(() -> move(thirteen, PlacementType.K3, PlacementChangeReason.CARPL))
                .hasMessage("childrenincare.error.tooYoungFor.K3");
        move(thirteen, PlacementType.R5, PlacementChangeReason.CARPL);
        assertThat(care.placementsOf(thirteen.id())).extracting(PlacementView::type)
                .containsExactly(PlacementType.U6, PlacementType.R5);
    }

    @Test
    void theMoveFormShowsTheCustodyRefusalAgainstTheReason() throws Exception {
        CarePeriodView period = placedChildAged(8, 10);
        mvc.perform(post("/care-periods/" + period.id() + "/placements/new").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("version", String.valueOf(care.find(period.id()).orElseThrow().version()))
                        .param("startDateDay", String.valueOf(today.getDayOfMonth()))
                        .param("startDateMonth", String.valueOf(today.getMonthValue()))
                        .param("startDateYear", String.valueOf(today.getYear()))
                        .param("carerName", "Secure unit").param("type", "U6").param("outOfArea", "no")
                        .param("siblings", "NO_SIBLINGS_IN_CARE").param("emergency", "no").param("until18", "no")
                        .param("reasonForChange", "CUSTOD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#reasonForChange\"")))
                .andExpect(content().string(containsString(
                        "A child under 10 cannot move placement because they were admitted to custody")));
        assertThat(care.placementsOf(period.id())).hasSize(1);
    }

    @Test
    void aPlacementAreaNotOnTheListOfEnglishAuthoritiesIsRefused() {
        CarePeriodView period = placedChildAged(12, 0);
        NewPlacement somewhere = new NewPlacement(today, "Next carer", PlacementType.U6, PlacementProvider.PR1,
                "RG1 1AA", "RG2 2BB", null, new BigDecimal("2"), false, null, null,
                SiblingArrangement.NO_SIBLINGS_IN_CARE, null, false, false, PlacementChangeReason.CARPL, "Narnia");
        assertThatThrownBy(() -> journey.as(worker, () -> care.recordPlacement(period.id(),
                care.find(period.id()).orElseThrow().version(), somewhere)))
                .hasMessage("childrenincare.error.placementLa");
        assertThat(care.placementsOf(period.id())).hasSize(1);
    }

    /** A child aged {@code years} and {@code days} today, looked after and placed with foster carers. */
    private CarePeriodView placedChildAged(int years, int days) {
        PersonSummary child = fx.child(fx.name("Young"), "Ages", today.minusYears(years).minusDays(days));
        fx.allocate(child.id(), team, worker);
        CarePeriodView period = journey.as(worker, () -> care.becomeLookedAfter(child.id(), start, LegalStatus.C2,
                CategoryOfNeed.N1));
        journey.as(worker, () -> care.recordPlacement(period.id(), care.find(period.id()).orElseThrow().version(),
                CareJourney.foster(start, "Ann Foster", null)));
        return period;
    }

    private PlacementView move(CarePeriodView period, PlacementType type, PlacementChangeReason reason) {
        NewPlacement placement = new NewPlacement(today, "Next carer", type, PlacementProvider.PR1, "RG1 1AA",
                "RG2 2BB", null, new BigDecimal("2"), false, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE,
                null, false, false, reason);
        return journey.as(worker, () -> care.recordPlacement(period.id(),
                care.find(period.id()).orElseThrow().version(), placement));
    }
}
