package hearth.carehealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which review health assessment rule comes next, and when an SDQ is expected, by the child's age. */
class CareHealthRulesTest {

    static final LocalDate BORN = LocalDate.of(2022, 6, 1);

    @Test
    void aChildStillUnderFiveSixMonthsOnHasSixMonthlyReviewsAndYearlyOnesOnceTheyWillBeFive() {
        assertThat(CareHealthDuties.nextReviewRule(LocalDate.of(2026, 8, 1), BORN))
                .isEqualTo(CareHealthTimescales.REVIEW_UNDER_5);
        assertThat(CareHealthDuties.nextReviewRule(LocalDate.of(2026, 11, 30), BORN))
                .isEqualTo(CareHealthTimescales.REVIEW_UNDER_5);
        assertThat(CareHealthDuties.nextReviewRule(LocalDate.of(2026, 12, 1), BORN))
                .isEqualTo(CareHealthTimescales.REVIEW_FROM_5);
        assertThat(CareHealthDuties.nextReviewRule(LocalDate.of(2028, 1, 1), BORN))
                .isEqualTo(CareHealthTimescales.REVIEW_FROM_5);
    }

    @Test
    void anSdqIsExpectedOnlyForChildrenWhoWillBeFourToSixteenWhenItFallsDue() {
        assertThat(CareHealthDuties.sdqApplies(LocalDate.of(2025, 5, 31), BORN)).isFalse();
        assertThat(CareHealthDuties.sdqApplies(LocalDate.of(2025, 6, 1), BORN)).isTrue();
        LocalDate sixteen = LocalDate.of(2010, 3, 1);
        assertThat(CareHealthDuties.sdqApplies(LocalDate.of(2026, 2, 28), sixteen)).isTrue();
        assertThat(CareHealthDuties.sdqApplies(LocalDate.of(2026, 3, 1), sixteen)).isFalse();
        assertThat(CareHealthDuties.sdqApplies(LocalDate.of(2026, 3, 1), null)).isFalse();
    }
}
