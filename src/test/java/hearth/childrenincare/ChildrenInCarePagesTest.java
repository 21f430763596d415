package hearth.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The children in care pages: bad input re-renders with GOV.UK errors and loses nothing; access is by role. */
@HearthTest
class ChildrenInCarePagesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    ChildrenInCare care;

    Fixtures fx;
    String worker;
    String iro;
    PersonSummary child;
    LocalDate today = LocalDate.now(MutableClock.LONDON);

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        iro = fx.user(Role.CONFERENCE_CHAIR_IRO, team);
        child = fx.child(fx.name("Riley"), "Pages", LocalDate.of(2012, 2, 2));
        fx.allocate(child.id(), team, worker);
    }

    @Test
    void becomingLookedAfterWithMissingAnswersShowsTheErrorsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/care/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("startDateDay", "31").param("startDateMonth", "2").param("startDateYear", "2026")
                        .param("legalStatus", "C2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Choose the category of need")))
                .andExpect(content().string(containsString("value=\"31\"")));
        assertThat(care.periodsFor(child.id())).isEmpty();
    }

    @Test
    void aPlacementMoveWithoutAReasonIsRefusedOnTheFormAndTheReviewFormIsOnlyForTheIro() throws Exception {
        String location = mvc.perform(post("/children/" + child.id() + "/care/new").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("startDateDay", String.valueOf(today.getDayOfMonth()))
                        .param("startDateMonth", String.valueOf(today.getMonthValue()))
                        .param("startDateYear", String.valueOf(today.getYear()))
                        .param("legalStatus", "V2").param("categoryOfNeed", "N4"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        CarePeriodView period = care.openPeriodFor(child.id()).orElseThrow();
        assertThat(location).isEqualTo("/care-periods/" + period.id());
        mvc.perform(get(location).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("V2: Accommodated under section 20")))
                .andExpect(content().string(containsString("First looked after child review")));
        mvc.perform(post(location + "/placements/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(period.version()))
                        .param("carerName", "Ann Foster").param("outOfArea", "yes").param("distance", "far"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the placement type")))
                .andExpect(content().string(containsString("Enter who approved the placement")))
                .andExpect(content().string(containsString("Enter the distance as a number of miles")))
                .andExpect(content().string(containsString("value=\"Ann Foster\"")));
        mvc.perform(get(location + "/reviews/new").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get(location + "/reviews/new").with(user(fx.signedIn(iro)))).andExpect(status().isOk());
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Looked after")));
        mvc.perform(post(location + "/cease").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(care.find(period.id()).orElseThrow().version()))
                        .param("dateDay", String.valueOf(today.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(today.getMonthValue()))
                        .param("dateYear", String.valueOf(today.getYear())).param("reason", "E4A"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E4A: Returned home as part of care planning")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record a placement or move"))));
        mvc.perform(get("/children/" + child.id() + "/care").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record that the child became looked after")));
    }

    @Test
    void anUnknownPeriodIsNotFound() throws Exception {
        mvc.perform(get("/care-periods/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlacementsLocalAuthorityIsCheckedAndShownOnThePeriod() throws Exception {
        String location = mvc.perform(post("/children/" + child.id() + "/care/new").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("startDateDay", String.valueOf(today.getDayOfMonth()))
                        .param("startDateMonth", String.valueOf(today.getMonthValue()))
                        .param("startDateYear", String.valueOf(today.getYear()))
                        .param("legalStatus", "V2").param("categoryOfNeed", "N4"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        CarePeriodView period = care.openPeriodFor(child.id()).orElseThrow();
        mvc.perform(get(location + "/placements/new").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Local authority area the placement is in (optional)")))
                .andExpect(content().string(containsString("<option value=\"Wokingham\">Wokingham</option>")))
                .andExpect(content().string(containsString("<option value=\"Westmorland and Furness\">")));
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
                placement = la -> post(location + "/placements/new").with(user(fx.signedIn(worker))).with(csrf())
                .param("version", String.valueOf(period.version()))
                .param("startDateDay", String.valueOf(today.getDayOfMonth()))
                .param("startDateMonth", String.valueOf(today.getMonthValue()))
                .param("startDateYear", String.valueOf(today.getYear()))
                .param("carerName", "Ann Foster").param("type", "U6").param("outOfArea", "no")
                .param("siblings", "NO_SIBLINGS_IN_CARE").param("emergency", "no").param("until18", "no")
                .param("placementLa", la);
        mvc.perform(placement.apply("Wokingham 2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#placementLa\"")))
                .andExpect(content().string(containsString("Choose the local authority from the list")))
                .andExpect(content().string(containsString("value=\"Ann Foster\"")));
        mvc.perform(placement.apply("x".repeat(5000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the local authority from the list")));
        assertThat(care.placementsOf(period.id())).isEmpty();
        mvc.perform(placement.apply("windsor and maidenhead"))
                .andExpect(status().is3xxRedirection());
        assertThat(care.placementsOf(period.id())).extracting(PlacementView::placementLa)
                .containsExactly("Windsor and Maidenhead");
        mvc.perform(get(location).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("In the area of Windsor and Maidenhead")));
    }
}
