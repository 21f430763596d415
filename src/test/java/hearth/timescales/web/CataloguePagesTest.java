package hearth.timescales.web;

import static hearth.timescales.TestUsers.administrator;
import static hearth.timescales.TestUsers.socialWorker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.support.HearthTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class CataloguePagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCatalogueListsEveryRuleWithItsDeadlineAndStanding() throws Exception {
        mvc.perform(get("/timescales").with(socialWorker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Child and family assessment")))
                .andExpect(content().string(containsString("45 working days")))
                .andExpect(content().string(containsString("Statutory guidance")))
                .andExpect(content().string(containsString("Local standard")))
                .andExpect(content().string(containsString("href=\"/timescales/rules/assessment-45-working-days\"")))
                .andExpect(content().string(not(containsString("href=\"/timescales/settings\""))));
    }

    @Test
    void administratorsAlsoSeeLinksToTheLocalSettings() throws Exception {
        mvc.perform(get("/timescales").with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/timescales/settings\"")))
                .andExpect(content().string(containsString("href=\"/timescales/closure-days\"")));
    }

    @Test
    void whyIsThisDueNamesTheRuleItsStandingAndItsSource() throws Exception {
        mvc.perform(get("/timescales/rules/assessment-45-working-days").with(socialWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Why is this due")))
                .andExpect(content().string(containsString("Child and family assessment")))
                .andExpect(content().string(containsString("Statutory guidance")))
                .andExpect(content().string(containsString("Working Together to Safeguard Children 2023")))
                .andExpect(content().string(containsString("The referral is received")));
    }

    @Test
    void whyIsThisDueShowsTheEventThatStartedTheClockAndTheDueDate() throws Exception {
        mvc.perform(get("/timescales/rules/assessment-45-working-days?started=2026-03-30&event=Referral from school")
                        .with(socialWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("30 March 2026: Referral from school")))
                .andExpect(content().string(containsString("Due on Friday 5 June 2026")));
    }

    @Test
    void aRuleInHoursIsDueAtAClockTime() throws Exception {
        mvc.perform(get("/timescales/rules/test-return-interview?started=2026-03-27T18:00").with(socialWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Due by 19:00 on Monday 30 March 2026")));
    }

    @Test
    void aLocalStandardRuleSaysItIsSetLocally() throws Exception {
        mvc.perform(get("/timescales/rules/cin-review").with(socialWorker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("This authority sets this deadline")))
                .andExpect(content().string(containsString("counted from the last time it actually happened")));
    }

    @Test
    void anUnknownRuleIsAClearNotFoundPage() throws Exception {
        mvc.perform(get("/timescales/rules/no-such-rule").with(socialWorker())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void aMalformedStartIsABadRequestPage() throws Exception {
        mvc.perform(get("/timescales/rules/referral-decision?started=30/03/2026").with(socialWorker()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sorry, there is a problem")));
    }

    @Test
    void everyTimescalesPageHasAllItsWording() throws Exception {
        for (String path : new String[] {"/timescales", "/timescales/rules/contact-decision",
                "/timescales/rules/assessment-45-working-days?started=2026-03-30&event=Referral",
                "/timescales/rules/test-placement-first-visit", "/timescales/settings",
                "/timescales/settings/contact-decision", "/timescales/closure-days", "/timescales/closure-days/new"}) {
            mvc.perform(get(path).with(administrator())).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
    }
}
