package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.platform.config.GovukFrontend;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Hearth serves its own stylesheet and script, GOV.UK Frontend and its assets, and the OpenAPI description, without
 * signing in for the static files; nothing else is looked up as a static resource.
 */
@HearthTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void hearthsOwnStylesheetAndScriptAreServedToAnyone() throws Exception {
        mvc.perform(get("/hearth/hearth.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/hearth/hearth.js")).andExpect(status().isOk());
    }

    @Test
    void govukFrontendAndItsFontsAndImagesAreServedAndCachedForADay() throws Exception {
        mvc.perform(get(GovukFrontend.BASE + "govuk-frontend.min.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=86400")));
        mvc.perform(get(GovukFrontend.BASE + "govuk-frontend.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/images/favicon.ico")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=86400")));
    }

    @Test
    void filesOutsideTheStaticFoldersAreNotServed() throws Exception {
        mvc.perform(get("/application.properties")).andExpect(status().is(Matchers.not(200)));
        mvc.perform(get("/hearth/../application.properties")).andExpect(status().is(Matchers.not(200)));
        mvc.perform(get("/static/hearth/hearth.css")).andExpect(status().is(Matchers.not(200)));
    }

    @Test
    void anAddressWithNothingThereIsNotFoundNotAFailure() throws Exception {
        String worker = new Fixtures(context).user(Role.SOCIAL_WORKER, null);
        mvc.perform(get("/no-such-page").with(user(new Fixtures(context).signedIn(worker))))
                .andExpect(status().isNotFound());
    }

    @Test
    void pageLinksAreNotResolvedAsStaticResources() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void theOpenApiDescriptionAndItsBrowsableDocsAreThereForSignedInUsers() throws Exception {
        String worker = new Fixtures(context).user(Role.SOCIAL_WORKER, null);
        var signedIn = user(new Fixtures(context).signedIn(worker));
        mvc.perform(get("/api/v1/openapi").with(signedIn)).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days/add']").exists());
        String ui = mvc.perform(get("/api/v1/docs").with(signedIn)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(ui).with(signedIn)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("swagger-ui")));
    }
}
