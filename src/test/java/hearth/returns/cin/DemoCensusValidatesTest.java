package hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.demo.DemoData;
import hearth.returns.ReturnValidation;
import hearth.returns.ReturnValidation.Finding;
import hearth.support.HearthTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The demo authority's last complete CIN census, exported and run through every DfE rule, has no errors and no
 * queries for the children the demo made - except 2887Q (fewer than 8 disability codes in the whole return), which
 * is a true statement about an authority as small as the test demo and is checked to be one.
 */
@HearthTest
class DemoCensusValidatesTest {

    /**
     * Rules the random demo may still break, with why. None now: closing an episode the census reports with an
     * assessment, a plan or an enquiry is refused until its primary need is recorded (DfE rule 8610), and the demo
     * records it before every closure. (8610 and 2991Q were listed here, but what broke them was a child another test
     * made in the shared database - a referral straight to an enquiry and a plan, with no assessment and no primary
     * need - not the demo: the census is judged on the demo's children only.)
     */
    static final Set<String> KNOWN = Set.of();

    @Autowired
    CinCensusExport export;
    @Autowired
    List<ReturnValidation> validations;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastCompleteDemoCensusHasNoErrorsAndNoQueries() throws Exception {
        ReturnValidation cin = validations.stream().filter(v -> v.name().equals("cin-census")).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);
        int lastComplete = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        Path file = CinSchema.temp();
        export.write(List.of("--year", String.valueOf(lastComplete)), file, s -> { });
        Set<String> demoChildren = new HashSet<>(jdbc.queryForList(
                "select la_child_id from person where created_by = ? and la_child_id is not null", String.class,
                DemoData.GENERATOR));
        List<Finding> found = cin.validate(file).stream()
                .filter(f -> f.child() == null || demoChildren.contains(f.child())).toList();
        found.forEach(f -> System.out.println("CIN demo finding: " + f));
        Document census = CinSchema.read(file);
        found.stream().filter(f -> !f.rule().startsWith("288") && f.child() != null).map(Finding::child).distinct()
                .forEach(child -> System.out.println("CIN demo child: " + child(census, child)));
        assertThat(found).filteredOn(f -> !f.rule().equals("2887Q") && !f.rule().equals("2888Q")
                        && !KNOWN.contains(f.rule()))
                .extracting(f -> f.rule() + " " + f.child() + " " + f.fields()).isEmpty();
        Set<String> codes = disabilityCodes(CinSchema.read(file));
        assertThat(found.stream().anyMatch(f -> f.rule().equals("2887Q")))
                .as("2887Q only when the return really uses fewer than 8 codes: " + codes).isEqualTo(codes.size() < 8);
        java.util.Collection<Integer> perChild = disabilitiesPerChild(CinSchema.read(file));
        assertThat(found.stream().anyMatch(f -> f.rule().equals("2888Q")))
                .as("2888Q only when every disabled child in the return has one code: " + perChild)
                .isEqualTo(!perChild.isEmpty() && perChild.stream().allMatch(n -> n == 1));
    }

    /** The child's census entry as text, to see why a rule fired. */
    private static String child(Document doc, String laChildId) throws RuntimeException {
        NodeList children = doc.getElementsByTagName("Child");
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getTextContent().contains(laChildId)) {
                try {
                    java.io.StringWriter out = new java.io.StringWriter();
                    javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(
                            new javax.xml.transform.dom.DOMSource(children.item(i)),
                            new javax.xml.transform.stream.StreamResult(out));
                    return out.toString().replaceAll(">\\s+<", "><");
                } catch (javax.xml.transform.TransformerException e) {
                    return e.toString();
                }
            }
        }
        return laChildId + " not found";
    }

    private static Set<String> disabilityCodes(Document doc) {
        NodeList nodes = doc.getElementsByTagName("Disability");
        Set<String> found = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (!nodes.item(i).getTextContent().equals("NONE")) {
                found.add(nodes.item(i).getTextContent());
            }
        }
        return found;
    }

    /** How many disability codes each disabled child in the return has. */
    private static java.util.Collection<Integer> disabilitiesPerChild(Document doc) {
        NodeList children = doc.getElementsByTagName("Child");
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            NodeList codes = ((org.w3c.dom.Element) children.item(i)).getElementsByTagName("Disability");
            int n = 0;
            for (int j = 0; j < codes.getLength(); j++) {
                if (!codes.item(j).getTextContent().equals("NONE")) {
                    n++;
                }
            }
            if (n > 0) {
                counts.add(n);
            }
        }
        return counts;
    }
}
