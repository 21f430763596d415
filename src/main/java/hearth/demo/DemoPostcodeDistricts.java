package hearth.demo;

import java.util.Map;

/**
 * The postcode districts the demo's addresses and placements use, each with the authority it lies in (for a district
 * split between two, the one holding most of it) and a rough centre on the Ordnance Survey grid, from which
 * {@link DemoReferenceLists} makes the demo's synthetic postcode directory.
 */
final class DemoPostcodeDistricts {

    /** The district's ONS local authority ({@code laua}), upper tier ({@code utla}, null if unitary) and centre. */
    record District(String laua, String utla, String name, int easting, int northing) {
    }

    private static final String READING = "E06000038";
    private static final String WOKINGHAM = "E06000041";
    private static final String WEST_BERKSHIRE = "E06000037";
    private static final String SLOUGH = "E06000039";
    private static final String WINDSOR = "E06000040";

    static final Map<String, District> DISTRICTS = Map.ofEntries(
            Map.entry("RG1", new District(READING, null, "Reading", 471500, 173300)),
            Map.entry("RG2", new District(READING, null, "Reading", 472500, 170500)),
            Map.entry("RG4", new District(READING, null, "Reading", 472500, 175500)),
            Map.entry("RG30", new District(READING, null, "Reading", 469000, 173000)),
            Map.entry("RG31", new District(READING, null, "Reading", 467000, 173500)),
            Map.entry("RG5", new District(WOKINGHAM, null, "Wokingham", 474700, 173300)),
            Map.entry("RG6", new District(WOKINGHAM, null, "Wokingham", 474500, 171500)),
            Map.entry("RG10", new District(WOKINGHAM, null, "Wokingham", 478000, 177000)),
            Map.entry("RG40", new District(WOKINGHAM, null, "Wokingham", 481000, 168500)),
            Map.entry("RG41", new District(WOKINGHAM, null, "Wokingham", 479000, 169500)),
            Map.entry("RG7", new District(WEST_BERKSHIRE, null, "West Berkshire", 462000, 167000)),
            Map.entry("RG8", new District(WEST_BERKSHIRE, null, "West Berkshire", 460000, 178000)),
            Map.entry("RG14", new District(WEST_BERKSHIRE, null, "West Berkshire", 447000, 167000)),
            Map.entry("RG12", new District("E06000036", null, "Bracknell Forest", 487000, 168000)),
            Map.entry("RG9", new District("E07000179", "E10000025", "Oxfordshire", 476000, 182500)),
            Map.entry("RG21", new District("E07000084", "E10000014", "Hampshire", 463500, 152000)),
            Map.entry("SL1", new District(SLOUGH, null, "Slough", 496000, 180000)),
            Map.entry("SL2", new District(SLOUGH, null, "Slough", 497500, 182000)),
            Map.entry("SL3", new District(SLOUGH, null, "Slough", 500000, 178500)),
            Map.entry("SL4", new District(WINDSOR, null, "Windsor and Maidenhead", 496000, 176500)),
            Map.entry("SL5", new District(WINDSOR, null, "Windsor and Maidenhead", 493000, 168500)),
            Map.entry("SL6", new District(WINDSOR, null, "Windsor and Maidenhead", 488000, 180500)),
            Map.entry("SL7", new District("E06000060", null, "Buckinghamshire", 485000, 187000)),
            Map.entry("SL8", new District("E06000060", null, "Buckinghamshire", 489000, 187000)),
            Map.entry("SL9", new District("E06000060", null, "Buckinghamshire", 499500, 190000)));

    private DemoPostcodeDistricts() {
    }

    /** The district of a postcode however spaced (the inward code is its last three characters), or null. */
    static District of(String postcode) {
        String key = postcode == null ? "" : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return key.length() < 5 ? null : DISTRICTS.get(key.substring(0, key.length() - 3));
    }
}
