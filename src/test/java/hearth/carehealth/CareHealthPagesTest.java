package hearth.carehealth;

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
class CareHealthPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CareHealth careHealth;

    Fixtures fx;
    CareJourney journey;
    String worker;
    String manager;
    PersonSummary child;
    LocalDate today = LocalDate.of(2026, 3, 2);

    @BeforeEach
    void setUp() {
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new CareJourney(context, fx);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Kai"), "Carepages", LocalDate.of(2015, 2, 2));
        fx.allocate(child.id(), team, worker);
        journey.becameLookedAfter(child.id(), today.minusMonths(2));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theChildsRecordShowsThePanelWithWhatIsOverdueAndThePageShowsTheFormsAndHistory() throws Exception {
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Health and education")))
                .andExpect(content().string(containsString("Health or education overdue")))
                .andExpect(content().string(containsString("Initial health assessment")))
                .andExpect(content().string(containsString("/children/" + child.id() + "/care-health")));
        mvc.perform(get("/children/" + child.id() + "/care-health").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jo and Sam Carter")))
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("Record a dental check")))
                .andExpect(content().string(containsString("Nothing has been recorded yet.")));
    }

    @Test
    void aBadFormIsShownAgainWithItsErrorsAndWhatWasTypedAndAGoodOneIsSaved() throws Exception {
        String path = "/children/" + child.id() + "/care-health/sdq/new";
        mvc.perform(get(path).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Total difficulties score")));
        mvc.perform(post(path).with(user(fx.signedIn(worker))).with(csrf())
                        .param("entryDateDay", "31").param("entryDateMonth", "2").param("entryDateYear", "2026")
                        .param("byWhom", "Foster carer").param("score", "55"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Enter a score from 0 to 40")))
                .andExpect(content().string(containsString("value=\"Foster carer\"")));
        mvc.perform(post(path).with(user(fx.signedIn(worker))).with(csrf())
                        .param("entryDateDay", "1").param("entryDateMonth", "3").param("entryDateYear", "2026")
                        .param("byWhom", "Foster carer").param("score", "17"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/children/" + child.id() + "/care-health"));
        mvc.perform(get("/children/" + child.id() + "/care-health").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Score 17")));
        String misuse = "/children/" + child.id() + "/care-health/substance-misuse/new";
        mvc.perform(post(misuse).with(user(fx.signedIn(worker))).with(csrf())
                        .param("entryDateDay", "1").param("entryDateMonth", "3").param("entryDateYear", "2026")
                        .param("byWhom", "School nurse").param("outcome", "IDENTIFIED").param("interventionOffered", "no")
                        .param("interventionReceived", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot have been received without being offered")));
    }

    @Test
    void aChildOutOfReachIsRefusedUnknownKindsAreNotFoundAndOnlyManagersVoidAndSeeTheOverdueList() throws Exception {
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/children/" + child.id() + "/care-health").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children/" + child.id() + "/care-health/dental-check/new").with(user(fx.signedIn(elsewhere)))
                        .with(csrf()).param("byWhom", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child.id() + "/care-health/nonsense/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        UUID record = journey.as(worker, () -> careHealth.record(child.id(),
                NewCareHealthRecord.of(CareHealthKind.DENTAL_CHECK, today, "Smile Dental")));
        String voidPath = "/children/" + child.id() + "/care-health/records/" + record + "/void";
        mvc.perform(get(voidPath).with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(post(voidPath).with(user(fx.signedIn(manager))).with(csrf()).param("version", "0").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the record is being voided")));
        mvc.perform(post(voidPath).with(user(fx.signedIn(manager))).with(csrf()).param("version", "0")
                        .param("reason", "Wrong child"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child.id() + "/care-health").with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Voided: Wrong child")));
        mvc.perform(get("/care-health/overdue").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/care-health/overdue").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(not(containsString("There is a problem"))));
    }
}
