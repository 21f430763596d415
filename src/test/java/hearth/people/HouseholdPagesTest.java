package hearth.people;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class HouseholdPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String worker;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Harper", "Household", LocalDate.of(2017, 6, 6));
        fx.allocate(child.id(), team, worker);
    }

    @Test
    void anAddressWithABadPostcodeIsRefusedAndAGoodOneShowsOnTheRecord() throws Exception {
        mvc.perform(post("/people/" + child.id() + "/addresses/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("line1", "12 Oxford Road").param("town", "Reading").param("postcode", "NOT A CODE")
                        .param("fromDay", "1").param("fromMonth", "13").param("fromYear", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real postcode")))
                .andExpect(content().string(containsString("Enter a real date in the past")))
                .andExpect(content().string(containsString("value=\"12 Oxford Road\"")));
        mvc.perform(post("/people/" + child.id() + "/addresses/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("line1", "12 Oxford Road").param("town", "Reading").param("postcode", "RG1 7LU")
                        .param("fromDay", "1").param("fromMonth", "3").param("fromYear", "2024"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("12 Oxford Road, Reading RG1 7LU")));
    }

    @Test
    void aRelationshipIsRecordedBothWays() throws Exception {
        PersonSummary mother = fx.adult("Morgan", "Household", LocalDate.of(1990, 1, 1));
        mvc.perform(post("/people/" + child.id() + "/relationships/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("q", "Morgan Household").param("related", mother.id().toString()).param("type", "MOTHER")
                        .param("livesWith", "yes").param("parentalResponsibility", "yes"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Morgan Household")))
                .andExpect(content().string(containsString("Mother")));
        mvc.perform(get("/people/" + mother.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Harper Household")));
    }

    @Test
    void aRelationshipWithoutAPersonOrTypeSaysWhatIsMissing() throws Exception {
        mvc.perform(post("/people/" + child.id() + "/relationships/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("q", "Nobody").param("related", "not-an-id").param("type", "WIZARD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the person they are related to")))
                .andExpect(content().string(containsString("Select the relationship")));
    }

    @Test
    void aProfessionalIsAdded() throws Exception {
        mvc.perform(post("/people/" + child.id() + "/professionals/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("role", "GP").param("name", "Dr Patel").param("organisation", "Western Elms Surgery"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Dr Patel, Western Elms Surgery")));
    }
}
