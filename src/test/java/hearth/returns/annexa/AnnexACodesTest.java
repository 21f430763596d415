package hearth.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.careleavers.Activity;
import hearth.careleavers.Eligibility;
import hearth.careleavers.InTouch;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.PrimaryNeed;
import hearth.childprotection.AbuseCategory;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.PermanencePlan;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.ReasonCeased;
import hearth.frontdoor.ReferralSource;
import hearth.people.Ethnicity;
import hearth.people.Sex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value Hearth records becomes one of the Annex A schema's codes for its column, and the workbook writer's
 * dates, numbers and text read back as written. Plain unit tests: no application context.
 */
class AnnexACodesTest {

    @TempDir
    Path out;

    @Test
    void everyRecordedValueBecomesOneOfTheSchemasCodes() throws Exception {
        AnnexASchema schema = AnnexASchema.load();
        List<String> problems = new ArrayList<>();
        check(problems, schema, "List 1", "Gender", Sex.values(), s -> AnnexACodes.gender(s));
        check(problems, schema, "List 1", "Ethnicity", Ethnicity.values(), AnnexACodes::ethnicity);
        check(problems, schema, "List 1", "Contact Source", ReferralSource.values(), s -> AnnexACodes.source(s.code()));
        check(problems, schema, "List 3", "Referral Source", ReferralSource.values(),
                s -> AnnexACodes.source(s.code()));
        check(problems, schema, "List 6", "Primary Need Code", PrimaryNeed.values(), n -> AnnexACodes.need(n.name()));
        check(problems, schema, "List 6", "Reason for Closure", ClosureReason.values(),
                r -> AnnexACodes.closure(r.name()));
        check(problems, schema, "List 7", "Initial Category of Abuse", AbuseCategory.values(),
                c -> AnnexACodes.abuse(c.name()));
        check(problems, schema, "List 8", "Child's Legal Status", LegalStatus.values(),
                l -> AnnexACodes.legalStatus(l.name()));
        check(problems, schema, "List 8", "Reason Ceased to be Looked After", ReasonCeased.values(),
                r -> AnnexACodes.reasonCeased(r.name()));
        check(problems, schema, "List 8", "Placement Type", PlacementType.values(),
                t -> AnnexACodes.placementType(t.name()));
        check(problems, schema, "List 8", "Placement Provider", PlacementProvider.values(),
                p -> AnnexACodes.placementProvider(p.name()));
        check(problems, schema, "List 8", "What is the permanence plan for this child?", PermanencePlan.values(),
                p -> CareLists.permanence(Optional.of(p)));
        check(problems, schema, "List 9", "Eligibility Category", Eligibility.values(),
                e -> AnnexACodes.eligibility(e.name()));
        check(problems, schema, "List 9", "LA in Touch", InTouch.values(), t -> AnnexACodes.inTouch(t.name()));
        check(problems, schema, "List 9", "Activity Status", Activity.values(), a -> AnnexACodes.activity(a.name()));
        String[] accommodation = {"B1", "C2", "D1", "E1", "G2", "H2", "K1", "R2", "S2", "T1", "U1", "V2", "W2",
            "X2", "Y1", "Z1"};
        check(problems, schema, "List 9", "Type of Accommodation", accommodation, AnnexACodes::accommodation);
        check(problems, schema, "List 9", "Suitability of Accommodation", accommodation, AnnexACodes::suitability);
        check(problems, schema, "List 10", "Reason Why Child No Longer Placed for Adoption",
                new String[] {"RD1", "Court refused the placement order", "No adopters found", "Other"},
                AnnexACodes::noLongerPlaced);
        check(problems, schema, "List 11", "Reason for leaving adoption process",
                new String[] {"Withdrew", "Application refused at panel", "On hold"}, AnnexACodes::leftAdoption);
        check(problems, schema, "List 4", "Does the Child have a Disability",
                new String[] {"YES", "NO", "UNKNOWN"}, v -> v.equals("UNKNOWN") ? AnnexACodes.disability(null)
                        : AnnexACodes.disability(java.util.Set.of(v.equals("YES") ? hearth.people.Disability.AUT
                                : hearth.people.Disability.NONE)));
        check(problems, schema, "List 3", "Referral NFA?", new Boolean[] {true, false}, AnnexACodes::yesNo);
        assertThat(problems).isEmpty();
    }

    @Test
    void theGroupsAndLettersAreTheOnesOfstedUses() {
        assertThat(AnnexACodes.ethnicity(Ethnicity.MWBC)).isEqualTo("b) Mixed");
        assertThat(AnnexACodes.ethnicity(Ethnicity.CHNE)).isEqualTo("e) Other ethnic group");
        assertThat(AnnexACodes.ethnicity(null)).isEqualTo("f) Not stated");
        assertThat(AnnexACodes.source("3C")).isEqualTo("d) Health services");
        assertThat(AnnexACodes.source("10")).isEqualTo("k) Unknown");
        assertThat(AnnexACodes.reasonCeased("E45")).isEqualTo("g) Special Guardianship Orders");
        assertThat(AnnexACodes.placementType("U3")).isEqualTo("a) Foster placement");
        assertThat(AnnexACodes.suitability("U2")).isEqualTo("b) Not suitable");
    }

    @Test
    void theWorkbookReadsBackWithRealDatesNumbersAndEscapedText() throws Exception {
        Path file = out.resolve("t.xlsx");
        List<Object> row = new ArrayList<>(Arrays.asList("A & <B>", null, LocalDate.of(2026, 3, 31), 12L, ""));
        new XlsxWriter().sheet("List 1", List.of("Name", "Blank", "Day", "Count", "Empty"), List.of(row))
                .sheet("List 2", List.of("Only"), List.of()).write(file);

        Map<String, List<List<String>>> workbook = AnnexAWorkbook.read(file);
        assertThat(workbook.keySet()).containsExactly("List 1", "List 2");
        assertThat(workbook.get("List 1")).containsExactly(List.of("Name", "Blank", "Day", "Count", "Empty"),
                List.of("A & <B>", "", "31/03/2026", "12"));
        assertThat(workbook.get("List 2")).containsExactly(List.of("Only"));
        assertThat(XlsxWriter.serial(LocalDate.of(1900, 3, 1))).isEqualTo(61);
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(27)).isEqualTo("AB");
        assertThat(Files.size(file)).isPositive();
    }

    private static <T> void check(List<String> problems, AnnexASchema schema, String sheet, String column, T[] values,
            Function<T, String> code) {
        List<String> codes = schema.codes(sheet, column).orElseThrow();
        for (T value : values) {
            String c = code.apply(value);
            if (c == null || !codes.contains(c)) {
                problems.add(sheet + " / " + column + ": " + value + " became '" + c + "'");
            }
        }
    }
}
