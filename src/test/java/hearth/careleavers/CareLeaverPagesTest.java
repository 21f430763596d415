package hearth.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

@HearthTest
class CareLeaverPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CareLeavers careLeavers;
    @Autowired
    LeaverPathway pathway;

    Fixtures fx;
    LeaverJourney journey;
    LocalDate today;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        today = LocalDate.of(2026, 5, 11);
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new LeaverJourney(context, fx).team();
        child = fx.child(fx.name("Casey"), "Pages", today.minusYears(19).minusDays(40));
        careLeavers.recordEarlierCare(child.id(), today.minusYears(4), today.minusYears(1), "C2", "E8");
        journey.as(journey.manager, () -> careLeavers.allocateAdviser(child.id(), journey.adviser, today, "Transfer"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRecordShowsTheStatusBadgeAndPanelAndTheListShowsTheYoungPerson() throws Exception {
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(journey.adviser))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--turquoise\">Former relevant")))
                .andExpect(content().string(containsString("/care-leavers/" + child.id())));
        mvc.perform(get("/care-leavers").with(user(fx.signedIn(journey.adviser))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("Former relevant child")));
        mvc.perform(get("/care-leavers/" + child.id()).with(user(fx.signedIn(journey.adviser))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personal adviser contact")))
                .andExpect(content().string(containsString(longDate(today.plusWeeks(8)))))
                .andExpect(content().string(containsString("Record contact")));
    }

    @Test
    void aContactThatDidNotReachThemPutsThemOnTheNotInTouchList() throws Exception {
        mvc.perform(post("/care-leavers/" + child.id() + "/contacts/new").with(user(fx.signedIn(journey.adviser)))
                        .with(csrf()).param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear()))
                        .param("reached", "no").param("method", "PHONE").param("note", "Phone off"))
                .andExpect(redirectedUrl("/care-leavers/" + child.id()));
        mvc.perform(get("/care-leavers?show=notInTouch").with(user(fx.signedIn(journey.manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())));
        mvc.perform(get("/care-leavers/" + child.id()).with(user(fx.signedIn(journey.adviser))))
                .andExpect(content().string(containsString("Not in touch since")));
    }

    @Test
    void badInputIsShownWithErrorsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/care-leavers/" + child.id() + "/contacts/new").with(user(fx.signedIn(journey.adviser)))
                        .with(csrf()).param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2026")
                        .param("note", "Met at the library"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Select yes if you reached the young person")))
                .andExpect(content().string(containsString("Met at the library")));
        assertThat(pathway.contacts(child.id())).isEmpty();

        mvc.perform(post("/care-leavers/" + child.id() + "/pathway").with(user(fx.signedIn(journey.adviser)))
                        .with(csrf()).param("step", "PLAN_REVIEW").param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear())).param("summary", "Review notes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the pathway plan before a review of it")))
                .andExpect(content().string(containsString("Review notes")));

        mvc.perform(post("/care-leavers/" + child.id() + "/birthdays/new").with(user(fx.signedIn(journey.adviser)))
                        .with(csrf()).param("birthdayAge", "19").param("inTouch", "YES")
                        .param("recordedOnDay", String.valueOf(today.getDayOfMonth()))
                        .param("recordedOnMonth", String.valueOf(today.getMonthValue()))
                        .param("recordedOnYear", String.valueOf(today.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the young person&#39;s activity")));
        assertThat(careLeavers.birthdays(child.id())).isEmpty();
    }

    @Test
    void recordingNeedsTheAdviserPermissionAndDecidingNeedsAManager() throws Exception {
        String socialWorker = fx.user(Role.SOCIAL_WORKER, journey.team);
        mvc.perform(get("/care-leavers/" + child.id() + "/contacts/new").with(user(fx.signedIn(socialWorker))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/care-leavers/local-offer").with(user(fx.signedIn(journey.adviser))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/care-leavers/local-offer").with(user(fx.signedIn(journey.manager))))
                .andExpect(status().isOk());
        String elsewhere = fx.user(Role.PERSONAL_ADVISER, fx.team(fx.service(), null));
        mvc.perform(get("/care-leavers/" + child.id()).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Personal adviser contact"))));
        mvc.perform(get("/care-leavers/" + UUID.randomUUID()).with(user(fx.signedIn(journey.adviser))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLocalOfferRequestIsDecidedWithAReasonAndShowsInTheConsistencyView() throws Exception {
        UUID[] id = new UUID[1];
        journey.as(journey.adviser, () -> id[0] = hearthOffer().request(child.id(), "COUNCIL_TAX", today, null));
        mvc.perform(post("/local-offer-requests/" + id[0] + "/decision").with(user(fx.signedIn(journey.manager)))
                        .with(csrf()).param("version", "0").param("granted", "no"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason for the decision")));
        mvc.perform(post("/local-offer-requests/" + id[0] + "/decision").with(user(fx.signedIn(journey.manager)))
                        .with(csrf()).param("version", "0").param("granted", "no").param("reason", "Lives outside the borough"))
                .andExpect(redirectedUrl("/care-leavers/" + child.id()));
        mvc.perform(get("/care-leavers/local-offer").with(user(fx.signedIn(journey.manager))))
                .andExpect(content().string(containsString("Lives outside the borough")));
    }

    private static String longDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
    }

    private LocalOffer hearthOffer() {
        return context.getBean(LocalOffer.class);
    }
}
