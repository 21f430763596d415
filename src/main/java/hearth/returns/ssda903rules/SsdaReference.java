package hearth.returns.ssda903rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reference data some SSDA903 rules read besides the return: Ofsted's list of registered providers (looked up by
 * URN) and the ONS postcode directory (placement local authority and distance from home), and the authority's own ONS
 * code. Either list may not be loaded; the rules reading it then find nothing (and the validate command says so).
 */
public interface SsdaReference {

    /**
     * One provider on Ofsted's list: its URN, the SSDA903 placement (PLACE) and provider (PLACE_PROVIDER) codes it may
     * be recorded with, when it was registered and when its registration ended (null while open), and its postcode.
     */
    record Provider(String urn, Set<String> placeCodes, Set<String> providerCodes, LocalDate registered,
            LocalDate closed, String postcode) {
    }

    /**
     * One postcode of the ONS directory: the local authority district ({@code laua}), the upper-tier authority
     * ({@code utla}, blank when the file gave none: the district is then taken as the authority) and the grid
     * reference in metres (null when the directory has none).
     */
    record Postcode(String postcode, String laua, String utla, Integer easting, Integer northing) {

        /** The authority responsible for children's services there: the upper tier, or the district. */
        public String authority() {
            return utla == null || utla.isBlank() ? laua : utla;
        }
    }

    boolean providersLoaded();

    /** The provider with this URN, or null when it is not on the list. */
    Provider provider(String urn);

    boolean postcodesLoaded();

    /** The postcode, however spaced or cased, or null when it is not in the directory. */
    Postcode postcode(String postcode);

    /** The authority's own ONS code (e.g. E06000038), which PL_LOCATION (IN or OUT) is judged against. */
    String authority();

    /** Nothing loaded. */
    static SsdaReference none(String authority) {
        return of(null, null, authority);
    }

    /** In-memory lists (a null list is one not loaded), for tests and small uses. */
    static SsdaReference of(List<Provider> providers, List<Postcode> postcodes, String authority) {
        Map<String, Provider> byUrn = new HashMap<>();
        Map<String, Postcode> byPostcode = new HashMap<>();
        if (providers != null) {
            providers.forEach(p -> byUrn.put(urnKey(p.urn()), p));
        }
        if (postcodes != null) {
            postcodes.forEach(p -> byPostcode.put(postcodeKey(p.postcode()), p));
        }
        return new SsdaReference() {
            @Override
            public boolean providersLoaded() {
                return providers != null;
            }

            @Override
            public Provider provider(String urn) {
                return byUrn.get(urnKey(urn));
            }

            @Override
            public boolean postcodesLoaded() {
                return postcodes != null;
            }

            @Override
            public Postcode postcode(String postcode) {
                return byPostcode.get(postcodeKey(postcode));
            }

            @Override
            public String authority() {
                return authority;
            }
        };
    }

    /** The same lists, each URN and postcode looked up once (for one validation run). */
    static SsdaReference cached(SsdaReference lists) {
        boolean providers = lists.providersLoaded();
        boolean postcodes = lists.postcodesLoaded();
        Map<String, java.util.Optional<Provider>> urns = new HashMap<>();
        Map<String, java.util.Optional<Postcode>> codes = new HashMap<>();
        return new SsdaReference() {
            @Override
            public boolean providersLoaded() {
                return providers;
            }

            @Override
            public Provider provider(String urn) {
                return urns.computeIfAbsent(urnKey(urn), k -> java.util.Optional.ofNullable(lists.provider(k)))
                        .orElse(null);
            }

            @Override
            public boolean postcodesLoaded() {
                return postcodes;
            }

            @Override
            public Postcode postcode(String postcode) {
                return codes.computeIfAbsent(postcodeKey(postcode),
                        k -> java.util.Optional.ofNullable(lists.postcode(k))).orElse(null);
            }

            @Override
            public String authority() {
                return lists.authority();
            }
        };
    }

    /** A postcode as looked up: capitals, no spaces. */
    static String postcodeKey(String postcode) {
        return postcode == null ? "" : postcode.replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }

    /** A URN as looked up: trimmed, capitals. */
    static String urnKey(String urn) {
        return urn == null ? "" : urn.trim().toUpperCase(Locale.ROOT);
    }
}
