package hearth.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draws audit samples from a population of children: a simple random sample, or a stratified one whose strata are
 * in proportion to the population (largest remainder, so the quotas add up to the size asked for). The same
 * population and seed always give the same sample.
 */
public final class Sampler {

    private Sampler() {
    }

    /** A simple random sample of {@code size} (all of them when fewer). */
    public static List<Candidate> random(List<Candidate> population, int size, long seed) {
        List<Candidate> shuffled = inStableOrder(population);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }

    /** A sample of {@code size} drawn from each stratum in proportion to its share of the population. */
    public static List<Candidate> stratified(List<Candidate> population, int size, long seed, Stratum stratum) {
        Map<String, List<Candidate>> strata = population.stream()
                .collect(Collectors.groupingBy(c -> c.value(stratum), TreeMap::new, Collectors.toList()));
        Map<String, Integer> quotas = quotas(strata.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a, TreeMap::new)),
                Math.min(size, population.size()));
        Random random = new Random(seed);
        List<Candidate> sample = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> s : strata.entrySet()) {
            List<Candidate> shuffled = inStableOrder(s.getValue());
            Collections.shuffle(shuffled, random);
            sample.addAll(shuffled.subList(0, quotas.get(s.getKey())));
        }
        return List.copyOf(sample);
    }

    /**
     * How many to take from each stratum: each gets its exact share rounded down, and the places left over go to the
     * largest remainders (ties to the larger stratum, then by name).
     */
    public static Map<String, Integer> quotas(Map<String, Integer> counts, int size) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> quotas = new TreeMap<>();
        if (total == 0) {
            return quotas;
        }
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            double exact = (double) size * c.getValue() / total;
            int floor = (int) Math.floor(exact);
            quotas.put(c.getKey(), floor);
            given += floor;
            remainders.add(Map.entry(c.getKey(), exact - floor));
        }
        remainders.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
                .thenComparing(e -> -counts.get(e.getKey())).thenComparing(Map.Entry::getKey));
        for (int i = 0; given < size && i < remainders.size(); i++, given++) {
            quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return quotas;
    }

    /** The sample against its population on every dimension, stratum by stratum. */
    public static List<MakeUpRow> makeUp(List<Candidate> population, List<Candidate> sample) {
        List<MakeUpRow> rows = new ArrayList<>();
        for (Stratum dimension : Stratum.values()) {
            Function<Candidate, String> value = c -> c.value(dimension);
            Map<String, Long> pop = population.stream().collect(Collectors.groupingBy(value, TreeMap::new,
                    Collectors.counting()));
            Map<String, Long> got = sample.stream().collect(Collectors.groupingBy(value, Collectors.counting()));
            pop.forEach((v, n) -> rows.add(new MakeUpRow(dimension, v, n.intValue(),
                    got.getOrDefault(v, 0L).intValue(), population.size(), sample.size())));
        }
        return rows;
    }

    private static List<Candidate> inStableOrder(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(c -> c.childId().toString()));
        return sorted;
    }
}
