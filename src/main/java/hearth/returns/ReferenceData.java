package hearth.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Loading the reference lists the SSDA903 rules read from a program rather than a file (the demo's synthetic lists,
 * for one): each call replaces the list held, in one transaction, with the same checks as {@code import
 * ofsted-providers} and {@code import postcodes}; a bad entry loads nothing and the {@link IllegalArgumentException}
 * says which entry of {@code source} is wrong and why.
 */
public interface ReferenceData {

    /**
     * One provider of Ofsted's list: the URN, provider type, local authority (name), the SSDA903 placement and
     * provider codes it may be recorded with, when it was registered and deregistered (null while open), its number
     * of places (null when not known) and its setting's postcode.
     */
    record Provider(String urn, String providerType, String localAuthority, Set<String> placementCodes,
            Set<String> providerCodes, LocalDate registered, LocalDate closed, Integer places, String postcode) {
    }

    /**
     * One postcode of the ONS directory: the local authority district ({@code laua}), the upper-tier authority
     * ({@code utla}, null for a unitary authority), the grid reference in metres and the latitude and longitude.
     */
    record Postcode(String postcode, String laua, String utla, Integer easting, Integer northing, BigDecimal latitude,
            BigDecimal longitude) {
    }

    /** Replaces Ofsted's provider list with these; answers how many were loaded. */
    int replaceProviders(List<Provider> providers, String source);

    /** Replaces the ONS postcode directory with these; answers how many were loaded. */
    int replacePostcodes(List<Postcode> postcodes, String source);
}
