package hearth.returns.ssda903rules;

import hearth.returns.ssda903rules.SsdaReference.Postcode;
import java.util.HashSet;
import java.util.Set;

/**
 * What the DfE works out from an episode's postcodes with the ONS directory (as the D2I tool's datastore does): the
 * placement's local authority (PL_LA: the upper-tier authority of PL_POST, or SCO, WAL or NIR outside England), whether
 * that is the authority's own (PL_LOCATION: IN or OUT) and the distance from home in miles to one decimal place
 * (PL_DISTANCE: the straight line between the grid references of HOME_POST and PL_POST). Each is null when it cannot be
 * worked out (a postcode blank or not in the directory).
 */
final class SsdaPlacementPlace {

    private SsdaPlacementPlace() {
    }

    static String placementLa(SsdaReference ref, SsdaRow r) {
        Postcode p = placed(ref, r);
        if (p == null) {
            return null;
        }
        String country = country(p);
        return country != null ? country : p.authority();
    }

    static String location(SsdaReference ref, SsdaRow r) {
        Postcode p = placed(ref, r);
        if (p == null) {
            return null;
        }
        return country(p) == null && p.authority().equalsIgnoreCase(ref.authority()) ? "IN" : "OUT";
    }

    static Double distance(SsdaReference ref, SsdaRow r) {
        Postcode home = r.blank("HOME_POST") ? null : ref.postcode(r.text("HOME_POST"));
        Postcode placed = r.blank("PL_POST") ? null : ref.postcode(r.text("PL_POST"));
        if (home == null || placed == null || home.easting() == null || home.northing() == null
                || placed.easting() == null || placed.northing() == null) {
            return null;
        }
        double east = home.easting() - placed.easting();
        double north = home.northing() - placed.northing();
        double miles = Math.sqrt(east * east + north * north) / 1000 / 1.6093;
        return Math.round(miles * 10) / 10.0;
    }

    /** Children UASC this year or last (a row in either year's UASC table), whose distance is not recorded. */
    static Set<String> uascEither(SsdaTables t) {
        Set<String> found = new HashSet<>(t.uascChildren());
        if (t.last() != null) {
            found.addAll(t.last().uascChildren());
        }
        return found;
    }

    private static Postcode placed(SsdaReference ref, SsdaRow r) {
        if (r.blank("PL_POST")) {
            return null;
        }
        Postcode p = ref.postcode(r.text("PL_POST"));
        return p == null || p.laua() == null || p.laua().isBlank() ? null : p;
    }

    private static String country(Postcode p) {
        String laua = p.laua().toUpperCase();
        return laua.startsWith("S") ? "SCO" : laua.startsWith("W") ? "WAL" : laua.startsWith("N") ? "NIR" : null;
    }
}
