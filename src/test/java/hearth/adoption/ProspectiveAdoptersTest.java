package hearth.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.Ethnicity;
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

/** Prospective adopters through the stages, with stage 1 due in 2 months and stage 2 in 4, and leaving with a reason. */
@HearthTest
class ProspectiveAdoptersTest {

    static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ProspectiveAdopters adopters;
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
    void stagesFollowEachOtherWithTheirDueDatesAndLeavingNeedsAReason() {
        AdopterView a = adopters.enquire(fx.unique("Patel"), DAY.minusMonths(3));
        UUID id = a.id();
        long v = a.version();
        assertThatThrownBy(() -> adopters.advance(id, v, AdopterStage.APPROVED, DAY, null))
                .satisfies(e -> assertThat(((AdoptionRuleBroken) e).key()).isEqualTo("adoption.rule.adopterOrder"));
        a = adopters.advance(id, v, AdopterStage.STAGE_ONE, DAY.minusMonths(3), null);
        assertThat(a.stageDue()).isEqualTo(DAY.minusMonths(1));
        assertThat(a.stageOverdue(adopters.today())).isTrue();
        a = adopters.advance(id, a.version(), AdopterStage.STAGE_TWO, DAY.minusDays(20), null);
        assertThat(a.stageDue()).isEqualTo(DAY.minusDays(20).plusMonths(4));
        assertThat(a.stageOverdue(adopters.today())).isFalse();
        long v2 = a.version();
        assertThatThrownBy(() -> adopters.advance(id, v2, AdopterStage.LEFT, DAY, " "))
                .isInstanceOf(AdoptionRuleBroken.class);
        a = adopters.advance(id, v2, AdopterStage.LEFT, DAY, "Withdrew: moving abroad");
        assertThat(a.stage()).isEqualTo(AdopterStage.LEFT);
    }

    @Test
    void theAdoptersPageListsThemAndTheFormKeepsWhatWasTyped() throws Exception {
        String name = fx.unique("Okafor");
        mvc.perform(post("/adoption/adopters").with(user(fx.signedIn(manager))).with(csrf())
                        .param("adoptersName", name).param("enquiryOnDay", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date of the enquiry as a real date")))
                .andExpect(content().string(containsString(name)));
        adopters.enquire(name, DAY);
        mvc.perform(get("/adoption/adopters").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
    }

    @Test
    void whoIsAdoptingMustHangTogether() {
        AdopterView a = adopters.enquire(fx.unique("Hale"), DAY);
        UUID id = a.id();
        long v = a.version();
        AdopterPerson man = new AdopterPerson(AdopterGender.MALE, Ethnicity.WBRI, AdopterDisability.NO);
        AdopterPerson woman = new AdopterPerson(AdopterGender.FEMALE, Ethnicity.AIND, AdopterDisability.YES);
        assertThatThrownBy(() -> adopters.describe(id, v, new AdopterDetails(1, AdopterLegalStatus.L2, man, null)))
                .satisfies(e -> assertThat(((AdoptionRuleBroken) e).key())
                        .isEqualTo("adoption.rule.adopterStatusCount"));
        assertThatThrownBy(() -> adopters.describe(id, v, new AdopterDetails(2, AdopterLegalStatus.L11, man, man)))
                .satisfies(e -> assertThat(((AdoptionRuleBroken) e).key()).isEqualTo("adoption.rule.adopterSexes"));
        assertThatThrownBy(() -> adopters.describe(id, v, new AdopterDetails(1, AdopterLegalStatus.L0, man, woman)))
                .satisfies(e -> assertThat(((AdoptionRuleBroken) e).key()).isEqualTo("adoption.rule.adopterSecond"));
        assertThat(adopters.find(id).orElseThrow().details()).isNull();

        AdopterView couple = adopters.describe(id, v, new AdopterDetails(2, AdopterLegalStatus.L3, man, woman));
        assertThat(couple.details().sexCode()).isEqualTo("MF");
        assertThat(couple.details().people()).containsExactly(man, woman);
        AdopterView single = adopters.describe(id, couple.version(), new AdopterDetails(1, AdopterLegalStatus.L0,
                woman, null));
        assertThat(single.details().sexCode()).isEqualTo("F1");
        assertThat(single.details().second()).isNull();
    }

    @Test
    void theWhoIsAdoptingFormNamesWhatIsMissingOrDoesNotFitAndSaves() throws Exception {
        String name = fx.unique("Walker");
        AdopterView a = adopters.enquire(name, DAY);
        mvc.perform(get("/adoption/adopters").with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Record who is adopting for " + name)));
        String form = "/adoption/adopters/" + a.id() + "/details";
        mvc.perform(get(form).with(user(fx.signedIn(manager)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("How many people are adopting?")));
        mvc.perform(post(form).with(user(fx.signedIn(manager))).with(csrf()).param("version", "0")
                        .param("adoptersCount", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select their legal status")))
                .andExpect(content().string(containsString("Select the second adopter")));
        mvc.perform(post(form).with(user(fx.signedIn(manager))).with(csrf()).param("version", "0")
                        .param("adoptersCount", "2").param("legalStatus", "L11")
                        .param("firstGender", "MALE").param("firstEthnicity", "WBRI").param("firstDisability", "NO")
                        .param("secondGender", "MALE").param("secondEthnicity", "BCRB")
                        .param("secondDisability", "UNKNOWN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sexes do not match their legal status")));
        mvc.perform(post(form).with(user(fx.signedIn(manager))).with(csrf()).param("version", "0")
                        .param("adoptersCount", "2").param("legalStatus", "L12")
                        .param("firstGender", "MALE").param("firstEthnicity", "WBRI").param("firstDisability", "NO")
                        .param("secondGender", "MALE").param("secondEthnicity", "BCRB")
                        .param("secondDisability", "UNKNOWN"))
                .andExpect(status().is3xxRedirection());
        AdopterDetails saved = adopters.find(a.id()).orElseThrow().details();
        assertThat(saved.legalStatus()).isEqualTo(AdopterLegalStatus.L12);
        assertThat(saved.second()).isEqualTo(new AdopterPerson(AdopterGender.MALE, Ethnicity.BCRB,
                AdopterDisability.UNKNOWN));
        mvc.perform(get("/adoption/adopters").with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Married couple of the same sex")));
    }
}
