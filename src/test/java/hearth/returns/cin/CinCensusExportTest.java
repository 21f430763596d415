package hearth.returns.cin;

import static hearth.returns.cin.CinSchema.count;
import static hearth.returns.cin.CinSchema.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.PrimaryNeed;
import hearth.childprotection.AbuseCategory;
import hearth.childprotection.PlanView;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.people.PersonSummary;
import hearth.returns.ReturnExport;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;

/** Journeys recorded through the contexts' APIs come out in the CIN census as the DfE schema and codes want them. */
@HearthTest
class CinCensusExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CinCensusExport export;

    Fixtures fx;
    CensusJourneys journeys;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        String manager = fx.user(Role.TEAM_MANAGER, team);
        String chair = fx.user(Role.CONFERENCE_CHAIR_IRO, null);
        journeys = new CensusJourneys(context, fx, worker, manager, chair);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aYearOfJourneysIsValidAgainstTheSchemaWithTheValuesWorkersRecorded() throws Exception {
        clock.setDate(LocalDate.of(2025, 5, 1));
        PersonSummary ava = fx.child(fx.name("Ava"), "Census", LocalDate.of(2016, 2, 3));
        ReferralView referral = journeys.referral(ava.id(), LocalDate.of(2025, 5, 12), ReferralSource.S2A);
        journeys.assess(referral, LocalDate.of(2025, 5, 13), LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 23),
                List.of(AssessmentFactor.F3B, AssessmentFactor.F4B), AssessmentOutcome.CHILD_IN_NEED_PLAN);
        journeys.primaryNeed(ava.id(), PrimaryNeed.N4);
        journeys.cinPlan(ava.id(), LocalDate.of(2025, 7, 1));
        journeys.close(ava.id(), LocalDate.of(2026, 2, 3), ClosureReason.RC7);

        PersonSummary ben = fx.child(fx.name("Ben"), "Census", LocalDate.of(2019, 8, 30));
        journeys.referral(ben.id(), LocalDate.of(2025, 9, 1), ReferralSource.S6);
        PlanView plan = journeys.protectionPlan(ben.id(), LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 19),
                AbuseCategory.PHY);
        journeys.review(plan, LocalDate.of(2025, 12, 12), AbuseCategory.NEG);

        PersonSummary later = fx.child(fx.name("Cara"), "Census", LocalDate.of(2014, 1, 1));
        journeys.referral(later.id(), LocalDate.of(2026, 4, 2), ReferralSource.S1A);
        clock.setDate(LocalDate.of(2026, 6, 1));

        Path file = CinSchema.temp();
        List<String> progress = new ArrayList<>();
        ReturnExport.Written written = export.write(List.of("--year", "2026"), file, progress::add);
        CinSchema.validate(file);
        Document doc = CinSchema.read(file);

        assertThat(written.children()).isEqualTo(count(doc, "/Message/Children/Child"));
        assertThat(progress).isNotEmpty().last().asString().contains("Wrote");
        assertThat(text(doc, "/Message/Header/CollectionDetails/ReferenceDate")).isEqualTo("2026-03-31");
        assertThat(text(doc, "/Message/Header/CollectionDetails/Year")).isEqualTo("2026");
        assertThat(text(doc, "/Message/Header/Source/LEA")).isEqualTo("870");
        assertThat(text(doc, "/Message/Header/Source/SoftwareCode")).isEqualTo("Hearth");

        String a = "/Message/Children/Child[ChildIdentifiers/LAchildID='" + ava.laChildId() + "']";
        assertThat(text(doc, a + "/ChildIdentifiers/PersonBirthDate")).isEqualTo("2016-02-03");
        assertThat(text(doc, a + "/ChildIdentifiers/Sex")).isEqualTo("F");
        assertThat(text(doc, a + "/ChildIdentifiers/UPNunknown")).isEqualTo("UN4");
        assertThat(text(doc, a + "/ChildCharacteristics/Ethnicity")).isEqualTo("WBRI");
        assertThat(text(doc, a + "/ChildCharacteristics/Disabilities/Disability")).isEqualTo("NONE");
        assertThat(count(doc, a + "/CINdetails")).isEqualTo(1);
        String ad = a + "/CINdetails";
        assertThat(text(doc, ad + "/CINreferralDate")).isEqualTo("2025-05-12");
        assertThat(text(doc, ad + "/ReferralSource")).isEqualTo("2A");
        assertThat(text(doc, ad + "/PrimaryNeedCode")).isEqualTo("N4");
        assertThat(text(doc, ad + "/CINclosureDate")).isEqualTo("2026-02-03");
        assertThat(text(doc, ad + "/ReasonForClosure")).isEqualTo("RC7");
        assertThat(text(doc, ad + "/Assessments/AssessmentActualStartDate")).isEqualTo("2025-05-13");
        assertThat(text(doc, ad + "/Assessments/AssessmentAuthorisationDate")).isEqualTo("2025-06-23");
        assertThat(count(doc, ad + "/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors[.='3B' or .='4B']"))
                .isEqualTo(2);
        assertThat(text(doc, ad + "/CINPlanDates/CINPlanStartDate")).isEqualTo("2025-07-01");
        assertThat(text(doc, ad + "/ReferralNFA")).isEqualTo("0");
        assertThat(count(doc, ad + "/Section47")).isZero();

        String b = "/Message/Children/Child[ChildIdentifiers/LAchildID='" + ben.laChildId() + "']/CINdetails";
        assertThat(text(doc, b + "/ReferralSource")).isEqualTo("6");
        assertThat(text(doc, b + "/CINclosureDate")).isEmpty();
        assertThat(text(doc, b + "/DateOfInitialCPC")).as("given on the enquiry, never twice (DfE rule 2884)").isEmpty();
        assertThat(text(doc, b + "/Section47/S47ActualStartDate")).isEqualTo("2025-09-02");
        assertThat(text(doc, b + "/Section47/InitialCPCtarget")).isEqualTo("2025-09-23");
        assertThat(text(doc, b + "/Section47/DateOfInitialCPC")).isEqualTo("2025-09-19");
        assertThat(text(doc, b + "/Section47/ICPCnotRequired")).isEqualTo("0");
        assertThat(text(doc, b + "/ReferralNFA")).isEqualTo("0");
        assertThat(text(doc, b + "/ChildProtectionPlans/CPPstartDate")).isEqualTo("2025-09-19");
        assertThat(text(doc, b + "/ChildProtectionPlans/InitialCategoryOfAbuse")).isEqualTo("PHY");
        assertThat(text(doc, b + "/ChildProtectionPlans/LatestCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(doc, b + "/ChildProtectionPlans/NumberOfPreviousCPP")).isEqualTo("0");
        assertThat(text(doc, b + "/ChildProtectionPlans/Reviews/CPPreviewDate")).isEqualTo("2025-12-12");

        assertThat(count(doc, "/Message/Children/Child[ChildIdentifiers/LAchildID='" + later.laChildId() + "']"))
                .as("referred after the year ended").isZero();
    }

    @Test
    void aYearThatIsNotACensusYearIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> export.write(List.of("--year", "twenty"), CinSchema.temp(), s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--year must be a year such as 2026");
        assertThatThrownBy(() -> export.write(List.of("--year", "1999"), CinSchema.temp(), s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 2010");
        assertThatThrownBy(() -> export.write(List.of(), CinSchema.temp(), s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--year YYYY");
    }
}
