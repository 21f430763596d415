package hearth.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** A foster carer household from enquiry to approval, its annual reviews (the first to panel) and an allegation. */
@HearthTest
class FosterCarersTest {

    static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    FosterCarers carers;
    @Autowired
    MockMvc mvc;

    Fixtures fx;
    String manager;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        fx = new Fixtures(context);
        manager = fx.user(Role.TEAM_MANAGER, fx.team(fx.service(), null));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(manager, null, List.of()));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aHouseholdIsApprovedThenReviewedYearlyWithTheFirstReviewAtPanel() {
        HouseholdView h = carers.enquire(fx.unique("Jones household"), null, DAY.minusMonths(8));
        UUID id = h.id();
        long v0 = h.version();
        assertThatThrownBy(() -> carers.advance(id, v0, HouseholdStage.APPROVED, DAY, "0-11", 2, null))
                .satisfies(e -> assertThat(((FosteringRuleBroken) e).key()).isEqualTo("fostering.rule.stageOrder"));
        h = carers.advance(id, h.version(), HouseholdStage.ASSESSMENT, DAY.minusMonths(7), null, null, null);
        h = carers.advance(id, h.version(), HouseholdStage.PANEL, DAY.minusDays(10), null, null, null);
        h = carers.advance(id, h.version(), HouseholdStage.APPROVED, DAY, "Up to 2 children aged 0 to 11", 2, null);
        assertThat(h.stage()).isEqualTo(HouseholdStage.APPROVED);
        assertThat(h.reviewDue()).isEqualTo(DAY.plusYears(1));

        clock.setDate(DAY.plusYears(1).plusDays(1));
        assertThat(h.reviewOverdue(carers.today())).isTrue();
        LocalDate reviewOn = carers.today();
        assertThatThrownBy(() -> carers.record(id, HouseholdRecordKind.ANNUAL_REVIEW, reviewOn, "Review", false))
                .satisfies(e -> assertThat(((FosteringRuleBroken) e).key())
                        .isEqualTo("fostering.rule.firstReviewToPanel"));
        h = carers.record(id, HouseholdRecordKind.ANNUAL_REVIEW, reviewOn, "First review, recommended to continue",
                true);
        assertThat(h.reviewDue()).isEqualTo(reviewOn.plusYears(1));
        h = carers.record(id, HouseholdRecordKind.ALLEGATION, reviewOn, "Child said a carer shouted and pushed", false);
        assertThat(h.records()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(HouseholdRecordKind.ALLEGATION);
            assertThat(r.status()).isEqualTo("REFERRED_TO_LADO");
        });
    }

    @Test
    void theHouseholdPagesShowStagesAndRefuseBadInputWithWhatWasTyped() throws Exception {
        String name = fx.unique("Okafor household");
        mvc.perform(post("/fostering/households").with(user(fx.signedIn(manager))).with(csrf())
                        .param("householdName", name).param("enquiryOnDay", "40").param("enquiryOnMonth", "1")
                        .param("enquiryOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date of the enquiry as a real date")))
                .andExpect(content().string(containsString(name)));
        HouseholdView h = carers.enquire(name, "1 High Street", DAY);
        mvc.perform(get("/fostering").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(post("/fostering/households/" + h.id() + "/stage").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", Long.toString(h.version())).param("stage", "PANEL")
                        .param("stageOnDay", "5").param("stageOnMonth", "1").param("stageOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stages follow each other")));
        mvc.perform(get("/fostering/households/" + h.id()).with(user(fx.signedIn(manager))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enquiry")));
    }
}
