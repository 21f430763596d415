package hearth.returns.ssda903;

import java.util.List;

/**
 * Where the SSDA903 adoption tables come from: AD1 (children adopted in the year), placed_adoption (decisions that a
 * child should be placed for adoption) and prev_perm (a previous permanence arrangement before care). Each row is the
 * table's columns in order ({@link SsdaTable}) with dates already as DD/MM/YYYY. The adoption context supplies a bean
 * of this type once it is merged; until then {@link #NONE} writes the tables with their header row only.
 */
public interface AdoptionRows {

    /** Rows for the children adopted (AD1) in the collection year that ends on 31 March {@code year}. */
    List<List<String>> ad1(int year);

    /** Rows for placed_adoption in the collection year that ends on 31 March {@code year}. */
    List<List<String>> placedForAdoption(int year);

    /** Rows for prev_perm in the collection year that ends on 31 March {@code year}. */
    List<List<String>> previousPermanence(int year);

    /** Nothing recorded yet: the three tables are written with their header row only. */
    AdoptionRows NONE = new AdoptionRows() {
        @Override
        public List<List<String>> ad1(int year) {
            return List.of();
        }

        @Override
        public List<List<String>> placedForAdoption(int year) {
            return List.of();
        }

        @Override
        public List<List<String>> previousPermanence(int year) {
            return List.of();
        }
    };
}
