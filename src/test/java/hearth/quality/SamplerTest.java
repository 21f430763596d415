package hearth.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Samples are drawn at random or in proportion to strata, and the same seed always draws the same children. */
class SamplerTest {

    /** 60 children in team A, 30 in B, 10 in C. */
    private static List<Candidate> population() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String team = i < 60 ? "A" : i < 90 ? "B" : "C";
            all.add(new Candidate(UUID.nameUUIDFromBytes(("child" + i).getBytes()), team,
                    i % 2 == 0 ? KindOfWork.CHILD_IN_NEED : KindOfWork.LOOKED_AFTER,
                    i % 3 == 0 ? AgeBand.AGE_5_TO_9 : AgeBand.AGE_10_TO_15, "w" + i, "m"));
        }
        return all;
    }

    @Test
    void aRandomSampleHasTheSizeAskedForWithNoChildTwiceAndTheSameSeedDrawsTheSameChildren() {
        List<Candidate> sample = Sampler.random(population(), 12, 42);
        assertThat(sample).hasSize(12).doesNotHaveDuplicates();
        assertThat(population()).containsAll(sample);
        List<Candidate> shuffledPopulation = new ArrayList<>(population());
        java.util.Collections.reverse(shuffledPopulation);
        assertThat(Sampler.random(shuffledPopulation, 12, 42)).isEqualTo(sample);
        assertThat(Sampler.random(population(), 12, 43)).isNotEqualTo(sample);
    }

    @Test
    void aSampleLargerThanThePopulationTakesEveryone() {
        assertThat(Sampler.random(population(), 500, 1)).hasSize(100);
        assertThat(Sampler.stratified(population(), 500, 1, Stratum.TEAM)).hasSize(100);
    }

    @Test
    void aStratifiedSampleTakesEachTeamInProportion() {
        List<Candidate> sample = Sampler.stratified(population(), 10, 7, Stratum.TEAM);
        Map<String, Long> byTeam = sample.stream().collect(Collectors.groupingBy(Candidate::team,
                Collectors.counting()));
        assertThat(byTeam).containsEntry("A", 6L).containsEntry("B", 3L).containsEntry("C", 1L);
        assertThat(Sampler.stratified(population(), 10, 7, Stratum.TEAM)).isEqualTo(sample);
        assertThat(Sampler.stratified(population(), 10, 8, Stratum.TEAM)).isNotEqualTo(sample);
    }

    @Test
    void leftOverPlacesGoToTheLargestRemaindersSoQuotasAddUpToTheSize() {
        // 7 of 100 split 50/30/20: exact shares 3.5, 2.1 and 1.4; the spare place goes to the .5
        assertThat(Sampler.quotas(Map.of("A", 50, "B", 30, "C", 20), 7))
                .containsEntry("A", 4).containsEntry("B", 2).containsEntry("C", 1);
        // 3 of three equal strata: one each
        assertThat(Sampler.quotas(Map.of("A", 5, "B", 5, "C", 5), 3)).containsOnly(Map.entry("A", 1),
                Map.entry("B", 1), Map.entry("C", 1));
        assertThat(Sampler.quotas(Map.of(), 3)).isEmpty();
    }

    @Test
    void theMakeUpComparesTheSampleWithThePopulationOnEveryDimension() {
        List<Candidate> all = population();
        List<Candidate> sample = Sampler.stratified(all, 10, 7, Stratum.KIND_OF_WORK);
        List<MakeUpRow> makeUp = Sampler.makeUp(all, sample);
        MakeUpRow teamA = makeUp.stream().filter(r -> r.dimension() == Stratum.TEAM && r.value().equals("A"))
                .findFirst().orElseThrow();
        assertThat(teamA.population()).isEqualTo(60);
        assertThat(teamA.populationPercent()).isEqualTo(60);
        MakeUpRow inNeed = makeUp.stream().filter(r -> r.dimension() == Stratum.KIND_OF_WORK
                && r.value().equals("CHILD_IN_NEED")).findFirst().orElseThrow();
        assertThat(inNeed.sampled()).isEqualTo(5);
        assertThat(inNeed.samplePercent()).isEqualTo(50);
        for (Stratum d : Stratum.values()) {
            assertThat(makeUp.stream().filter(r -> r.dimension() == d).mapToInt(MakeUpRow::sampled).sum())
                    .isEqualTo(10);
        }
    }

    @Test
    void ageBandsFollowTheDfeBands() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 6, 1);
        assertThat(AgeBand.of(null, today)).isEqualTo(AgeBand.UNBORN_OR_UNDER_1);
        assertThat(AgeBand.of(today.minusYears(1), today)).isEqualTo(AgeBand.AGE_1_TO_4);
        assertThat(AgeBand.of(today.minusYears(5).plusDays(1), today)).isEqualTo(AgeBand.AGE_1_TO_4);
        assertThat(AgeBand.of(today.minusYears(10), today)).isEqualTo(AgeBand.AGE_10_TO_15);
        assertThat(AgeBand.of(today.minusYears(16), today)).isEqualTo(AgeBand.AGE_16_AND_OVER);
    }
}
