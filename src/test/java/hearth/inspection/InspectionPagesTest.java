package hearth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AccessAction;
import hearth.audit.AccessRecord;
import hearth.audit.AuditTrail;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Who may see and keep the plan, what bad input and unknown ids get, and the committee's PDF with its audit. */
@HearthTest
class InspectionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Inspections inspections;
    @Autowired
    ImprovementPlan plan;
    @Autowired
    AuditTrail audit;

    Fixtures fx;
    String manager;
    String inspector;
    String worker;
    UUID inspection;
    UUID point;
    UUID action;

    @BeforeEach
    void anInspectionWithAnAction() {
        fx = new Fixtures(context);
        manager = fx.user(Role.SERVICE_MANAGER, null);
        inspector = fx.user(Role.INSPECTOR, null);
        worker = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        inspection = InspectionSignIn.as(fx, manager, () -> inspections.record(new NewInspection(InspectionKind.FULL_INSPECTION,
                LocalDate.of(2024, 4, 22), LocalDate.of(2024, 5, 3), null, "Christine Kennet", null, null, null,
                Map.of(JudgementArea.OVERALL_EFFECTIVENESS, InspectionGrade.REQUIRES_IMPROVEMENT),
                List.of("The timely identification of risk for children."))));
        point = inspections.find(inspection).orElseThrow().points().get(0).id();
        action = InspectionSignIn.as(fx, manager, () -> plan.addAction(point, new ActionDetails(
                "Strategy discussions within a working day", "Head of service", LocalDate.of(2025, 4, 30),
                ImprovementStatus.ON_TRACK, "Audit of 20 strategy discussions in March")));
        InspectionSignIn.as(fx, manager, () -> plan.linkMeasure(action, "timeliness:strategy-discussion"));
    }

    @Test
    void inspectorsSeeThePlanButOnlyManagersKeepItAndWorkersSeeNeither() throws Exception {
        mvc.perform(get("/inspections").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/inspections/" + inspection).with(user(fx.signedIn(inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The timely identification of risk for children.")))
                .andExpect(content().string(containsString("Strategy discussions within a working day")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add an action for point 1"))));
        mvc.perform(get("/improvement-actions/" + action).with(user(fx.signedIn(inspector))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("role=\"img\"")));
        mvc.perform(get("/inspections/new").with(user(fx.signedIn(inspector)))).andExpect(status().isForbidden());
        mvc.perform(post("/improvement-actions/" + action).with(user(fx.signedIn(inspector))).with(csrf())
                .param("title", "Changed").param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post("/self-evaluation").with(user(fx.signedIn(inspector))).with(csrf())
                .param("OVERALL", "Mine").param("startedFrom", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/inspection-readiness").with(user(fx.signedIn(inspector)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/inspection-readiness/annex-a.xlsx\"")));
        mvc.perform(get("/self-evaluation").with(user(fx.signedIn(inspector)))).andExpect(status().isOk());
    }

    @Test
    void badInputIsShownBackWithEverythingTypedAndUnknownIdsAreNotFound() throws Exception {
        mvc.perform(post("/inspections").with(user(fx.signedIn(manager))).with(csrf())
                .param("leadInspector", "Alexander Kemp").param("startDateDay", "31").param("startDateMonth", "2")
                .param("startDateYear", "2022").param("reportUrl", "javascript:alert(1)")
                .param("points", "- Chronologies are not routinely completed."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the kind of inspection or visit")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Enter the report&#39;s address starting https://")))
                .andExpect(content().string(containsString("value=\"Alexander Kemp\"")))
                .andExpect(content().string(containsString("- Chronologies are not routinely completed.")));
        mvc.perform(post("/improvement-points/" + point + "/actions").with(user(fx.signedIn(manager))).with(csrf())
                .param("owner", "Head of service").param("dueDateDay", "1").param("status", "ON_TRACK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter what will be done")))
                .andExpect(content().string(containsString("value=\"Head of service\"")));
        mvc.perform(post("/improvement-actions/" + action + "/measures").with(user(fx.signedIn(manager))).with(csrf())
                .param("measureId", "no-such-measure"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a measure to link")));
        mvc.perform(post("/improvement-actions/" + action).with(user(fx.signedIn(manager))).with(csrf())
                .param("title", "Stale").param("owner", "x").param("dueDateDay", "1").param("dueDateMonth", "5")
                .param("dueDateYear", "2025").param("status", "COMPLETE").param("version", "7"))
                .andExpect(status().isConflict());

        mvc.perform(post("/inspections").with(user(fx.signedIn(manager))).with(csrf())
                .param("kind", "FOCUSED_VISIT").param("startDateDay", "1").param("startDateMonth", "2")
                .param("startDateYear", "2022").param("points", "- One\n\n* Two"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/inspections/")));

        mvc.perform(post("/inspections/" + inspection + "/void").with(user(fx.signedIn(manager))).with(csrf())
                .param("reason", " ").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the inspection is being voided")));
        mvc.perform(post("/inspections/" + inspection + "/void").with(user(fx.signedIn(inspector))).with(csrf())
                .param("reason", "Not mine").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/inspections/" + inspection + "/void").with(user(fx.signedIn(manager))).with(csrf())
                .param("reason", "Recorded twice").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/inspections/" + inspection).with(user(fx.signedIn(manager))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inspections/" + UUID.randomUUID()).with(user(fx.signedIn(manager))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/improvement-actions/" + UUID.randomUUID()).with(user(fx.signedIn(manager))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/improvement-points/" + UUID.randomUUID() + "/actions/new").with(user(fx.signedIn(manager))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inspections/" + UUID.randomUUID() + "/progress-report.pdf")
                .with(user(fx.signedIn(manager)))).andExpect(status().isNotFound());
    }

    @Test
    void theCommitteesProgressReportIsAnAccessiblePdfAndMakingItIsLogged() throws Exception {
        byte[] pdf = mvc.perform(get("/inspections/" + inspection + "/progress-report.pdf")
                .with(user(fx.signedIn(inspector))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Improvement plan: progress report")
                    .contains("The timely identification of risk for children.")
                    .contains("Strategy discussions within a working day").contains("On track")
                    .contains("Audit of 20 strategy discussions in March");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Improvement plan: progress report");
        }
        List<AccessRecord> logged = audit.accessTo(inspection, 5);
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AccessAction.EXPORTED);
            assertThat(r.username()).isEqualTo(inspector);
        });
    }
}
