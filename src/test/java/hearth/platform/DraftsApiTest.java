package hearth.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Typed work is kept on the server as the user types, so a timeout loses nothing, and only they see it. */
@HearthTest
class DraftsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    hearth.workspace.Drafts drafts;

    Fixtures fx;
    String worker;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        worker = fx.user(Role.SOCIAL_WORKER, null);
    }

    @Test
    void aDraftSavedAsTheUserTypesComesBackToThemAndNoOneElse() throws Exception {
        mvc.perform(put("/api/v1/drafts").param("key", "/people/new").with(user(fx.signedIn(worker))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\":\"Ada\",\"lastName\":\"Draft\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/drafts").param("key", "/people/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.firstName").value("Ada"))
                .andExpect(jsonPath("$.savedAt").exists());
        mvc.perform(get("/api/v1/drafts").param("key", "/people/new").with(user(fx.signedIn(fx.user(Role.SOCIAL_WORKER, null)))))
                .andExpect(status().isNoContent());
    }

    @Test
    void aDiscardedDraftIsGone() throws Exception {
        drafts.save(worker, "/people/x/edit", "{\"a\":\"b\"}");
        drafts.discard(worker, "/people/x/edit");
        mvc.perform(get("/api/v1/drafts").param("key", "/people/x/edit").with(user(fx.signedIn(worker))))
                .andExpect(status().isNoContent());
    }

    @Test
    void somethingThatIsNotAJsonObjectIsRefusedWith400() throws Exception {
        mvc.perform(put("/api/v1/drafts").param("key", "/people/new").with(user(fx.signedIn(worker))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[1,2,3]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").exists());
    }
}
