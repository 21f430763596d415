package hearth.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SSDA903 episodes Hearth derives from the facts of a period of care, as the DfE guide defines them. */
class CareEpisodesTest {

    static final UUID CHILD = UUID.randomUUID();
    static final UUID PERIOD = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2025, 5, 1);

    List<LegalStatusView> statuses = new ArrayList<>();
    List<PlacementView> placements = new ArrayList<>();

    @Test
    void aChildPlacedOnTheDayTheyBecameLookedAfterHasOneOpenEpisodeStartingS() {
        status(START, LegalStatus.V2);
        placement(START, "Ann and Bob Foster", PlacementType.U6, null);
        List<CareEpisode> episodes = derive(null, null);
        assertThat(episodes).singleElement().satisfies(e -> {
            assertThat(e.decom()).isEqualTo(START);
            assertThat(e.rne()).isEqualTo("S");
            assertThat(e.ls()).isEqualTo("V2");
            assertThat(e.cin()).isEqualTo("N1");
            assertThat(e.place()).isEqualTo("U6");
            assertThat(e.placeProvider()).isEqualTo("PR1");
            assertThat(e.plPost()).isEqualTo("RG1 1AA");
            assertThat(e.homePost()).isEqualTo("RG2 2BB");
            assertThat(e.urn()).isEqualTo("SC123456");
            assertThat(e.dec()).isNull();
            assertThat(e.rec()).isNull();
            assertThat(e.reasonPlaceChange()).isNull();
        });
    }

    @Test
    void aMoveToNewCarersEndsTheEpisodeWithX1AndTheReasonAndStartsAPEpisode() {
        status(START, LegalStatus.C1);
        placement(START, "Ann and Bob Foster", PlacementType.U6, null);
        LocalDate moved = START.plusMonths(2);
        placement(moved, "Oak House", PlacementType.K2, PlacementChangeReason.CREQB);
        List<CareEpisode> episodes = derive(null, null);
        assertThat(episodes).extracting(CareEpisode::rne).containsExactly("S", "P");
        assertThat(episodes.get(0).dec()).isEqualTo(moved);
        assertThat(episodes.get(0).rec()).isEqualTo("X1");
        assertThat(episodes.get(0).reasonPlaceChange()).isEqualTo("CREQB");
        assertThat(episodes.get(1).decom()).isEqualTo(moved);
        assertThat(episodes.get(1).place()).isEqualTo("K2");
        assertThat(episodes.get(1).ls()).isEqualTo("C1");
        assertThat(episodes.get(1).reasonPlaceChange()).isNull();
    }

    @Test
    void aLegalStatusChangeAloneStartsAnLEpisodeWithNoReasonForPlacementChange() {
        status(START, LegalStatus.C1);
        placement(START, "Ann and Bob Foster", PlacementType.U6, null);
        LocalDate order = START.plusMonths(6);
        status(order, LegalStatus.C2);
        List<CareEpisode> episodes = derive(null, null);
        assertThat(episodes).extracting(CareEpisode::rne).containsExactly("S", "L");
        assertThat(episodes.get(0).rec()).isEqualTo("X1");
        assertThat(episodes.get(0).reasonPlaceChange()).isNull();
        assertThat(episodes.get(1).ls()).isEqualTo("C2");
        assertThat(episodes.get(1).place()).isEqualTo("U6");
    }

    @Test
    void bothChangingOnOneDayIsOneEpisodeBWithNewCarersAndUWithTheSameCarers() {
        status(START, LegalStatus.C1);
        placement(START, "Ann and Bob Foster", PlacementType.U6, null);
        LocalDate first = START.plusMonths(3);
        status(first, LegalStatus.C2);
        placement(first, " ann and  bob foster ", PlacementType.U4, PlacementChangeReason.PLACE);
        LocalDate second = START.plusMonths(9);
        status(second, LegalStatus.E1);
        placement(second, "Carol Adopter", PlacementType.A5, PlacementChangeReason.CARPL);
        List<CareEpisode> episodes = derive(null, null);
        assertThat(episodes).extracting(CareEpisode::rne).containsExactly("S", "U", "B");
        assertThat(episodes).extracting(CareEpisode::reasonPlaceChange).containsExactly("PLACE", "CARPL", null);
        assertThat(episodes).extracting(CareEpisode::ls).containsExactly("C1", "C2", "E1");
    }

    @Test
    void aPlacementChangeWithTheSameCarersIsT() {
        status(START, LegalStatus.V2);
        placement(START, "Gran Smith", PlacementType.U3, null);
        placement(START.plusMonths(4), "Gran Smith", PlacementType.U1, PlacementChangeReason.APPRR);
        assertThat(derive(null, null)).extracting(CareEpisode::rne).containsExactly("S", "T");
    }

    @Test
    void theLastEpisodeEndsWithThePeriodsReasonCeased() {
        status(START, LegalStatus.V2);
        placement(START, "Ann and Bob Foster", PlacementType.U6, null);
        placement(START.plusDays(40), "Cedar Foster", PlacementType.U6, PlacementChangeReason.CHILD);
        LocalDate home = START.plusDays(200);
        List<CareEpisode> episodes = derive(home, ReasonCeased.E4A);
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(1).dec()).isEqualTo(home);
        assertThat(episodes.get(1).rec()).isEqualTo("E4A");
        assertThat(episodes.get(1).reasonPlaceChange()).isNull();
    }

    @Test
    void factsOnTheSameDayCollapseAndAChangeToTheSameLegalStatusStartsNoEpisode() {
        status(START, LegalStatus.L2);
        placement(START, "Emergency Foster", PlacementType.U6, null);
        placement(START, "Beech Foster", PlacementType.U6, null);
        status(START.plusDays(5), LegalStatus.L2);
        List<CareEpisode> episodes = derive(null, null);
        assertThat(episodes).singleElement().satisfies(e -> assertThat(e.carerName()).isEqualTo("Beech Foster"));
    }

    @Test
    void aPlacementRecordedAfterTheStartDateLeavesTheFirstEpisodeWithoutAPlacement() {
        status(START, LegalStatus.V2);
        placement(START.plusDays(2), "Ann and Bob Foster", PlacementType.U6, null);
        List<CareEpisode> episodes = derive(null, null);
        assertThat(episodes).extracting(CareEpisode::rne).containsExactly("S", "P");
        assertThat(episodes.get(0).place()).isNull();
    }

    @Test
    void episodesOverlapAReturnYearWhenOpenInIt() {
        status(START, LegalStatus.V2);
        placement(START, "Ann and Bob Foster", PlacementType.U6, null);
        CareEpisode e = derive(START.plusDays(10), ReasonCeased.E4A).get(0);
        assertThat(e.overlaps(START.plusDays(10), START.plusDays(20))).isTrue();
        assertThat(e.overlaps(START.plusDays(11), START.plusDays(20))).isFalse();
        assertThat(e.overlaps(START.minusDays(20), START.minusDays(1))).isFalse();
    }

    List<CareEpisode> derive(LocalDate end, ReasonCeased reason) {
        CarePeriodView period = new CarePeriodView(PERIOD, CHILD, START, CategoryOfNeed.N1, end, reason, "w", 0);
        return CareEpisodes.derive(period, statuses, placements);
    }

    void status(LocalDate date, LegalStatus status) {
        statuses.add(new LegalStatusView(UUID.randomUUID(), PERIOD, date, status, "w"));
    }

    void placement(LocalDate date, String carer, PlacementType type, PlacementChangeReason reason) {
        placements.add(new PlacementView(UUID.randomUUID(), PERIOD, date, carer, type, PlacementProvider.PR1,
                "RG1 1AA", "RG2 2BB", "SC123456", null, false, null, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE,
                null, false, false, reason, null, null, "w", 0));
    }
}
