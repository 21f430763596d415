package hearth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Seeded identifiers repeat for the same seed, rise in the order they are made, and stop at the end of the work. */
class IdsTest {

    private static final long START = 1_781_515_800_000L;

    @Test
    void theSameSeedGivesTheSameIdentifiersAndAnotherSeedOthers() {
        assertThat(made(41)).isEqualTo(made(41)).doesNotContainAnyElementsOf(made(42));
    }

    @Test
    void seededIdentifiersRiseInTheOrderTheyAreMadeAndAreVersion7() {
        List<UUID> ids = made(41);
        assertThat(ids).isSortedAccordingTo(UUID::compareTo).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(ids.get(0).getMostSignificantBits() >>> 16).isEqualTo(START);
    }

    @Test
    void outsideTheWorkIdentifiersAreRandomAgain() {
        Ids.seeded(41, START, Ids::next);
        assertThat(Ids.next()).isNotEqualTo(Ids.seeded(41, START, Ids::next));
        assertThat(Ids.next().getMostSignificantBits() >>> 16).isGreaterThan(START);
    }

    private static List<UUID> made(long seed) {
        return Ids.seeded(seed, START, () -> Stream.generate(Ids::next).limit(5_000).toList());
    }
}
