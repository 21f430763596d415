package hearth.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureProposal;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.ClosureView;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.PrimaryNeed;
import hearth.childprotection.AbuseCategory;
import hearth.childprotection.Attendance;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.ConferenceDecision;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.EnquiryFindings;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.EnquiryView;
import hearth.childprotection.HeldStrategyDiscussion;
import hearth.childprotection.NewAction;
import hearth.childprotection.NewConference;
import hearth.childprotection.ParentsAttendance;
import hearth.childprotection.PlanView;
import hearth.childprotection.StrategyDiscussionView;
import hearth.childprotection.StrategyKind;
import hearth.childprotection.StrategyTrigger;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.people.PersonSummary;
import hearth.returns.ReturnExport;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.workforce.Workforce;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ofsted's Annex A from journeys recorded through the contexts' published APIs: the workbook's sheets and headings
 * are the published schema's, a child's steps land in the right lists with the schema's codes, and the period is
 * the twelve months to the as-of date.
 */
@HearthTest
class AnnexAExportTest {

    static final Attendance ALL = new Attendance("DC Shaw, Thames Valley Police", "Health visitor Amy Lee",
            "DSL Ms Ray, Park Primary", "SW Tom Hale", null);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    AnnexAExport export;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Assessments assessments;
    @Autowired
    ChildrenInNeed cin;
    @Autowired
    ChildProtection cp;
    @Autowired
    Workforce workforce;

    @TempDir
    Path out;

    Fixtures fx;
    UUID team;
    String teamName;
    String worker;
    String manager;
    String chair;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        teamName = workforce.team(team).orElseThrow().name();
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        chair = fx.user(Role.CONFERENCE_CHAIR_IRO, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theWorkbookHasTheSchemasSheetsAndHeadingsInOrder() throws Exception {
        AnnexASchema schema = AnnexASchema.load();
        Map<String, List<List<String>>> workbook = export("2026-03-31");

        assertThat(schema.sheets()).containsExactly("List 1", "List 2", "List 3", "List 4", "List 5", "List 6",
                "List 7", "List 8", "List 9", "List 10", "List 11");
        assertThat(workbook.keySet()).containsExactlyElementsOf(schema.sheets());
        for (String sheet : schema.sheets()) {
            assertThat(workbook.get(sheet).get(0)).as(sheet).containsExactlyElementsOf(schema.columns(sheet));
        }
        assertThat(schema.badCodes(workbook)).isEmpty();
    }

    @Test
    void aChildsStepsAppearInTheRightListsWithTheSchemasCodes() throws Exception {
        clock.setDate(LocalDate.of(2025, 5, 1));
        PersonSummary ava = fx.child(fx.name("Ava"), "Annex", LocalDate.of(2016, 2, 3));
        workforce.allocate(ava.id(), team, worker, LocalDate.of(2025, 5, 12), "New referral");
        ReferralView referral = referral(ava.id(), LocalDate.of(2025, 5, 12), ReferralSource.S2A);
        assess(referral, LocalDate.of(2025, 5, 13), LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 23));
        EpisodeView episode = cin.openEpisodeFor(ava.id()).orElseThrow();
        as(worker, () -> cin.recordPrimaryNeed(episode.id(), episode.version(), PrimaryNeed.N4));
        clock.setDate(LocalDate.of(2025, 7, 1));
        as(worker, () -> cin.startPlan(episode.id(), LocalDate.of(2025, 7, 1)));
        close(ava.id(), LocalDate.of(2026, 2, 3), ClosureReason.RC7);

        PersonSummary ben = fx.child(fx.name("Ben"), "Annex", LocalDate.of(2019, 8, 30));
        referral(ben.id(), LocalDate.of(2025, 9, 1), ReferralSource.S6);
        PlanView plan = protectionPlan(ben.id(), LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 19),
                AbuseCategory.PHY);
        review(plan, LocalDate.of(2025, 12, 12), AbuseCategory.NEG);

        PersonSummary cara = fx.child(fx.name("Cara"), "Annex", LocalDate.of(2014, 1, 1));
        referral(cara.id(), LocalDate.of(2026, 4, 2), ReferralSource.S1A);
        clock.setDate(LocalDate.of(2026, 6, 1));

        Map<String, List<List<String>>> workbook = export("2026-03-31");
        String a = ava.laChildId();
        String b = ben.laChildId();
        List<String> avaWho = List.of(a, "b) Female", "a) White", "03/02/2016", "10");
        List<String> benWho = List.of(b, "b) Female", "a) White", "30/08/2019", "6");

