package hearth.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class PeopleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String worker;
    UUID team;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
    }

    @Test
    void aStrangerGets401() throws Exception {
        mvc.perform(post("/api/v1/people/search").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"q\":\"smith\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void creatingWithBadValuesAnswers400ListingEachField() throws Exception {
        mvc.perform(post("/api/v1/people").with(user(fx.signedIn(worker))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"\",\"lastName\":\"Api\",\"dateOfBirth\":\"2015-02-30\",\"sex\":\"X\",\"nhsNumber\":\"123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.firstName").value("Enter a first name"))
                .andExpect(jsonPath("$.fields.dob").value("Date of birth must be a real date"))
                .andExpect(jsonPath("$.fields.sex").exists())
                .andExpect(jsonPath("$.fields.nhsNumber").exists());
    }

    @Test
    void malformedJsonAnswers400NotAnError() throws Exception {
        mvc.perform(post("/api/v1/people").with(user(fx.signedIn(worker))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aCreatedChildCanBeReadAndAStaleUpdateIsRefusedWith409() throws Exception {
        String body = "{\"kind\":\"CHILD\",\"firstName\":\"Api\",\"lastName\":\"Child\",\"dateOfBirth\":\"2016-01-05\",\"sex\":\"M\"}";
        String location = mvc.perform(post("/api/v1/people").with(user(fx.signedIn(worker))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/people/")))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dateOfBirth").value("2016-01-05"));
        String update = "{\"version\":0,\"firstName\":\"Apinew\",\"lastName\":\"Child\",\"dateOfBirth\":\"2016-01-05\",\"sex\":\"M\"}";
        mvc.perform(put(location).with(user(fx.signedIn(worker))).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk());
        mvc.perform(put(location).with(user(fx.signedIn(worker))).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changes[0].fields[*].field", hasItem("firstName")));
    }

    @Test
    void aRecordOutOfReachAnswers403AndAnUnknownOne404() throws Exception {
        PersonSummary child = fx.child("Far", "Away", LocalDate.of(2011, 1, 1));
        fx.allocate(child.id(), fx.team(fx.service(), null), null);
        mvc.perform(get("/api/v1/people/" + child.id()).with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/" + UUID.randomUUID()).with(user(fx.signedIn(worker)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/nonsense").with(user(fx.signedIn(worker)))).andExpect(status().isBadRequest());
    }
}
