package hearth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AccessAction;
import hearth.audit.AuditTrail;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.SiblingArrangement;
import hearth.people.PersonSummary;
import hearth.security.RecordAccess;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The readiness sample draws each child into one group, leaves restricted records out, and inspectors' views are logged. */
@HearthTest
class ReadinessSampleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReadinessSample sample;
    @Autowired
    ChildrenInCare care;
    @Autowired
    RecordAccess access;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;

    Fixtures fx;
    String worker;
    UUID team;

    @BeforeEach
    void aTeam() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
    }

    @Test
    void aLookedAfterChildIsSampledAsLookedAfterOnceAndARestrictedOneIsLeftOut() {
        PersonSummary inCare = lookedAfter("Kai");
        PersonSummary restricted = lookedAfter("Lee");
        String manager = fx.user(Role.TEAM_MANAGER, team);
        InspectionSignIn.as(fx, manager, () -> access.restrict(restricted.id(), "A staff member's child", Set.of(manager)));

        List<SampledChild> drawn = sample.sample(100_000, 0);

        assertThat(drawn).filteredOn(c -> c.childId().equals(inCare.id())).singleElement()
                .satisfies(c -> {
                    assertThat(c.stratum()).isEqualTo(SampleStratum.LOOKED_AFTER);
                    assertThat(c.name()).isEqualTo(inCare.fullName());
                });
        assertThat(drawn).extracting(SampledChild::childId).doesNotContain(restricted.id()).doesNotHaveDuplicates();
        assertThat(sample.sample(1, 0)).extracting(SampledChild::stratum).doesNotHaveDuplicates();
        assertThat(sample.sample(2, 5)).isEqualTo(sample.sample(2, 5));
    }

    @Test
    void everyViewOfAChildByAnInspectorIsLogged() throws Exception {
        PersonSummary child = lookedAfter("Mo");
        String inspector = fx.user(Role.INSPECTOR, null);

        mvc.perform(get("/inspection-readiness").with(user(fx.signedIn(inspector)))).andExpect(status().isOk());
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(inspector)))).andExpect(status().isOk());

        assertThat(audit.accessTo(child.id(), 20)).anySatisfy(r -> {
            assertThat(r.username()).isEqualTo(inspector);
            assertThat(r.action()).isEqualTo(AccessAction.VIEWED);
        });
        assertThat(audit.count(AccessAction.SEARCHED, inspector)).isEqualTo(1);
    }

    @Test
    void anInspectorDownloadsAnnexAAsOfTodayAndTheDownloadIsLogged() throws Exception {
        String inspector = fx.user(Role.INSPECTOR, null);

        byte[] workbook = mvc.perform(get("/inspection-readiness/annex-a.xlsx").with(user(fx.signedIn(inspector))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("annex-a-")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(workbook).startsWith((byte) 'P', (byte) 'K');
        assertThat(audit.count(AccessAction.EXPORTED, inspector)).isEqualTo(1);
        mvc.perform(get("/inspection-readiness/annex-a.xlsx").with(user(fx.signedIn(worker))))
                .andExpect(status().isForbidden());
    }

    private PersonSummary lookedAfter(String first) {
        PersonSummary child = fx.child(first, fx.name("Sample"), LocalDate.of(2014, 3, 3));
        fx.allocate(child.id(), team, worker);
        LocalDate start = LocalDate.now().minusDays(20);
        CarePeriodView period = InspectionSignIn.as(fx, worker, () -> care.becomeLookedAfter(child.id(), start,
                LegalStatus.V2, CategoryOfNeed.N1));
        InspectionSignIn.as(fx, worker, () -> care.recordPlacement(period.id(), care.find(period.id()).orElseThrow().version(),
                new NewPlacement(start, "Ann Foster", PlacementType.U6, PlacementProvider.PR1, "RG1 1AA", "RG2 2BB",
                        null, null, false, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE, null, false, false,
                        null)));
        return child;
    }
}
