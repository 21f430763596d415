package hearth.returns.refdata;

import hearth.returns.ReferenceData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference lists loaded from a program ({@link ReferenceData}): each entry gets the checks a row of an imported
 * file gets (the message names the entry of the source instead of a line), and a bad one loads nothing.
 */
@Service
class ReferenceDataLoader implements ReferenceData {

    private final JdbcTemplate jdbc;
    private final ReferenceImport imports;

    ReferenceDataLoader(JdbcTemplate jdbc, ReferenceImport imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    @Override
    @Transactional
    public int replaceProviders(List<Provider> providers, String source) {
        jdbc.update("delete from ofsted_provider");
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (Provider p : providers) {
            n++;
            rows.add(ReferenceImport.providerRow(source + ", provider " + n + ": ", n, seen, text(p.urn()),
                    text(p.providerType()), text(p.localAuthority()), codes(p.placementCodes()),
                    codes(p.providerCodes()), text(p.registered()), text(p.closed()), text(p.places()),
                    text(p.postcode())));
        }
        imports.insertProviders(rows);
        return n;
    }

    @Override
    @Transactional
    public int replacePostcodes(List<Postcode> postcodes, String source) {
        jdbc.update("delete from ons_postcode");
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (Postcode p : postcodes) {
            n++;
            rows.add(ReferenceImport.postcodeRow(source + ", postcode " + n + ": ", seen, text(p.postcode()),
                    text(p.laua()), text(p.utla()), text(p.easting()), text(p.northing()), text(p.latitude()),
                    text(p.longitude())));
        }
        imports.insertPostcodes(rows);
        return n;
    }

    private static String codes(java.util.Set<String> codes) {
        return codes == null ? "" : String.join("/", codes);
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value == null ? "" : value.toString().trim();
    }
}
