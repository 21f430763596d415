package hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HearthTest
class AssessmentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Assessments assessments;

    Fixtures fx;
    AssessmentJourney journey;
    String worker;
    String manager;
    String otherManager;
    PersonSummary child;
    AssessmentView assessment;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new AssessmentJourney(context, fx);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        otherManager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Casey"), fx.name("Assessed"), LocalDate.of(2014, 2, 3));
        fx.allocate(child.id(), team, worker);
        assessment = journey.referral(child.id(), manager);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theAssessmentPageAndTheRecordPanelShowTheAssessment() throws Exception {
        mvc.perform(get("/assessments/" + assessment.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child and family assessment")))
                .andExpect(content().string(containsString("Not started yet")))
                .andExpect(content().string(containsString("Record the start date")))
                .andExpect(content().string(containsString("Due by (45 working days from referral)")));
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/assessments/" + assessment.id())))
                .andExpect(content().string(containsString("Assessment open")))
                .andExpect(content().string(containsString("of 45 working days")));
    }

    @Test
    void aChildOutOfReachIsRefusedOnEveryPageAndTheApi() throws Exception {
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        for (String path : new String[] {"", "/start", "/visits/new", "/factors", "/submit"}) {
            mvc.perform(get("/assessments/" + assessment.id() + path).with(user(fx.signedIn(elsewhere))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(child.lastName()))));
        }
        mvc.perform(get("/api/v1/children/" + child.id() + "/assessments").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assessments/" + assessment.id() + "/start").with(user(fx.signedIn(elsewhere))).with(csrf())
                        .param("version", "0").param("startDay", String.valueOf(today.getDayOfMonth()))
                        .param("startMonth", String.valueOf(today.getMonthValue()))
                        .param("startYear", String.valueOf(today.getYear())))
                .andExpect(status().isForbidden());
        assertThat(assessments.find(assessment.id()).orElseThrow().startDate()).isNull();
    }

    @Test
    void unknownAssessmentsAre404AndMalformedIds400() throws Exception {
        mvc.perform(get("/assessments/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/not-an-id").with(user(fx.signedIn(worker)))).andExpect(status().isBadRequest());
    }

    @Test
    void aStartDateBeforeTheReferralOrInTheFutureIsRefusedAndWhatWasTypedKept() throws Exception {
        mvc.perform(start(today.minusDays(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The start date cannot be before the referral date")))
                .andExpect(content().string(containsString("value=\"" + today.minusDays(3).getDayOfMonth() + "\"")));
        mvc.perform(start(today.plusDays(1)))
                .andExpect(content().string(containsString("The start date cannot be in the future")));
        mvc.perform(post("/assessments/" + assessment.id() + "/start").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", "0").param("startDay", "31").param("startMonth", "2").param("startYear", "2026"))
                .andExpect(content().string(containsString("Enter a real date the assessment started")));
        assertThat(assessments.find(assessment.id()).orElseThrow().startDate()).isNull();
        mvc.perform(start(today)).andExpect(status().is3xxRedirection());
        assertThat(assessments.find(assessment.id()).orElseThrow().startDate()).isEqualTo(today);
    }

    @Test
    void aFormFromAnOlderVersionIsAConflictNotAnOverwrite() throws Exception {
        mvc.perform(start(today)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessments/" + assessment.id() + "/factors").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(assessment.version())).param("factors", "16A"))
                .andExpect(status().isConflict());
        assertThat(assessments.find(assessment.id()).orElseThrow().factors()).isEmpty();
    }

    @Test
    void aVisitWithBadAnswersSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(start(today)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/assessments/" + assessment.id() + "/visits/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("in their own words")));
        mvc.perform(visit().param("childSeen", "no").param("seenAlone", "yes").param("visitedBy", "Sam Social Worker"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("they cannot have been seen alone")))
                .andExpect(content().string(containsString("value=\"Sam Social Worker\"")));
        mvc.perform(visit().param("childSeen", "yes").param("seenAlone", "yes").param("visitedBy", "Sam").param("wishes", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the child&#39;s wishes and feelings")));
        assertThat(assessments.visits(assessment.id())).isEmpty();
        mvc.perform(visit().param("childSeen", "yes").param("seenAlone", "yes").param("visitedBy", "Sam")
                        .param("wishes", "I want to stay at my school"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assessments/" + assessment.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("I want to stay at my school")));
    }

    @Test
    void factorsRefuseNoFactorsWithOthersAndAnEmptyChoice() throws Exception {
        mvc.perform(start(today)).andExpect(status().is3xxRedirection());
        long version = assessments.find(assessment.id()).orElseThrow().version();
        mvc.perform(factors(version, "21", "3B"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("21 No factors identified cannot be selected with other factors")));
        mvc.perform(factors(version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the factors identified")));
        mvc.perform(factors(version, "18A"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select factors from the list")));
        mvc.perform(get("/assessments/" + assessment.id() + "/factors").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("18B: Physical abuse")))
                .andExpect(content().string(not(containsString("18A:"))));
        mvc.perform(factors(version, "3B", "18C")).andExpect(status().is3xxRedirection());
        assertThat(assessments.find(assessment.id()).orElseThrow().factors())
                .containsExactly(AssessmentFactor.F3B, AssessmentFactor.F18C);
    }

    @Test
    void submittingWithoutAnOutcomeOrAnalysisSaysWhatIsMissing() throws Exception {
        mvc.perform(start(today)).andExpect(status().is3xxRedirection());
        long version = assessments.find(assessment.id()).orElseThrow().version();
        mvc.perform(submit(worker, version).param("analysis", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the factors identified before submitting")))
                .andExpect(content().string(containsString("Select the outcome of the assessment")))
                .andExpect(content().string(containsString("Enter the analysis and summary")));
        assertThat(assessments.find(assessment.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    @Test
    void theAuthorCannotAuthoriseAWorkerCannotAndAnotherManagerReturnsThenAuthorises() throws Exception {
        mvc.perform(start(today)).andExpect(status().is3xxRedirection());
        mvc.perform(factors(assessments.find(assessment.id()).orElseThrow().version(), "16A"))
                .andExpect(status().is3xxRedirection());
        long version = assessments.find(assessment.id()).orElseThrow().version();
        mvc.perform(submit(manager, version).param("outcome", "CHILD_IN_NEED_PLAN")
                        .param("analysis", "Neglect of the home; the parents engage with help"))
                .andExpect(status().is3xxRedirection());
        AssessmentView submitted = assessments.find(assessment.id()).orElseThrow();
        assertThat(submitted.submittedBy()).isEqualTo(manager);

        mvc.perform(get("/assessments/" + assessment.id() + "/authorisation").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a different manager must authorise it")))
                .andExpect(content().string(not(containsString("Record decision"))));
        mvc.perform(decide(manager, submitted.version()).param("decision", "AUTHORISE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a different manager must authorise it")));
        mvc.perform(decide(worker, submitted.version()).param("decision", "AUTHORISE"))
                .andExpect(status().isForbidden());
        assertThat(assessments.find(assessment.id()).orElseThrow().status())
                .isEqualTo(AssessmentStatus.AWAITING_AUTHORISATION);

        mvc.perform(get("/assessments").with(user(fx.signedIn(otherManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("Awaiting authorisation")));
        mvc.perform(decide(otherManager, submitted.version()).param("decision", "RETURN").param("returnReason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the assessment is being returned")));
        mvc.perform(decide(otherManager, submitted.version()).param("decision", "RETURN")
                        .param("returnReason", "Speak to the school nurse"))
                .andExpect(status().is3xxRedirection());
        AssessmentView returned = assessments.find(assessment.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        mvc.perform(get("/assessments/" + assessment.id()).with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Speak to the school nurse")));

        mvc.perform(submit(worker, returned.version()).param("outcome", "CHILD_IN_NEED_PLAN")
                        .param("analysis", "School nurse seen; plan needed"))
                .andExpect(status().is3xxRedirection());
        long resubmitted = assessments.find(assessment.id()).orElseThrow().version();
        mvc.perform(decide(manager, resubmitted).param("decision", "AUTHORISE")).andExpect(status().is3xxRedirection());
        AssessmentView done = assessments.find(assessment.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(AssessmentStatus.AUTHORISED);
        assertThat(done.authorisedBy()).isEqualTo(manager);
        mvc.perform(get("/api/v1/children/" + child.id() + "/assessments").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("AUTHORISED"))
                .andExpect(jsonPath("$[0].factors[0]").value("16A"))
                .andExpect(jsonPath("$[0].outcome").value("CHILD_IN_NEED_PLAN"));
    }

    @Test
    void theManagersListNeedsAuthorisePermissionAndHidesNamesOutOfReach() throws Exception {
        mvc.perform(get("/assessments").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/assessments").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/assessments\"")))
                .andExpect(content().string(containsString(child.fullName())));
        String stranger = fx.user(Role.TEAM_MANAGER, fx.team(fx.service(), null));
        mvc.perform(get("/assessments").with(user(fx.signedIn(stranger))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(child.fullName()))));
    }

    private MockHttpServletRequestBuilder start(LocalDate date) {
        return post("/assessments/" + assessment.id() + "/start").with(user(fx.signedIn(worker))).with(csrf())
                .param("version", String.valueOf(assessments.find(assessment.id()).orElseThrow().version()))
                .param("startDay", String.valueOf(date.getDayOfMonth()))
                .param("startMonth", String.valueOf(date.getMonthValue()))
                .param("startYear", String.valueOf(date.getYear()));
    }

    private MockHttpServletRequestBuilder visit() {
        return post("/assessments/" + assessment.id() + "/visits/new").with(user(fx.signedIn(worker))).with(csrf())
                .param("visitDay", String.valueOf(today.getDayOfMonth()))
                .param("visitMonth", String.valueOf(today.getMonthValue()))
                .param("visitYear", String.valueOf(today.getYear()));
    }

    private MockHttpServletRequestBuilder factors(long version, String... codes) {
        return post("/assessments/" + assessment.id() + "/factors").with(user(fx.signedIn(worker))).with(csrf())
                .param("version", String.valueOf(version)).param("factors", codes);
    }

    private MockHttpServletRequestBuilder submit(String username, long version) {
        return post("/assessments/" + assessment.id() + "/submit").with(user(fx.signedIn(username))).with(csrf())
                .param("version", String.valueOf(version))
                .param("completedDay", String.valueOf(today.getDayOfMonth()))
                .param("completedMonth", String.valueOf(today.getMonthValue()))
                .param("completedYear", String.valueOf(today.getYear()));
    }

    private MockHttpServletRequestBuilder decide(String username, long version) {
        return post("/assessments/" + assessment.id() + "/authorisation").with(user(fx.signedIn(username)))
                .with(csrf()).param("version", String.valueOf(version));
    }
}
