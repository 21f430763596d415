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
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The participation code of a looked after child's review fits their age on the day (DfE 903 rules 440, 441): PN0
 * for a child under 4, PN1 to PN7 from 4; the review form says which when it does not.
 */
@HearthTest
class ReviewParticipationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildrenInCare care;
    @Autowired
    CareReviews reviews;

    Fixtures fx;
    CareJourney journey;
    String worker;
    String iro;
    UUID team;
    LocalDate today = LocalDate.of(2026, 5, 11);

    @BeforeEach
    void setUp() {
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new CareJourney(fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        iro = fx.user(Role.CONFERENCE_CHAIR_IRO, team);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aChildUnderFourHasPn0AndAChildOfFourHasTheirOwnParticipation() {
        CarePeriodView three = lookedAfter(LocalDate.of(2022, 5, 12));
        assertThatThrownBy(() -> review(three, Participation.PN1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("childrenincare.error.participation.underFour");
        assertThat(reviews.reviewsOf(three.id())).isEmpty();
        review(three, Participation.PN0);
        assertThat(reviews.reviewsOf(three.id())).singleElement()
                .satisfies(r -> assertThat(r.participation()).isEqualTo(Participation.PN0));

        CarePeriodView four = lookedAfter(LocalDate.of(2022, 5, 11));
        assertThatThrownBy(() -> review(four, Participation.PN0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("childrenincare.error.participation.pn0FourOrOver");
        review(four, Participation.PN6);
        assertThat(reviews.reviewsOf(four.id())).singleElement()
                .satisfies(r -> assertThat(r.participation()).isEqualTo(Participation.PN6));
    }

    @Test
    void theReviewFormRefusesACodeForFoursAndOverForAChildUnderFourWithAClearMessageAndKeepsWhatWasTyped()
            throws Exception {
        CarePeriodView three = lookedAfter(LocalDate.of(2023, 1, 1));
        String path = "/care-periods/" + three.id() + "/reviews/new";
        mvc.perform(post(path).with(user(fx.signedIn(iro))).with(csrf())
                        .param("dateDay", "11").param("dateMonth", "5").param("dateYear", "2026")
                        .param("participation", "PN3").param("childViews", "Smiled at the carer")
                        .param("discussed", "Health and family time").param("decisions", "Stay in placement"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The child was under 4 on the day of the review")))
                .andExpect(content().string(containsString("Smiled at the carer")));
        assertThat(reviews.reviewsOf(three.id())).isEmpty();
        mvc.perform(post(path).with(user(fx.signedIn(iro))).with(csrf())
                        .param("dateDay", "11").param("dateMonth", "5").param("dateYear", "2026")
                        .param("participation", "PN0").param("childViews", "Smiled at the carer")
                        .param("discussed", "Health and family time").param("decisions", "Stay in placement"))
                .andExpect(status().is3xxRedirection());
        assertThat(reviews.reviewsOf(three.id())).hasSize(1);
    }

    private CarePeriodView lookedAfter(LocalDate born) {
        PersonSummary child = fx.child(fx.name("Ivy"), "Reviewed", born);
        fx.allocate(child.id(), team, worker);
        return journey.as(worker, () -> care.becomeLookedAfter(child.id(), today.minusMonths(1), LegalStatus.C1,
                CategoryOfNeed.N1));
    }

    private void review(CarePeriodView period, Participation participation) {
        journey.as(iro, () -> reviews.recordReview(period.id(), today, participation, "Content", "Placement",
                "Stay in placement"));
    }
}
