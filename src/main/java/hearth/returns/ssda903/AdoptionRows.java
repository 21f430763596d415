package hearth.returns.ssda903;

import java.util.List;

/**
 * Where the SSDA903 adoption tables come from: AD1 (children adopted in the year), placed_adoption (decisions that a
 * child should be placed for adoption) and prev_perm (a previous permanence arrangement before care). Each row is the
 * table's columns in order ({@link SsdaTable}) with dates already as DD/MM/YYYY, for the children of the return's
 * cohort. {@link SsdaAdoptionRows} reads them from the adoption context; {@link #NONE} writes the header rows only.
 */
interface AdoptionRows {

    /** Rows for the cohort's children adopted (AD1) in the collection year. */
    List<List<String>> ad1(SsdaCohort cohort);

    /** Rows for placed_adoption: the cohort's decisions that were open at some time in the year. */
    List<List<String>> placedForAdoption(SsdaCohort cohort);

    /** Rows for prev_perm: one per child of the cohort who started to be looked after in the year. */
    List<List<String>> previousPermanence(SsdaCohort cohort);

    /** Nothing recorded: the three tables are written with their header row only. */
    AdoptionRows NONE = new AdoptionRows() {
        @Override
        public List<List<String>> ad1(SsdaCohort cohort) {
            return List.of();
        }

        @Override
        public List<List<String>> placedForAdoption(SsdaCohort cohort) {
            return List.of();
        }

        @Override
        public List<List<String>> previousPermanence(SsdaCohort cohort) {
            return List.of();
        }
    };
}