        assertThat(rows(workbook, "List 1", a, b)).containsExactly(with(avaWho, "12/05/2025", "b) Schools"),
                with(benWho, "01/09/2025", "g) Police"));
        assertThat(rows(workbook, "List 3", a, b)).containsExactly(
                with(avaWho, "12/05/2025", "b) Schools", "No", "1", teamName, fx.signedIn(worker).displayName()),
                with(benWho, "01/09/2025", "g) Police", "No", "1", "", ""));
        assertThat(rows(workbook, "List 4", a, b)).containsExactly(with(avaWho, "No", "13/05/2025", "No",
                "23/06/2025", "Yes", teamName, fx.signedIn(worker).displayName()));
        assertThat(rows(workbook, "List 5", a, b)).containsExactly(with(benWho, "No", "02/09/2025", "No",
                "19/09/2025", "Yes", "1", "1", "", ""));
        assertThat(rows(workbook, "List 6", a, b)).extracting(r -> r.subList(0, 12)).containsExactly(
                with(avaWho, "No", "12/05/2025", "d) Family in acute stress", "", "03/02/2026",
                        "g) 'Other' incl. Child no longer in need", "e) Closed episode"),
                with(benWho, "No", "01/09/2025", "j) Not stated", "", "", "", "b) Child Protection plan"));
        assertThat(rows(workbook, "List 7", a, b)).containsExactly(with(benWho, "No", "19/09/2025",
                "b) Physical Abuse", "a) Neglect", "", "", "12/12/2025", "", "No", "0", "", ""));
        for (String sheet : List.of("List 1", "List 3", "List 6")) {
            assertThat(rows(workbook, sheet, cara.laChildId())).as("referred after the as-of date").isEmpty();
        }
        assertThat(AnnexASchema.load().badCodes(workbook)).isEmpty();

