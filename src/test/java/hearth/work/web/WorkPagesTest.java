package hearth.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.shared.Ids;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Due;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import hearth.workforce.Workforce;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HearthTest
class WorkPagesTest {

    private static final String VISIT = "test-work-visit";
    private static final String MEASURE = "test-work-measure";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    Obligations obligations;
    @Autowired
    Duties duties;
    @Autowired
    Workforce workforce;

    Fixtures fx;
    UUID service;
    UUID team;
    String manager;
    String worker;
    String colleague;

    @BeforeEach
    void organisation() {
        fx = new Fixtures(context);
        service = fx.service();
        team = fx.team(service, null);
        manager = fx.user(Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        colleague = fx.user(Role.SOCIAL_WORKER, team);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RequestPostProcessor as(String username) {
        return user(fx.signedIn(username));
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Due.LONDON).toInstant();
    }

    private PersonSummary childOf(String first, String workerUsername) {
        PersonSummary child = fx.child(first, "Worklist", LocalDate.of(2016, 4, 1));
        fx.allocate(child.id(), team, workerUsername);
        return child;
    }

    @Test
    void anItemBecomesOverdueOnMyWorkOnceTheClockPassesItsDueDate() throws Exception {
        clock.setDate(LocalDate.parse("2031-03-03"));
        PersonSummary child = childOf("Ola", worker);
        duties.open(child.id(), "referral-decision", LocalDate.parse("2031-03-03"), "Referral from school");

        mvc.perform(get("/my-work").with(as(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ola Worklist")))
                .andExpect(content().string(containsString("href=\"/children/" + child.id() + "\"")))
                .andExpect(content().string(containsString("Decision on a referral")))
                .andExpect(content().string(containsString("4 Mar 2031")))
                .andExpect(content().string(containsString("govuk-tag--orange")))
                .andExpect(content().string(containsString("Due soon")))
                .andExpect(content().string(not(containsString("govuk-tag--red"))))
                .andExpect(content().string(containsString(
                        "href=\"/timescales/rules/referral-decision?started=2031-03-03&amp;event=Referral%20from%20school\"")));

        clock.setDate(LocalDate.parse("2031-03-07"));

        mvc.perform(get("/my-work").with(as(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--red")))
                .andExpect(content().string(containsString(">Overdue<")))
                .andExpect(content().string(containsString("1 overdue")));
    }

    @Test
    void overdueItemsComeFirstMostDaysOverdueFirstThenDueSoonThenUpcoming() throws Exception {
        clock.setDate(LocalDate.parse("2031-04-14"));
        PersonSummary child = childOf("Ada", worker);
        UUID upcoming = duties.open(child.id(), VISIT, LocalDate.parse("2031-04-14"), "Upcoming");
        UUID dueSoon = duties.open(child.id(), VISIT, LocalDate.parse("2031-04-06"), "Due soon");
        UUID overdueLittle = duties.open(child.id(), VISIT, LocalDate.parse("2031-04-02"), "A little overdue");
        UUID overdueMost = duties.open(child.id(), VISIT, LocalDate.parse("2031-03-20"), "Most overdue");

        var page = mvc.perform(get("/my-work").with(as(worker))).andExpect(status().isOk()).andReturn();

        @SuppressWarnings("unchecked")
        List<WorkItem> items = (List<WorkItem>) page.getModelAndView().getModel().get("items");
        assertThat(items).extracting(i -> i.obligation().id()).containsExactly(overdueMost, overdueLittle, dueSoon, upcoming);
        assertThat(items).extracting(WorkItem::daysOverdue).containsExactly(15L, 2L, 0L, 0L);
        // no message for a test rule: the rule id is shown
        assertThat(page.getResponse().getContentAsString()).contains(VISIT);
    }

    @Test
    void reallocatingAChildMovesItsOpenItemsToTheNewWorkersMyWork() throws Exception {
        clock.setDate(LocalDate.parse("2031-05-05"));
        PersonSummary child = childOf("Remi", worker);
        UUID item = duties.open(child.id(), VISIT, LocalDate.parse("2031-05-05"), "Visit due");
        assertThat(obligations.find(item).orElseThrow().responsible()).isEqualTo(worker);

        fx.allocate(child.id(), team, colleague);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(obligations.find(item).orElseThrow().responsible()).isEqualTo(colleague));
        mvc.perform(get("/my-work").with(as(colleague))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Remi Worklist")));
        mvc.perform(get("/my-work").with(as(worker))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Remi Worklist"))));

        workforce.allocate(child.id(), team, null, LocalDate.now(clock), "Held on duty");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(obligations.find(item).orElseThrow().responsible()).isEqualTo(team.toString()));
        assertThat(duties.responsibleFor(child.id())).isEqualTo(team.toString());
    }

    @Test
    void aReasonForDelayIsRecordedOnAnItemMetLate() throws Exception {
        clock.setDate(LocalDate.parse("2031-03-03"));
        PersonSummary child = childOf("Lee", worker);
        UUID late = duties.open(child.id(), VISIT, LocalDate.parse("2031-02-01"), "Visit due");
        obligations.satisfy(late, london("2031-02-20T10:00"), "Visited");
        String path = "/my-work/items/" + late + "/delay-reason";

        mvc.perform(get("/my-work").with(as(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Met late in the last 30 days")))
                .andExpect(content().string(containsString("action=\"" + path + "\"")));

        mvc.perform(post(path).with(as(worker)).with(csrf()).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#reason-" + late + "\"")))
                .andExpect(content().string(containsString("Enter the reason for delay")))
                .andExpect(content().string(containsString("<title>Error: My work")));
        mvc.perform(post(path).with(as(colleague)).with(csrf()).param("reason", "Not mine"))
                .andExpect(status().isNotFound());

        mvc.perform(post(path).with(as(worker)).with(csrf()).param("reason", "Family away; visit rearranged"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/my-work"))
                .andExpect(flash().attribute("flashSuccess", "work.delay.recorded"));

        assertThat(obligations.find(late).orElseThrow().delayReason()).isEqualTo("Family away; visit rearranged");
        mvc.perform(get("/my-work").with(as(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Family away; visit rearranged")))
                .andExpect(content().string(not(containsString("action=\"" + path + "\""))));
    }

    @Test
    void theTeamViewCountsEachWorkersChildrenOverdueAndDueThisWeekAndListsWorkToReallocate() throws Exception {
        clock.setDate(LocalDate.parse("2031-03-03")); // a Monday: the week ends on Sunday 9 March
        PersonSummary first = childOf("Fen", worker);
        PersonSummary second = childOf("Gus", worker);
        PersonSummary third = childOf("Hal", colleague);
        PersonSummary onDuty = childOf("Ida", null);
        duties.open(first.id(), VISIT, LocalDate.parse("2031-02-10"), "Overdue visit");
        duties.open(second.id(), VISIT, LocalDate.parse("2031-02-27"), "Due Sunday");
        duties.open(third.id(), VISIT, LocalDate.parse("2031-03-03"), "Due next week");
        duties.open(onDuty.id(), VISIT, LocalDate.parse("2031-02-01"), "Overdue on duty");
        workforce.markAbsent(colleague, LocalDate.parse("2031-02-24"));

        var page = mvc.perform(get("/team").with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ida Worklist")))
                .andExpect(content().string(containsString("Hal Worklist")))
                .andExpect(content().string(containsString("href=\"/team/workers/" + worker + "?show=overdue\"")))
                .andExpect(content().string(containsString("href=\"/children/" + third.id() + "/allocation\"")))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<TeamController.WorkerRow> rows = (List<TeamController.WorkerRow>) page.getModelAndView().getModel().get("rows");
        assertThat(rows).filteredOn(r -> r.worker().username().equals(worker))
                .singleElement().satisfies(r -> {
                    assertThat(r.children()).isEqualTo(2);
                    assertThat(r.overdue()).isEqualTo(1);
                    assertThat(r.dueThisWeek()).isEqualTo(1);
                });
        assertThat(rows).filteredOn(r -> r.worker().username().equals(colleague))
                .singleElement().satisfies(r -> {
                    assertThat(r.children()).isEqualTo(1);
                    assertThat(r.overdue()).isZero();
                    assertThat(r.dueThisWeek()).isZero();
                });
        @SuppressWarnings("unchecked")
        List<TeamController.HeldChild> held = (List<TeamController.HeldChild>) page.getModelAndView().getModel().get("onDuty");
        assertThat(held).extracting(TeamController.HeldChild::childId).containsExactly(onDuty.id());
        @SuppressWarnings("unchecked")
        List<TeamController.HeldChild> absent = (List<TeamController.HeldChild>) page.getModelAndView().getModel().get("absent");
        assertThat(absent).extracting(TeamController.HeldChild::childId).containsExactly(third.id());
        assertThat(((hearth.timescales.Workload) page.getModelAndView().getModel().get("teamWorkload")).overdue()).isEqualTo(1);

        var overdue = mvc.perform(get("/team/workers/" + worker).param("show", "overdue").with(as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Fen Worklist"))).andReturn();
        @SuppressWarnings("unchecked")
        List<WorkItem> items = (List<WorkItem>) overdue.getModelAndView().getModel().get("items");
        assertThat(items).extracting(WorkItem::childId).containsExactly(first.id());
    }

    @Test
    void childrenHeldOnDutyPastTheCouncilsLimitAreFlaggedForAllocation() throws Exception {
        clock.setDate(LocalDate.parse("2031-03-17")); // a Monday; the default limit is 5 working days
        PersonSummary longHeld = fx.child("Jo", "Dutylong", LocalDate.of(2016, 4, 1));
        workforce.allocate(longHeld.id(), team, null, LocalDate.parse("2031-03-07"), "Held on duty");
        PersonSummary justHeld = fx.child("Kit", "Dutynew", LocalDate.of(2016, 4, 1));
        workforce.allocate(justHeld.id(), team, null, LocalDate.parse("2031-03-10"), "Held on duty");

        var page = mvc.perform(get("/team").with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Over the duty limit")))
                .andExpect(content().string(containsString("1 child is over it and needs allocating")))
                .andReturn();
        @SuppressWarnings("unchecked")
        java.util.Set<UUID> flagged = (java.util.Set<UUID>) page.getModelAndView().getModel().get("tooLongOnDuty");
        assertThat(flagged).containsExactly(longHeld.id());
    }

    @Test
    void aServiceManagerChoosesAnyTeamInTheirServiceAndNoOther() throws Exception {
        String serviceManager = fx.user(Role.SERVICE_MANAGER, fx.team(service, null));
        UUID elsewhere = fx.team(fx.service(), null);
        mvc.perform(get("/team").param("team", team.toString()).with(as(serviceManager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select class=\"govuk-select\" id=\"team\" name=\"team\">")))
                .andExpect(content().string(containsString("Test SOCIAL_WORKER")));
        mvc.perform(get("/team").param("team", elsewhere.toString()).with(as(serviceManager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/team").param("team", team.toString()).with(as(manager))).andExpect(status().isOk());
        mvc.perform(get("/team").param("team", elsewhere.toString()).with(as(manager))).andExpect(status().isNotFound());
    }

    @Test
    void theServiceViewShowsThePercentMetOnTimePerMeasureWithItsTrend() throws Exception {
        clock.set(london("2032-06-15T10:00"));
        UUID child = Ids.next();
        // last 3 months (15 Mar to 14 Jun 2032): 3 on time, 1 late, 1 overdue and open, 1 voided
        onTime(child, "2032-04-01");
        onTime(child, "2032-04-10");
        onTime(child, "2032-05-01");
        UUID late = obligations.open(child, MEASURE, LocalDate.parse("2032-05-10"), "Start", null);
        obligations.satisfy(late, london("2032-05-25T10:00"), "Done late");
        obligations.open(child, MEASURE, LocalDate.parse("2032-05-20"), "Start", null);
        obligations.voidObligation(obligations.open(child, MEASURE, LocalDate.parse("2032-05-21"), "Start", null), "Error");
        // the 3 months before (15 Dec 2031 to 14 Mar 2032): 1 on time, 1 late
        onTime(child, "2032-01-05");
        UUID earlier = obligations.open(child, MEASURE, LocalDate.parse("2032-02-01"), "Start", null);
        obligations.satisfy(earlier, london("2032-02-20T10:00"), "Done late");

        var page = mvc.perform(get("/service").with(as(fx.user(Role.SERVICE_MANAGER, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-rule=\"" + MEASURE + "\"")))
                .andExpect(content().string(containsString("60%")))
                .andExpect(content().string(containsString("(3 of 5 on time)")))
                .andExpect(content().string(containsString("57%")))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<ServiceController.Measure> measures = (List<ServiceController.Measure>) page.getModelAndView().getModel().get("measures");
        ServiceController.Measure measure = measures.stream().filter(m -> m.ruleId().equals(MEASURE)).findFirst().orElseThrow();
        assertThat(measure.periods()).extracting(ServiceController.Period::months).containsExactly(3, 6, 12);
        assertThat(measure.periods()).extracting(ServiceController.Period::percent).containsExactly(60, 57, 57);
        assertThat(measure.periods()).extracting(ServiceController.Period::previousPercent).containsExactly(50, null, null);
        assertThat(measure.periods()).extracting(ServiceController.Period::trend)
                .containsExactly(ServiceController.Trend.UP, ServiceController.Trend.NONE, ServiceController.Trend.NONE);
    }

    private void onTime(UUID child, String started) {
        UUID id = obligations.open(child, MEASURE, LocalDate.parse(started), "Start", null);
        obligations.satisfy(id, LocalDate.parse(started).plusDays(2).atTime(10, 0).atZone(Due.LONDON).toInstant(), "Done");
    }

    @Test
    void eachPageNeedsItsPermissionAndBadInputGivesAClearPageNotAFailure() throws Exception {
        mvc.perform(get("/team").with(as(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/service").with(as(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/my-work").with(as(fx.user(Role.ADMINISTRATOR, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/team").param("team", "not-a-team").with(as(manager))).andExpect(status().isBadRequest());
        mvc.perform(get("/team/workers/" + worker).param("show", "everything").with(as(manager)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/team/workers/nobody-at-all").with(as(manager))).andExpect(status().isNotFound());
        mvc.perform(post("/my-work/items/not-a-uuid/delay-reason").with(as(worker)).with(csrf()).param("reason", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/my-work/items/" + Ids.next() + "/delay-reason").with(as(worker)).with(csrf())
                .param("reason", "x")).andExpect(status().isNotFound());
        String lonely = fx.user(Role.TEAM_MANAGER, null);
        mvc.perform(get("/team").with(as(lonely))).andExpect(status().isOk())
                .andExpect(content().string(containsString("not recorded as a member or manager of a team")));
    }
}
