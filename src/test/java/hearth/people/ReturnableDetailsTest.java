package hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A person's sex and UPN go into both DfE returns: the service refuses what the returns cannot carry. */
@HearthTest
class ReturnableDetailsTest {

    static final String TWELVE = "820123456789";

    @Autowired
    People people;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    Fixtures fx;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
    }

    @Test
    void aChildWithNoSexIsNotRegisteredNorChangedToHaveNone() {
        assertThatThrownBy(() -> people.register(PersonKind.CHILD, details(null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sex is needed");
        PersonSummary child = fx.child("Sexless", fx.unique("Ret").replace(".", ""), LocalDate.of(2015, 3, 3));
        People.Editable now = people.editable(child.id());
        assertThatThrownBy(() -> people.update(child.id(), now.version(), details(null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sex is needed");
        assertThat(people.editable(child.id()).details().sex()).isEqualTo(Sex.F);
    }

    @Test
    void aUpnWithTheWrongCheckLetterIsRefusedNamingTheRightOne() {
        char right = Upn.checkLetter(TWELVE);
        char wrong = right == 'A' ? 'B' : 'A';
        PersonSummary child = fx.child("Upn", fx.unique("Ret").replace(".", ""), LocalDate.of(2015, 3, 3));
        People.Editable now = people.editable(child.id());
        assertThatThrownBy(() -> people.update(child.id(), now.version(), details(Sex.M, wrong + TWELVE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong check letter")
                .hasMessageContaining("would be " + right);
        assertThatThrownBy(() -> people.register(PersonKind.CHILD, details(Sex.M, "12345")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a letter, 11 digits");
        assertThat(people.editable(child.id()).details().upn()).isNull();

        people.update(child.id(), now.version(), details(Sex.M, right + TWELVE));
        assertThat(people.editable(child.id()).details().upn()).isEqualTo(right + TWELVE);
    }

    @Test
    void theEditFormShowsBothMistakesInTheErrorSummaryAndSavesNothing() throws Exception {
        String surname = fx.unique("Ret").replace(".", "");
        PersonSummary child = fx.child("Formy", surname, LocalDate.of(2013, 9, 9));
        fx.allocate(child.id(), fx.team(fx.service(), null), null);
        String editor = fx.user(Role.FRONT_DOOR_WORKER, null);
        char wrong = Upn.checkLetter(TWELVE) == 'A' ? 'B' : 'A';
        mvc.perform(post("/people/" + child.id() + "/edit").with(user(fx.signedIn(editor))).with(csrf())
                        .param("version", "0").param("firstName", "Formy").param("lastName", surname)
                        .param("ethnicity", "WBRI").param("dobDay", "9").param("dobMonth", "9").param("dobYear", "2013")
                        .param("upn", wrong + TWELVE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Select the sex")))
                .andExpect(content().string(containsString("first letter is not right")));
        assertThat(people.editable(child.id()).version()).isZero();
    }

    private static PersonDetails details(Sex sex, String upn) {
        return new PersonDetails("Pat", null, "Returnable", LocalDate.of(2015, 3, 3), null, sex, null,
                Ethnicity.WBRI, "English", null, Set.of(Disability.NONE), null, upn, null, false);
    }
}