        Map<String, List<List<String>>> earlier = export("2025-08-31");
        assertThat(rows(earlier, "List 1", a, b)).as("Ben's contact came after").hasSize(1);
        assertThat(rows(earlier, "List 6", a, b)).extracting(r -> r.get(11)).as("Ava's plan then")
                .containsExactly("c) Child in need plan");
    }

    @Test
    void theListsCoverTheTwelveMonthsToTheAsOfDate() throws Exception {
        PersonSummary dan = fx.child(fx.name("Dan"), "Annex", LocalDate.of(2012, 3, 31));
        for (LocalDate day : List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 1))) {
            contact(dan.id(), day, ReferralSource.S5A);
        }
        clock.setDate(LocalDate.of(2026, 5, 1));

        Map<String, List<List<String>>> workbook = export("2026-03-31");
        assertThat(rows(workbook, "List 1", dan.laChildId())).extracting(r -> r.get(5))
                .containsExactly("01/04/2025", "31/03/2026");
        assertThat(rows(workbook, "List 1", dan.laChildId())).extracting(r -> r.get(4)).as("age on the as-of date")
                .containsOnly("14");
        assertThat(rows(workbook, "List 1", dan.laChildId())).extracting(r -> r.get(6)).containsOnly("f) LA services");

        assertThat(rows(export("2026-04-01"), "List 1", dan.laChildId())).extracting(r -> r.get(5))
                .containsExactly("31/03/2026", "01/04/2026");
        assertThat(rows(export("--year", "2025"), "List 1", dan.laChildId())).extracting(r -> r.get(5))
                .containsExactly("31/03/2025");
    }

    @Test
    void badOptionsAreRefusedWithAClearOneLineMessage() {
        Path file = out.resolve("a.xlsx");
        assertThatThrownBy(() -> export.write(List.of(), file, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--as-of YYYY-MM-DD");
        assertThatThrownBy(() -> export.write(List.of("--as-of", "31/03/2026"), file, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-31")
                .hasMessageContaining("31/03/2026");
        assertThatThrownBy(() -> export.write(List.of("--as-of"), file, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--as-of needs a date");
        assertThatThrownBy(() -> export.write(List.of("--year", "26"), file, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--year must be a year");
        assertThatThrownBy(() -> export.write(List.of("--colour", "red"), file, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
        assertThatThrownBy(() -> export.write(List.of("--as-of", "2026-03-31"), out, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a folder");
        assertThat(file).doesNotExist();
    }

    @Test
    void progressIsReportedForEveryList() throws Exception {
        List<String> progress = new ArrayList<>();
        ReturnExport.Written written = export.write(List.of("--as-of", "2026-03-31"), out.resolve("p.xlsx"),
                progress::add);
        assertThat(written.files()).containsExactly(out.resolve("p.xlsx"));
        assertThat(Files.size(out.resolve("p.xlsx"))).isPositive();
        for (int i = 1; i <= 11; i++) {
            String list = "List " + i + ": ";
            assertThat(progress).as(list).anyMatch(l -> l.startsWith(list));
        }
        assertThat(export.fileType()).isEqualTo("xlsx");
    }

    // ---- helpers ----

    private Map<String, List<List<String>>> export(String... options) throws Exception {
        List<String> args = options.length == 1 ? List.of("--as-of", options[0]) : List.of(options);
        Path file = out.resolve("annex-a-" + String.join("-", args).replace("--", "") + ".xlsx");
        export.write(args, file, line -> { });
        return AnnexAWorkbook.read(file);
    }

    /** The rows of a sheet (headings left off) for these children, in the sheet's order. */
    static List<List<String>> rows(Map<String, List<List<String>>> workbook, String sheet, String... children) {
        List<String> wanted = List.of(children);
        List<String> header = workbook.get(sheet).get(0);
        return workbook.get(sheet).subList(1, workbook.get(sheet).size()).stream()
                .filter(r -> wanted.contains(r.get(0))).map(r -> {
                    List<String> full = new ArrayList<>(r);
                    while (full.size() < header.size()) {
                        full.add("");
                    }
                    return (List<String>) full;
                }).toList();
    }

    private static List<String> with(List<String> start, String... more) {
        List<String> row = new ArrayList<>(start);
        row.addAll(List.of(more));
        return row;
    }

    private ContactView contact(UUID childId, LocalDate on, ReferralSource source) {
        clock.setDate(on);
        return as(manager, () -> frontDoor.record(new NewContact(childId, clock.instant().minusSeconds(3600), source,
                "Ms Ray", "0118 000 0000", "Worried about home", true, Consent.GIVEN, false, null,
                RiskRating.MEDIUM)));
    }

    private ReferralView referral(UUID childId, LocalDate on, ReferralSource source) {
        ContactView contact = contact(childId, on, source);
        return as(manager, () -> {
            ContactView seen = frontDoor.find(contact.id()).orElseThrow();
            return frontDoor.decide(seen.id(), seen.version(), ThresholdDecision.REFERRAL, "Meets the threshold")
                    .orElseThrow();
        });
    }

    private void assess(ReferralView referral, LocalDate start, LocalDate completed, LocalDate authorised) {
        AssessmentView a = assessments.forReferral(referral.id()).orElseThrow();
        clock.setDate(start);
        AssessmentView started = as(worker, () -> assessments.start(a.id(), a.version(), start));
        clock.setDate(completed);
        AssessmentView withFactors = as(worker, () -> assessments.recordFactors(a.id(), started.version(),
                List.of(AssessmentFactor.F3B)));
        AssessmentView submitted = as(worker, () -> assessments.submit(a.id(), withFactors.version(),
                AssessmentOutcome.CHILD_IN_NEED_PLAN, "Needs support at home", completed, null));
        clock.setDate(authorised);
        as(manager, () -> assessments.authorise(a.id(), submitted.version()));
    }

    private void close(UUID childId, LocalDate on, ClosureReason reason) {
        clock.setDate(on);
        EpisodeView e = cin.openEpisodeFor(childId).orElseThrow();
        ClosureView proposed = as(worker, () -> cin.proposeClosure(e.id(), e.version(),
                new ClosureProposal(reason, "Needs met", "No current risk")));
        as(manager, () -> cin.authoriseClosure(proposed.id(), proposed.version(), false));
    }

    private PlanView protectionPlan(UUID childId, LocalDate on, LocalDate icpc, AbuseCategory category) {
        clock.setDate(on);
        StrategyDiscussionView d = as(worker, () -> cp.needStrategyDiscussion(childId, StrategyTrigger.OPEN_CASE,
                null, "Bruising seen by school", clock.instant()));
        StrategyDiscussionView held = as(worker, () -> cp.holdStrategyDiscussion(d.id(), d.version(),
                new HeldStrategyDiscussion(StrategyKind.MEETING, clock.instant(), ALL, "School saw bruising",
                        "Section 47 jointly with police", List.of(new NewAction("Medical", "Health visitor")), true,
                        "Injury unexplained")));
        EnquiryView e = cp.enquiryStartedBy(held.id()).orElseThrow();
        EnquiryView recorded = as(worker, () -> cp.recordEnquiryOutcome(e.id(), e.version(), new EnquiryFindings(
                true, true, on, "Injury consistent with harm", EnquiryOutcome.CONFERENCE_NEEDED, null)));
        as(manager, () -> cp.authoriseEnquiry(e.id(), recorded.version()));
        clock.setDate(icpc);
        ConferenceView c = as(chair, () -> cp.holdInitialConference(e.id(), new NewConference(icpc, ALL,
                ParentsAttendance.BOTH_ATTENDED, "Wants to stay at home", true, true, ConferenceDecision.PLAN,
                category, null, null, "Plan agreed")));
        return cp.findPlan(c.planId()).orElseThrow();
    }

    private void review(PlanView plan, LocalDate on, AbuseCategory latest) {
        clock.setDate(on);
        PlanView current = cp.findPlan(plan.id()).orElseThrow();
        as(chair, () -> cp.holdReviewConference(plan.id(), current.version(), new NewConference(on, ALL,
                ParentsAttendance.ONE_ATTENDED, "Feels safer", false, false, ConferenceDecision.CONTINUE_PLAN, latest,
                null, null, "Reviewed")));
    }

    private <T> T as(String username, Supplier<T> work) {
        var user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
