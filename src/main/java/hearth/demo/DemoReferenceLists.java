package hearth.demo;

import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.ChildrenInCare;
import hearth.returns.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The last step of the demo history: a synthetic Ofsted provider list and ONS postcode directory, made to fit the
 * demo's placements, loaded as the SSDA903 rules' reference lists (what {@code import ofsted-providers} and {@code
 * import postcodes} load for a real authority). Every URN the placements carry is on the list with the placement and
 * provider codes it was recorded with, registered before its first placement and still open, at its setting's
 * postcode (a children's home's from {@link DemoProviders}); every postcode of a placement, of a child's home or of a
 * provider is in the directory, in the authority and at a grid reference near the centre of its district
 * ({@link DemoPostcodeDistricts}). A postcode in a district the table does not know is left out, so the rules say so.
 */
@Component
public class DemoReferenceLists implements DemoHistoryStep {

    /** How the lists are named in messages: not Ofsted's or the ONS's, made up to match the demo. */
    static final String SOURCE = "the demo's synthetic reference lists";
    private static final Set<String> AT_THE_SETTING = Set.of("K1", "K2", "R3", "S1");

    private final ChildrenInCare care;
    private final ReferenceData lists;

    DemoReferenceLists(ChildrenInCare care, ReferenceData lists) {
        this.care = care;
        this.lists = lists;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void run(LocalDate today, int referralsPerYear, DemoCast cast, Random random, Consumer<String> progress) {
        progress.accept("  " + load(today));
    }

    /**
     * Builds the lists from the placements recorded up to {@code today} and loads them, replacing those held;
     * answers a line saying what was loaded.
     */
    public String load(LocalDate today) {
        List<CareEpisode> episodes = care.episodesOverlapping(LocalDate.of(1900, 1, 1), today);
        Map<String, Draft> providers = new LinkedHashMap<>();
        Set<String> postcodes = new LinkedHashSet<>();
        for (CareEpisode e : episodes) {
            add(postcodes, e.homePost());
            add(postcodes, e.plPost());
            if (e.urn() != null && !e.urn().isBlank() && !e.urn().equalsIgnoreCase("XXXXXXX")) {
                providers.computeIfAbsent(e.urn().trim().toUpperCase(Locale.ROOT), Draft::new).add(e);
            }
        }
        List<ReferenceData.Provider> list = new ArrayList<>();
        for (Draft d : providers.values()) {
            ReferenceData.Provider p = d.provider();
            add(postcodes, p.postcode());
            list.add(p);
        }
        List<ReferenceData.Postcode> directory = new ArrayList<>();
        int unknown = 0;
        for (String postcode : postcodes) {
            DemoPostcodeDistricts.District district = DemoPostcodeDistricts.of(postcode);
            if (district == null) {
                unknown++;
                continue;
            }
            int spread = Math.floorMod(postcode.hashCode(), 1_000_000);
            directory.add(new ReferenceData.Postcode(postcode, district.laua(), district.utla(),
                    district.easting() + spread % 1000 - 500, district.northing() + spread / 1000 % 1000 - 500,
                    null, null));
        }
        lists.replaceProviders(list, SOURCE);
        lists.replacePostcodes(directory, SOURCE);
        return "Loaded " + SOURCE + ": " + list.size() + " Ofsted providers and " + directory.size() + " postcodes"
                + (unknown == 0 ? "" : " (" + unknown + " left out: their district is not in the demo's table)")
                + "; an authority imports Ofsted's and the ONS's own.";
    }

    private static void add(Set<String> postcodes, String postcode) {
        if (postcode != null && !postcode.isBlank()) {
            postcodes.add(postcode.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
        }
    }

    /** One URN's placements so far: the codes recorded with it, its first day, and where its setting is. */
    private static final class Draft {

        private final String urn;
        private final Set<String> places = new LinkedHashSet<>();
        private final Set<String> providers = new LinkedHashSet<>();
        private LocalDate first;
        private String setting;

        Draft(String urn) {
            this.urn = urn;
        }

        void add(CareEpisode e) {
            if (e.place() != null) {
                places.add(e.place());
            }
            if (e.placeProvider() != null) {
                providers.add(e.placeProvider());
            }
            if (first == null || e.decom().isBefore(first)) {
                first = e.decom();
            }
            if (setting == null && e.plPost() != null && e.place() != null && AT_THE_SETTING.contains(e.place())) {
                setting = e.plPost();
            }
        }

        ReferenceData.Provider provider() {
            DemoProviders.Home home = DemoProviders.HOMES.values().stream().filter(h -> h.urn().equals(urn))
                    .findFirst().orElse(null);
            boolean service = urn.equals(DemoProviders.FOSTERING_SERVICE_URN);
            String postcode = home != null ? home.postcode() : service ? DemoProviders.FOSTERING_SERVICE_POSTCODE
                    : setting;
            DemoPostcodeDistricts.District district = DemoPostcodeDistricts.of(postcode);
            boolean isHome = places.stream().anyMatch(p -> p.startsWith("K"));
            String type = isHome ? "Children's home" : service ? "Local authority fostering agency"
                    : places.stream().anyMatch(p -> p.startsWith("U")) ? "Independent fostering agency" : "Other";
            // registered some years before the demo first placed there (the URN's own number says how many)
            LocalDate registered = first.minusYears(3 + Math.floorMod(urn.hashCode(), 12)).withDayOfMonth(1);
            return new ReferenceData.Provider(urn, type, district == null ? null : district.name(), places, providers,
                    registered, null, isHome ? 3 + Math.floorMod(urn.hashCode(), 4) : null, postcode);
        }
    }
}
