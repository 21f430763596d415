package hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.ChangeHistory;
import hearth.audit.ChangeRecord;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HearthTest
class PersonFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleSearch search;
    @Autowired
    ChangeHistory history;

    Fixtures fx;
    String worker;
    String surname;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        surname = "Formtest" + fx.unique("s").replaceAll("[^a-z0-9]", "");
    }

    @Test
    void badIdentifiersAndImpossibleDatesAreRefusedWithMessagesAndTheInputIsKept() throws Exception {
        mvc.perform(newChild("Jess", surname).param("dobDay", "30").param("dobMonth", "2").param("dobYear", "2016")
                        .param("nhsNumber", "943 476 5918").param("upn", "A12345678901B"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("Enter a real NHS number")))
                .andExpect(content().string(containsString("first letter is not right")))
                .andExpect(content().string(containsString("value=\"943 476 5918\"")));
        assertThat(named(surname)).isZero();
    }

    @Test
    void oversizedAndMissingFieldsGetMessagesNotErrors() throws Exception {
        mvc.perform(newChild("", "x".repeat(5000)).param("dobDay", "1").param("dobMonth", "1").param("dobYear", "2016"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a first name")))
                .andExpect(content().string(containsString("100 characters or fewer")));
    }

    @Test
    void likelyDuplicatesAreShownBeforeANewChildIsCreated() throws Exception {
        PersonSummary existing = fx.child("Charlotte", surname, LocalDate.of(2016, 4, 1));
        mvc.perform(newChild("Charlotte", surname).param("dobDay", "1").param("dobMonth", "4").param("dobYear", "2016")
                        .param("sex", "F"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(existing.id().toString())))
                .andExpect(content().string(containsString("confirmedNew")));
        assertThat(named(surname)).isEqualTo(1);
        mvc.perform(newChild("Charlotte", surname).param("dobDay", "1").param("dobMonth", "4").param("dobYear", "2016")
                        .param("sex", "F").param("confirmedNew", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(named(surname)).isEqualTo(2);
    }

    @Test
    void aConflictingSaveIsRefusedShowingTheOtherChangeAndKeepingTheUsersInput() throws Exception {
        PersonSummary child = fx.child("Robin", surname, LocalDate.of(2013, 9, 9));
        fx.allocate(child.id(), fx.team(fx.service(), null), null);
        String editor = fx.user(Role.FRONT_DOOR_WORKER, null);
        mvc.perform(edit(child.id(), editor, 0).param("firstName", "Robyn").param("firstLanguage", "Welsh"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(edit(child.id(), editor, 0).param("firstName", "Robin").param("firstLanguage", "Polish"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Welsh")))
                .andExpect(content().string(containsString("value=\"Polish\"")));
        List<ChangeRecord> changes = history.of("person", child.id());
        assertThat(changes).extracting(ChangeRecord::change).containsExactly("CREATED", "UPDATED");
        assertThat(changes.get(1).fields()).anyMatch(f -> f.field().equals("firstLanguage")
                && "English".equals(f.before()) && "Welsh".equals(f.after()));
        assertThat(changes.get(1).username()).isEqualTo(editor);
    }

    @Test
    void aMistakenRecordIsVoidedWithAReasonThenNoLongerFoundButKeptWithItsHistory() throws Exception {
        UUID team = fx.team(fx.service(), null);
        String manager = fx.user(Role.TEAM_MANAGER, team);
        PersonSummary child = fx.child("Mistake", surname, LocalDate.of(2019, 1, 1));
        fx.allocate(child.id(), team, null);
        mvc.perform(post("/people/" + child.id() + "/void").with(user(fx.signedIn(fx.user(Role.FRONT_DOOR_WORKER, null))))
                        .with(csrf()).param("reason", "Duplicate of another record"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + child.id() + "/void").with(user(fx.signedIn(manager))).with(csrf()).param("reason", "dup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the record is being voided")));
        mvc.perform(post("/people/" + child.id() + "/void").with(user(fx.signedIn(manager))).with(csrf())
                        .param("reason", "Duplicate of another record"))
                .andExpect(status().is3xxRedirection());
        assertThat(named(surname)).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/people/" + child.id())
                .with(user(fx.signedIn(manager)))).andExpect(status().isNotFound());
        assertThat(history.of("person", child.id())).extracting(ChangeRecord::change).contains("VOIDED");
    }

    private long named(String lastName) {
        return search.search(SearchQuery.parse(lastName)).stream()
                .filter(h -> h.person().lastName().equals(lastName)).count();
    }

    private MockHttpServletRequestBuilder newChild(String first, String last) {
        return post("/people/new").with(user(fx.signedIn(worker))).with(csrf())
                .param("kind", "CHILD").param("firstName", first).param("lastName", last);
    }

    private MockHttpServletRequestBuilder edit(UUID id, String username, long version) {
        return post("/people/" + id + "/edit").with(user(fx.signedIn(username))).with(csrf())
                .param("version", String.valueOf(version)).param("lastName", surname).param("sex", "F")
                .param("ethnicity", "WBRI").param("dobDay", "9").param("dobMonth", "9").param("dobYear", "2013");
    }
}
