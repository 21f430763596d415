package hearth.careleavers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status derivation at its boundaries: 13 weeks, since 14, after 16, ages 16, 18, 21 and 25. */
class EligibilityRulesTest {

    static final LocalDate DOB = LocalDate.of(2008, 6, 15);
    static final LocalDate SIXTEEN = DOB.plusYears(16);
    static final LocalDate FOURTEEN = DOB.plusYears(14);

    static CarePeriod period(LocalDate from, LocalDate to) {
        return new CarePeriod(from, to, "C2", to == null ? null : "E8", false);
    }

    static EligibilityStatus on(LocalDate day, CarePeriod... periods) {
        return EligibilityRules.derive(DOB, List.of(periods), day);
    }

    @Test
    void lookedAfterFor91DaysFromThe16thBirthdayIsEligibleOnThe91stDayAndNotBefore() {
        CarePeriod open = period(SIXTEEN, null);
        assertThat(on(SIXTEEN.plusDays(89), open).category()).isEqualTo(Eligibility.NONE);
        EligibilityStatus day91 = on(SIXTEEN.plusDays(90), open);
        assertThat(day91.category()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(day91.eligibleFrom()).isEqualTo(SIXTEEN.plusDays(90));
        assertThat(day91.daysCounted()).isEqualTo(91);
    }

    @Test
    void careBeforeThe14thBirthdayDoesNotCountButCareFromItDoes() {
        CarePeriod longBefore = period(DOB.plusYears(10), FOURTEEN);
        CarePeriod after16 = period(SIXTEEN, null);
        assertThat(on(SIXTEEN.plusDays(10), longBefore, after16).category()).isEqualTo(Eligibility.NONE);
        CarePeriod from14 = period(FOURTEEN, FOURTEEN.plusDays(80));
        EligibilityStatus status = on(SIXTEEN.plusDays(10), from14, after16);
        assertThat(status.category()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(status.daysCounted()).isEqualTo(91);
    }

    @Test
    void thirteenWeeksEndingBeforeThe16thBirthdayIsNotEnoughUntilLookedAfterAgainAfter16() {
        CarePeriod at15 = period(DOB.plusYears(15), DOB.plusYears(15).plusDays(200));
        assertThat(on(SIXTEEN.plusDays(30), at15).category()).isEqualTo(Eligibility.NONE);
        CarePeriod endsOnThe16thBirthday = period(DOB.plusYears(15), SIXTEEN);
        assertThat(on(SIXTEEN.plusDays(30), endsOnThe16thBirthday).category()).isEqualTo(Eligibility.NONE);
        CarePeriod endsTheDayAfter = period(DOB.plusYears(15), SIXTEEN.plusDays(1));
        EligibilityStatus relevant = on(SIXTEEN.plusDays(30), endsTheDayAfter);
        assertThat(relevant.category()).isEqualTo(Eligibility.RELEVANT);
        assertThat(relevant.eligibleFrom()).isEqualTo(SIXTEEN);
    }

    @Test
    void leavingAfter16WithoutThirteenWeeksIsQualifyingUntil21() {
        CarePeriod short16 = period(SIXTEEN.plusDays(10), SIXTEEN.plusDays(60));
        assertThat(on(SIXTEEN.plusDays(100), short16).category()).isEqualTo(Eligibility.QUALIFYING);
        assertThat(on(DOB.plusYears(21).minusDays(1), short16).category()).isEqualTo(Eligibility.QUALIFYING);
        assertThat(on(DOB.plusYears(21), short16).category()).isEqualTo(Eligibility.NONE);
    }

    @Test
    void aRelevantChildBecomesFormerRelevantOnThe18thBirthdayAndStopsAt25() {
        CarePeriod care = period(DOB.plusYears(15), DOB.plusYears(17));
        assertThat(on(DOB.plusYears(18).minusDays(1), care).category()).isEqualTo(Eligibility.RELEVANT);
        assertThat(on(DOB.plusYears(18), care).category()).isEqualTo(Eligibility.FORMER_RELEVANT);
        assertThat(on(DOB.plusYears(25).minusDays(1), care).category()).isEqualTo(Eligibility.FORMER_RELEVANT);
        assertThat(on(DOB.plusYears(25), care).category()).isEqualTo(Eligibility.NONE);
    }

    @Test
    void shortBreaksNeverCount() {
        CarePeriod breaks = new CarePeriod(FOURTEEN, DOB.plusYears(17), "V4", "E8", false);
        assertThat(on(DOB.plusYears(17).plusDays(5), breaks).category()).isEqualTo(Eligibility.NONE);
    }

    @Test
    void adoptionFromCareEndsLeavingCareStatusAndSpecialGuardianshipMakesQualifying() {
        CarePeriod adopted = new CarePeriod(FOURTEEN, SIXTEEN.plusDays(100), "E1", "E11", false);
        assertThat(on(SIXTEEN.plusDays(200), adopted).category()).isEqualTo(Eligibility.NONE);
        CarePeriod sgo = new CarePeriod(DOB.plusYears(10), DOB.plusYears(12), "C2", "E45", false);
        assertThat(on(SIXTEEN.plusDays(5), sgo).category()).isEqualTo(Eligibility.QUALIFYING);
    }

    @Test
    void stillLookedAfterAfter18IsFormerRelevantAndUnder16IsNothingYet() {
        CarePeriod open = period(DOB.plusYears(15), null);
        assertThat(on(DOB.plusYears(15).plusDays(200), open).category()).isEqualTo(Eligibility.NONE);
        assertThat(on(SIXTEEN, open).category()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(on(DOB.plusYears(18), open).category()).isEqualTo(Eligibility.FORMER_RELEVANT);
    }
}
