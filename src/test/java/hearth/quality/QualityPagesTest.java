package hearth.quality;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.PersonSummary;
import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Who may use the quality pages, what bad input and unknown ids get, and that record access still applies. */
@HearthTest
class QualityPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CaseAudits audits;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String worker;
    String manager;
    String auditor;
    PersonSummary child;
    UUID audit;

    @BeforeEach
    void anAuditedChild() {
        fx = new Fixtures(context);
        manager = fx.unique("tm_qp");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        auditor = fx.user(Role.QA_AUDITOR, null);
        child = fx.child("Kit", fx.name("Pages"), LocalDate.of(2013, 3, 3));
        fx.allocate(child.id(), team, worker);
        LocalDate today = LocalDate.now(clock.withZone(MutableClock.LONDON));
        TemplateView template = audits.templateFor(null);
        Map<UUID, String> answers = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        template.questions().forEach(q -> {
            answers.put(q.id(), q.answerType().options().isEmpty() ? null : q.answerType().options().get(1));
            comments.put(q.id(), "Seen");
        });
        audit = as(auditor, () -> audits.record(child.id(), new NewAudit(null, today, answers, comments,
                "Secret strengths", "Plan", Grade.GOOD, List.of(new NewAuditAction("Tidy the plan", worker,
                        today.plusDays(7))))));
    }

    @Test
    void onlyAuditorsUseQualityAssuranceOnlyManagersRecordPanelsAndLeadersSeeTheAnalysis() throws Exception {
        mvc.perform(get("/quality").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/quality").with(user(fx.signedIn(auditor)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit programmes")));
        mvc.perform(get("/quality/programmes/new").with(user(fx.signedIn(auditor)))).andExpect(status().isOk());
        mvc.perform(get("/quality/panels").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/quality/panels").with(user(fx.signedIn(auditor)))).andExpect(status().isForbidden());
        mvc.perform(get("/quality/panels").with(user(fx.signedIn(manager)))).andExpect(status().isOk());
        mvc.perform(get("/quality/analysis").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/quality/analysis").with(user(fx.signedIn(fx.user(Role.PERFORMANCE_OFFICER, null)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Grades by team")));
        mvc.perform(get("/quality/analysis.csv").param("from", "nonsense").with(user(fx.signedIn(auditor))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("breakdown,group,audits")));
        mvc.perform(get("/quality/templates/" + AuditTemplates.PRACTICE_AUDIT).with(user(fx.signedIn(auditor))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The plan is SMART")));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        HearthUser qa = fx.signedIn(auditor);
        UUID nobody = UUID.randomUUID();
        mvc.perform(get("/quality/programmes/" + nobody).with(user(qa))).andExpect(status().isNotFound());
        mvc.perform(get("/quality/audits/" + nobody + "/findings").with(user(qa))).andExpect(status().isNotFound());
        mvc.perform(get("/quality/audits/" + nobody + "/moderate").with(user(qa))).andExpect(status().isNotFound());
        mvc.perform(get("/quality/actions/" + nobody).with(user(qa))).andExpect(status().isNotFound());
        mvc.perform(get("/children/" + nobody + "/audits/new").with(user(qa))).andExpect(status().isNotFound());
        mvc.perform(get("/quality/templates/" + nobody).with(user(qa))).andExpect(status().isNotFound());
        mvc.perform(get("/quality/panels/" + nobody).with(user(fx.signedIn(manager))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWorkerSeesTheFindingsAndRecordsTheActionButAWorkerElsewhereIsRefused() throws Exception {
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/quality/audits/" + audit + "/findings").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString("Secret strengths"))));
        mvc.perform(get("/quality/audits/" + audit + "/findings").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Secret strengths")))
                .andExpect(content().string(not(containsString("Moderate this audit"))));
        AuditActionView action = audits.find(audit).actions().get(0);
        mvc.perform(get("/quality/actions/" + action.id()).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/quality/actions/" + action.id()).with(user(fx.signedIn(worker))).with(csrf())
                .param("evidence", " ").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the evidence")));
        mvc.perform(post("/quality/actions/" + action.id()).with(user(fx.signedIn(worker))).with(csrf())
                .param("evidence", "Plan rewritten").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/quality/actions/" + action.id()).with(user(fx.signedIn(worker))).with(csrf())
                .param("evidence", "Again").param("version", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already done")));
    }

    @Test
    void badInputIsShownAgainWithEverythingTypedKept() throws Exception {
        mvc.perform(post("/quality/programmes/new").with(user(fx.signedIn(auditor))).with(csrf())
                .param("name", "Kept programme name").param("templateId", AuditTemplates.PRACTICE_AUDIT.toString())
                .param("fromDay", "1").param("fromMonth", "13").param("fromYear", "2026")
                .param("toDay", "1").param("toMonth", "3").param("toYear", "2026")
                .param("auditors", auditor).param("sampling", "TEAM").param("size", "lots").param("seed", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kept programme name")))
                .andExpect(content().string(containsString("Enter how many children")))
                .andExpect(content().string(containsString("Enter the date the audit period starts")));
        mvc.perform(post("/quality/programmes/new").with(user(fx.signedIn(auditor))).with(csrf())
                .param("name", "Worker as auditor").param("templateId", AuditTemplates.PRACTICE_AUDIT.toString())
                .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2026")
                .param("toDay", "1").param("toMonth", "3").param("toYear", "2026")
                .param("auditors", worker).param("sampling", "RANDOM").param("size", "3").param("seed", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Each auditor must be the username")));
        mvc.perform(post("/children/" + child.id() + "/audits/new").with(user(fx.signedIn(auditor))).with(csrf())
                .param("auditedOnDay", "1").param("auditedOnMonth", "1").param("auditedOnYear", "2026")
                .param("strengths", "Typed strengths kept").param("q1", "GOOD")
                .param("action1", "An action with no owner"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Typed strengths kept")))
                .andExpect(content().string(containsString("An action with no owner")))
                .andExpect(content().string(containsString("Choose the overall grade")))
                .andExpect(content().string(containsString("Choose the owner")));
        mvc.perform(post("/quality/audits/" + audit + "/moderate").with(user(fx.signedIn(auditor))).with(csrf())
                .param("grade", "GOOD").param("rationale", "My own audit").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a second auditor must moderate it")));
        mvc.perform(post("/quality/panels/new").with(user(fx.signedIn(manager))).with(csrf())
                .param("kind", "OTHER").param("chair", "Kept chair"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kept chair")))
                .andExpect(content().string(containsString("Enter the panel")));
    }

    @Test
    void aSecondAuditorModeratesThroughThePageAndAStaleFormIsAConflict() throws Exception {
        HearthUser second = fx.signedIn(fx.user(Role.QA_AUDITOR, null));
        mvc.perform(get("/quality/audits/" + audit + "/findings").with(user(second)))
                .andExpect(content().string(containsString("Moderate this audit")));
        mvc.perform(post("/quality/audits/" + audit + "/moderate").with(user(second)).with(csrf())
                .param("grade", "REQUIRES_IMPROVEMENT").param("rationale", "Visits late").param("version", "7"))
                .andExpect(status().isConflict());
        mvc.perform(post("/quality/audits/" + audit + "/moderate").with(user(second)).with(csrf())
                .param("grade", "REQUIRES_IMPROVEMENT").param("rationale", "Visits late").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/quality/audits/" + audit + "/findings").with(user(second)))
                .andExpect(content().string(containsString("Changed to Requires improvement to be good")));
    }

    private <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
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
