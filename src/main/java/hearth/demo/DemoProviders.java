package hearth.demo;

import java.util.List;
import java.util.Map;

/**
 * Where the demo's children in care are placed: the children's homes (independent, PR4), each with its Ofsted URN and
 * setting postcode, and the authority's own fostering service (PR1), whose URN its foster carers' placements carry
 * (DfE rule 218) wherever the carers live. All synthetic: the URNs are made up, and {@link DemoReferenceLists} builds
 * the demo's Ofsted list from them.
 */
final class DemoProviders {

    /** A children's home: its URN, its setting's postcode, and whether that is outside the authority's area. */
    record Home(String urn, String postcode, boolean outOfArea) {
    }

    static final Map<String, Home> HOMES = Map.of("Cedar Lodge", new Home("SC480211", "RG30 2QT", false),
            "Maple House", new Home("SC512874", "RG2 7QT", false),
            "Willow Children's Home", new Home("SC397340", "SL1 1AB", true));

    static final String FOSTERING_SERVICE_URN = "SC870870";
    /** The fostering service's office: Reading's civic offices. */
    static final String FOSTERING_SERVICE_POSTCODE = "RG1 2LU";

    /** The postcode districts within Reading's boundary (RG4, RG30 and RG31 in part). */
    static final List<String> READING_DISTRICTS = List.of("RG1", "RG2", "RG4", "RG30", "RG31");

    private DemoProviders() {
    }
}
