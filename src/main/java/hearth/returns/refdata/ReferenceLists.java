package hearth.returns.refdata;

import hearth.returns.ssda903rules.SsdaReference;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference lists Hearth holds, as the SSDA903 rules read them: Ofsted's provider list and the ONS postcode
 * directory (each as last imported), and the authority's own ONS code (setting {@code hearth.returns.la-ons-code},
 * Reading's E06000038 by default, as {@code la-code} defaults to Reading's 870).
 */
@Component
class ReferenceLists implements SsdaReference {

    private final JdbcClient jdbc;
    private final String authority;

    ReferenceLists(JdbcClient jdbc, @Value("${hearth.returns.la-ons-code:E06000038}") String authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean providersLoaded() {
        return !jdbc.sql("select urn from ofsted_provider fetch first 1 rows only").query(String.class).list()
                .isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Provider provider(String urn) {
        return jdbc.sql("select urn, place_codes, provider_codes, registration_date, closed_date, postcode"
                        + " from ofsted_provider where urn = :urn")
                .param("urn", SsdaReference.urnKey(urn))
                .query((rs, n) -> new Provider(rs.getString("urn"), codes(rs.getString("place_codes")),
                        codes(rs.getString("provider_codes")), day(rs.getDate("registration_date")),
                        day(rs.getDate("closed_date")), rs.getString("postcode")))
                .optional().orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean postcodesLoaded() {
        return !jdbc.sql("select postcode from ons_postcode fetch first 1 rows only").query(String.class).list()
                .isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Postcode postcode(String postcode) {
        return jdbc.sql("select pcds, laua, utla, easting, northing from ons_postcode where postcode = :postcode")
                .param("postcode", SsdaReference.postcodeKey(postcode))
                .query((rs, n) -> new Postcode(rs.getString("pcds"), rs.getString("laua"), rs.getString("utla"),
                        (Integer) rs.getObject("easting", Integer.class),
                        (Integer) rs.getObject("northing", Integer.class)))
                .optional().orElse(null);
    }

    @Override
    public String authority() {
        return authority;
    }

    /** How many providers and postcodes are loaded, for the import command to report. */
    @Transactional(readOnly = true)
    long count(String table) {
        String sql = switch (table) {
            case "ofsted_provider" -> "select count(*) from ofsted_provider";
            case "ons_postcode" -> "select count(*) from ons_postcode";
            default -> throw new IllegalArgumentException(table);
        };
        return jdbc.sql(sql).query(Long.class).single();
    }

    static Set<String> codes(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split("[,/]")).map(String::trim).filter(s -> !s.isEmpty()).forEach(found::add);
        }
        return found;
    }

    private static java.time.LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }
}
