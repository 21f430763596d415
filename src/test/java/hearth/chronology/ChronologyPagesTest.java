package hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AccessAction;
import hearth.audit.AuditTrail;
import hearth.audit.ChangeHistory;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HearthTest
class ChronologyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Chronology chronology;
    @Autowired
    AuditTrail audit;
    @Autowired
    ChangeHistory history;

    Fixtures fx;
    ChronologyJourney journey;
    String worker;
    String manager;
    PersonSummary child;
    UUID team;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new ChronologyJourney(context, fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Alex"), fx.name("Pages"), LocalDate.of(2015, 3, 3));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theChronologyShowsEventsInDateOrderLinksToTheirRecordsAndLogsTheView() throws Exception {
        contactOn(today.minusDays(3));
        add(worker, today.minusYears(3), "FAMILY_HISTORY", "Older brother was on a child protection plan", "Mother", "yes");
        String page = mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contact received from school")))
                .andExpect(content().string(containsString("href=\"/contacts/")))
                .andExpect(content().string(containsString("Add an entry")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Older brother")).isLessThan(page.indexOf("Contact received from school"));
        assertThat(audit.accessTo(child.id(), 5)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AccessAction.VIEWED);
            assertThat(r.what()).isEqualTo("chronology");
        });
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("href=\"/children/" + child.id() + "/chronology\"")));
    }

    @Test
    void onlyThoseWhoMayOpenTheRecordSeeItAndOnlyCaseWorkersChangeIt() throws Exception {
        contactOn(today);
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Contact received"))));
        mvc.perform(get("/children/" + child.id() + "/chronology/pdf").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(fx.user(Role.ADMINISTRATOR, null)))))
                .andExpect(status().isForbidden());
        String inspector = fx.user(Role.INSPECTOR, null);
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add an entry"))))
                .andExpect(content().string(not(containsString("Mark significant"))));
        mvc.perform(post("/children/" + child.id() + "/chronology/new").with(user(fx.signedIn(inspector))).with(csrf()))
                .andExpect(status().isForbidden());
        EntryView entry = only();
        mvc.perform(post("/chronology-entries/" + entry.id() + "/void").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", "0").param("voidReason", "Wrong child"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/chronology-entries/" + entry.id() + "/significance").with(user(fx.signedIn(elsewhere)))
                        .with(csrf()).param("version", "0").param("significant", "no"))
                .andExpect(status().isForbidden());
        assertThat(only().significant()).isTrue();
        assertThat(only().voided()).isFalse();
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundAndBadRequest() throws Exception {
        mvc.perform(get("/children/" + UUID.randomUUID() + "/chronology").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/not-a-uuid/chronology").with(user(fx.signedIn(worker))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/chronology-entries/" + UUID.randomUUID() + "/analysis").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
    }

    @Test
    void filtersByCategoryAndPeriodAndExplainsFiltersItCannotUse() throws Exception {
        contactOn(today.minusDays(40));
        add(worker, today.minusDays(20), "HEALTH", "Seen at A and E with a burn", "Royal Berkshire Hospital", "no");
        add(worker, today.minusDays(5), "POLICE", "Police called to a domestic incident", "Thames Valley Police", "yes");
        mvc.perform(get("/children/" + child.id() + "/chronology").param("category", "HEALTH", "POLICE")
                        .with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Seen at A and E")))
                .andExpect(content().string(containsString("Police called")))
                .andExpect(content().string(not(containsString("Contact received"))));
        LocalDate from = today.minusDays(30);
        LocalDate to = today.minusDays(10);
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(worker)))
                        .param("fromDay", "" + from.getDayOfMonth()).param("fromMonth", "" + from.getMonthValue())
                        .param("fromYear", "" + from.getYear()).param("toDay", "" + to.getDayOfMonth())
                        .param("toMonth", "" + to.getMonthValue()).param("toYear", "" + to.getYear()))
                .andExpect(content().string(containsString("Seen at A and E")))
                .andExpect(content().string(not(containsString("Police called"))))
                .andExpect(content().string(not(containsString("Contact received"))));
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(worker)))
                        .param("category", "WIZARDRY").param("fromDay", "31").param("fromMonth", "2")
                        .param("fromYear", "2024").param("view", "sideways"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select categories from the list")))
                .andExpect(content().string(containsString("Enter a real date for the start of the period")))
                .andExpect(content().string(containsString("Choose the full chronology or significant events only")))
                .andExpect(content().string(containsString("value=\"31\"")))
                .andExpect(content().string(containsString("Police called")));
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(worker)))
                        .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2025")
                        .param("toDay", "1").param("toMonth", "1").param("toYear", "2024"))
                .andExpect(content().string(containsString("The end of the period must be the same as or after its start")));
        mvc.perform(get("/children/" + child.id() + "/chronology/pdf").param("category", "WIZARDRY")
                        .with(user(fx.signedIn(worker))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aWorkersEntryNeedsADateCategorySummaryAndSourceAndKeepsWhatWasTyped() throws Exception {
        LocalDate tomorrow = today.plusDays(1);
        mvc.perform(post("/children/" + child.id() + "/chronology/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("occurredDay", "" + tomorrow.getDayOfMonth()).param("occurredMonth", "" + tomorrow.getMonthValue())
                        .param("occurredYear", "" + tomorrow.getYear()).param("category", "NONSENSE")
                        .param("summary", "Grandmother died").param("source", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date the event happened must be today or in the past")))
                .andExpect(content().string(containsString("Select a category")))
                .andExpect(content().string(containsString("Enter the source of the information")))
                .andExpect(content().string(containsString("Select yes if the event is significant")))
                .andExpect(content().string(containsString("Grandmother died")));
        mvc.perform(post("/children/" + child.id() + "/chronology/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("occurredDay", "31").param("occurredMonth", "2").param("occurredYear", "2020")
                        .param("category", "FAMILY_HISTORY").param("summary", "x").param("source", "y")
                        .param("significant", "no").param("siblings", UUID.randomUUID().toString()))
                .andExpect(content().string(containsString("Enter a real date the event happened")))
                .andExpect(content().string(containsString("Select siblings from the list")));
        assertThat(entries()).isEmpty();

        add(worker, LocalDate.of(2019, 6, 1), "FAMILY_HISTORY", "Grandmother died; the child was close to her", "Mother", "yes");
        assertThat(only()).satisfies(e -> {
            assertThat(e.origin()).isEqualTo(EntryOrigin.ADDED_BY_WORKER);
            assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2019, 6, 1));
            assertThat(e.source()).isEqualTo("Mother");
            assertThat(e.significant()).isTrue();
            assertThat(e.recordedBy()).isEqualTo(worker);
        });
    }

    @Test
    void anEntryAddedForSiblingsIsOnEachChronology() throws Exception {
        PersonSummary brother = fx.child(fx.name("Sam"), child.lastName(), LocalDate.of(2013, 1, 1));
        fx.allocate(brother.id(), team, worker);
        journey.as(worker, () -> {
            context.getBean(hearth.people.People.class).relate(child.id(), brother.id(),
                    hearth.people.RelationshipType.SIBLING, true, false, null);
            return null;
        });
        mvc.perform(post("/children/" + child.id() + "/chronology/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("occurredDay", "1").param("occurredMonth", "9").param("occurredYear", "2022")
                        .param("category", "FAMILY_HISTORY").param("summary", "Family moved from Leeds")
                        .param("source", "Father").param("significant", "no").param("siblings", brother.id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(chronology.entriesFor(brother.id(), ChronologyFilter.ALL).stream()
                .filter(e -> e.origin() == EntryOrigin.ADDED_BY_WORKER)).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("Family moved from Leeds"));
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Also on the chronology of:")))
                .andExpect(content().string(containsString(brother.fullName())));
    }

    @Test
    void markingSignificantIsVersionCheckedAndKeptInTheHistory() throws Exception {
        add(worker, today.minusDays(2), "EDUCATION", "Excluded from school for a day", "Head teacher", "no");
        EntryView entry = only();
        mvc.perform(significance(entry, "yes", entry.version())).andExpect(status().is3xxRedirection());
        assertThat(only().significant()).isTrue();
        mvc.perform(significance(entry, "no", entry.version())).andExpect(status().isConflict());
        assertThat(only().significant()).isTrue();
        mvc.perform(significance(entry, "maybe", only().version())).andExpect(status().isBadRequest());
        mvc.perform(significance(entry, "no", only().version())).andExpect(status().is3xxRedirection());
        assertThat(only().significant()).isFalse();
        assertThat(history.of("chronology entry", entry.id()))
                .anySatisfy(c -> assertThat(c.fields()).anySatisfy(f -> {
                    assertThat(f.field()).isEqualTo("significant");
                    assertThat(f.before()).isEqualTo("true");
                    assertThat(f.after()).isEqualTo("false");
                }));
    }

    @Test
    void theSignificantViewShowsOnlySignificantEventsAndTakesTheWorkersAnalysis() throws Exception {
        add(worker, today.minusDays(9), "HEALTH", "Missed health appointment", "Health visitor", "no");
        add(worker, today.minusDays(8), "POLICE", "Found alone at night", "Thames Valley Police", "yes");
        EntryView significant = entries().get(1);
        EntryView ordinary = entries().get(0);
        mvc.perform(get("/children/" + child.id() + "/chronology").param("view", "significant").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Found alone at night")))
                .andExpect(content().string(not(containsString("Missed health appointment"))))
                .andExpect(content().string(containsString("No analysis yet.")));
        mvc.perform(get("/chronology-entries/" + ordinary.id() + "/analysis").with(user(fx.signedIn(worker))))
                .andExpect(status().isConflict());
        mvc.perform(post("/chronology-entries/" + significant.id() + "/analysis").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", "" + significant.version()).param("analysis", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your analysis of the event")));
        mvc.perform(post("/chronology-entries/" + significant.id() + "/analysis").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", "" + significant.version())
                        .param("analysis", "Second time this month; neglect of supervision is a pattern"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child.id() + "/chronology").param("view", "significant").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("neglect of supervision is a pattern")));
    }

    @Test
    void anEntryIsVoidedWithAReasonAndKeptNeverDeleted() throws Exception {
        contactOn(today);
        EntryView entry = only();
        mvc.perform(post("/chronology-entries/" + entry.id() + "/void").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", "" + entry.version()).param("voidReason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the entry is being voided")));
        mvc.perform(post("/chronology-entries/" + entry.id() + "/void").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", "" + entry.version()).param("voidReason", "Contact was about another child"))
                .andExpect(status().is3xxRedirection());
        assertThat(entries()).isEmpty();
        assertThat(chronology.voidedFor(child.id())).singleElement().satisfies(v -> {
            assertThat(v.voidReason()).isEqualTo("Contact was about another child");
            assertThat(v.voidedBy()).isEqualTo(manager);
        });
        mvc.perform(get("/children/" + child.id() + "/chronology").with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Voided entries (1)")))
                .andExpect(content().string(containsString("Contact was about another child")));
        mvc.perform(get("/chronology-entries/" + entry.id() + "/void").with(user(fx.signedIn(manager))))
                .andExpect(status().isConflict());
        mvc.perform(significance(entry, "no", chronology.find(entry.id()).orElseThrow().version()))
                .andExpect(status().isConflict());
    }

    @Test
    void theExportIsATaggedAccessiblePdfOfTheFilteredChronologyAndIsAudited() throws Exception {
        contactOn(today.minusDays(1));
        add(worker, today.minusDays(3), "HEALTH", "Broken wrist treated at A and E", "Royal Berkshire Hospital", "no");
        byte[] pdf = mvc.perform(get("/children/" + child.id() + "/chronology/pdf").param("category", "FRONT_DOOR")
                        .with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Chronology of " + child.fullName());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Contact received from school").doesNotContain("Broken wrist")
                    .contains("Contacts and referrals");
        }
        assertThat(audit.accessTo(child.id(), 5)).anySatisfy(r -> assertThat(r.action()).isEqualTo(AccessAction.EXPORTED));
    }

    private void contactOn(LocalDate date) {
        journey.contact(manager, child.id(), date.atTime(LocalTime.of(0, 1)).atZone(MutableClock.LONDON).toInstant(),
                List.of());
    }

    private void add(String username, LocalDate on, String category, String summary, String source, String significant)
            throws Exception {
        mvc.perform(post("/children/" + child.id() + "/chronology/new").with(user(fx.signedIn(username))).with(csrf())
                        .param("occurredDay", "" + on.getDayOfMonth()).param("occurredMonth", "" + on.getMonthValue())
                        .param("occurredYear", "" + on.getYear()).param("category", category).param("summary", summary)
                        .param("source", source).param("significant", significant))
                .andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder significance(EntryView entry, String significant, long version) {
        return post("/chronology-entries/" + entry.id() + "/significance").with(user(fx.signedIn(worker))).with(csrf())
                .param("version", "" + version).param("significant", significant);
    }

    /** The child's entries but the allocation made in set-up. */
    private List<EntryView> entries() {
        return chronology.entriesFor(child.id(), ChronologyFilter.ALL).stream()
                .filter(e -> e.category() != EntryCategory.ALLOCATION).toList();
    }

    private EntryView only() {
        List<EntryView> entries = entries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
