package hearth.quality;

/** One stratum of a sample against its population: counts and shares (0 to 100). */
public record MakeUpRow(Stratum dimension, String value, int population, int sampled, int populationTotal,
        int sampleTotal) {

    public int populationPercent() {
        return populationTotal == 0 ? 0 : Math.round(100f * population / populationTotal);
    }

    public int samplePercent() {
        return sampleTotal == 0 ? 0 : Math.round(100f * sampled / sampleTotal);
    }
}
