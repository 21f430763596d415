package hearth.returns.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The returns page: performance officers choose a return and year, watch it being produced and download it. */
@HearthTest
class ReturnsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String officer;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        officer = fx.user(Role.PERFORMANCE_OFFICER, null);
    }

    @Test
    void aPerformanceOfficerProducesTheCensusAndDownloadsIt() throws Exception {
        mvc.perform(get("/returns").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Children in Need census")))
                .andExpect(content().string(containsString("href=\"/returns\"")));
        String year = String.valueOf(LocalDate.now().getYear());
        MvcResult started = mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf())
                        .param("return", "cin-census").param("year", year))
                .andExpect(status().is3xxRedirection()).andReturn();
        String job = started.getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/returns/jobs/");
        String page = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!page.contains("Return ready") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            page = mvc.perform(get(job).with(user(fx.signedIn(officer)))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
        }
        assertThat(page).contains("Return ready").contains("Wrote").contains(job + "/file");
        mvc.perform(get(job + "/file").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("cin-census-" + year + ".xml")))
                .andExpect(content().string(containsString("<Collection>CIN</Collection>")));
    }

    @Test
    void theSsda903TablesDownloadTogetherAsOneZip() throws Exception {
        String year = String.valueOf(LocalDate.now().getYear());
        String job = mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf())
                        .param("return", "ssda903").param("year", year))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!page.contains("Return ready") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            page = mvc.perform(get(job).with(user(fx.signedIn(officer)))).andReturn().getResponse()
                    .getContentAsString();
        }
        assertThat(page).contains("Return ready");
        byte[] zip = mvc.perform(get(job + "/file").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString("ssda903-" + year + ".zip")))
                .andReturn().getResponse().getContentAsByteArray();
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("header.csv", "episodes.csv", "reviews.csv", "oc3.csv", "missing.csv");
    }

    @Test
    void aBadYearOrNoReturnIsShownOnTheFormWithWhatWasTyped() throws Exception {
        mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf()).param("year", "20x6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select which return to produce")))
                .andExpect(content().string(containsString("Collection year must be a year, for example 2026")))
                .andExpect(content().string(containsString("value=\"20x6\"")));
        mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf()).param("return", "cin-census")
                        .param("year", "1999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Collection year must be a year Hearth can produce")));
    }

    @Test
    void onlyPerformanceOfficersMayRunReturnsAndOnlyTheirOwnJobsAreShown() throws Exception {
        String worker = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/returns").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        MvcResult started = mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf())
                        .param("return", "cin-census").param("year", "2026"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String other = fx.user(Role.PERFORMANCE_OFFICER, null);
        mvc.perform(get(started.getResponse().getRedirectedUrl()).with(user(fx.signedIn(other))))
                .andExpect(status().isNotFound());
    }
}
