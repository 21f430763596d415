package hearth.returns.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.platform.cli.CommandRegistry;
import hearth.returns.ReferenceData;
import hearth.support.HearthTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code import ofsted-providers} and {@code import postcodes}: a good file replaces the list held, a bad one loads
 * nothing and says which line is wrong, and the SSDA903 check reads what is loaded (and says what it skipped).
 */
@HearthTest
class ImportCommandTest {

    static final String PROVIDERS = "URN,Provider type,Setting name,Local authority,Placement code,"
            + "Placement provider code,Registration date,Deregistration date,Places,Setting address postcode\n"
            + "SC100001,Children's Home,\"Elm House, Reading\",Reading,K2,PR1/PR2,01/01/2010,,4,RG1 2LU\n"
            + "SC100002,Children's Home,Oak Lodge,Oxfordshire,K2,PR3,2012-01-01,30/06/2025,6,OX1 1AA\n";

    static final String POSTCODES = "pcd,pcds,laua,utla,oseast1m,osnrth1m,lat,long\n"
            + "RG1 2LU,RG1 2LU,E06000038,,471000,173000,51.454,-0.973\n"
            + "RG2 7AA,RG2 7AA,E06000038,,472000,170000,51.427,-0.959\n"
            + "OX1 1AA,OX1 1AA,E07000178,E10000025,451000,206000,51.752,-1.258\n";

    @Autowired
    CommandRegistry commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferenceData lists;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void emptyTheListsForTheOtherTests() {
        jdbc.sql("delete from ofsted_provider").update();
        jdbc.sql("delete from ons_postcode").update();
    }

    @Test
    void aGoodFileIsLoadedAndAnotherReplacesIt() throws Exception {
        assertThat(run("import", "ofsted-providers", file("providers.csv", PROVIDERS))).isZero();
        assertThat(out()).contains("Loaded 2 Ofsted providers from providers.csv");
        assertThat(jdbc.sql("select provider_codes from ofsted_provider where urn = 'SC100001'").query(String.class)
                .single()).isEqualTo("PR1,PR2");
        assertThat(jdbc.sql("select postcode from ofsted_provider where urn = 'SC100002'").query(String.class)
                .single()).isEqualTo("OX11AA");

        String header = PROVIDERS.substring(0, PROVIDERS.indexOf('\n') + 1);
        assertThat(run("import", "ofsted-providers", file("newer.csv", header
                + "SC100003,Children's Home,Ash,Reading,K2,PR1,01/01/2020,,2,RG2 7AA\n"))).isZero();
        assertThat(jdbc.sql("select urn from ofsted_provider").query(String.class).list())
                .containsExactly("SC100003");

        assertThat(run("import", "postcodes", file("onspd.csv", POSTCODES))).isZero();
        assertThat(out()).contains("Loaded 3 postcodes from onspd.csv");
        assertThat(jdbc.sql("select utla from ons_postcode where postcode = 'OX11AA'").query(String.class)
                .single()).isEqualTo("E10000025");
    }

    @Test
    void aBadRowLoadsNothingAndSaysWhere() throws Exception {
        run("import", "ofsted-providers", file("providers.csv", PROVIDERS));
        String bad = PROVIDERS + "SC100009,Children's Home,Yew,Reading,K2,PR1,31/02/2020,,2,RG2 7AA\n";
        assertThat(run("import", "ofsted-providers", file("bad.csv", bad))).isEqualTo(1);
        assertThat(err()).contains("bad.csv line 4: the registration date '31/02/2020' is not a date")
                .contains("Nothing was loaded").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from ofsted_provider").query(Long.class).single()).isEqualTo(2L);

        assertThat(run("import", "postcodes", file("nopc.csv", "pcds,laua\nRG1 2LU,E06000038\n"))).isEqualTo(1);
        assertThat(err()).contains("nopc.csv has no easting column (looked for oseast1m");
        assertThat(run("import", "postcodes", file("dup.csv", POSTCODES + "RG12LU,RG1 2LU,E06000038,,1,1,,\n")))
                .isEqualTo(1);
        assertThat(err()).contains("dup.csv line 5: postcode RG1 2LU appears twice.");
        assertThat(jdbc.sql("select count(*) from ons_postcode").query(Long.class).single()).isZero();

        assertThat(run("import", "ofsted-providers", folder.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("Cannot read");
        assertThat(run("import", "lists", "x.csv")).isEqualTo(2);
        assertThat(err()).contains("Unknown list 'lists'");
    }

    @Test
    void theSsdaCheckReadsTheListsLoadedAndSaysWhichRulesItSkipped() throws Exception {
        Path ret = Files.createDirectory(folder.resolve("ssda903"));
        Files.writeString(ret.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
                + "C1,1,01/02/2010,WBRI,UN5,0,\n");
        Files.writeString(ret.resolve("episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                + "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                + "C1,01/05/2025,S,C2,N1,K2,PR1,01/06/2025,E13,,RG1 2LU,RG2 7AA,SC999999\n");

        run("validate", "ssda903", ret.toString(), "--year", "2026");
        assertThat(out()).doesNotContain("\t1008\t")
                .contains("Not checked without last year's return (--last FOLDER): 202,")
                .contains("Not checked, the Ofsted provider list is not loaded (import ofsted-providers FILE.csv):"
                        + " 219, 221, 224, 227, 228, 229, 1008.")
                .contains("Not checked, the ONS postcode directory is not loaded (import postcodes FILE.csv): 164,");

        run("import", "ofsted-providers", file("providers.csv", PROVIDERS));
        run("import", "postcodes", file("onspd.csv", POSTCODES));
        out.reset();
        run("validate", "ssda903", ret.toString(), "--year", "2026");
        assertThat(out()).contains("C1\t1008\terror\tOfsted Unique Reference Number (URN) is not valid.\tURN")
                .doesNotContain("Not checked, the");
    }

    @Test
    void listsLoadedFromAProgramReplaceThoseHeldAndABadEntryLoadsNothing() {
        ReferenceData.Provider home = new ReferenceData.Provider("sc100001", "Children's home", "Reading",
                Set.of("K2"), Set.of("PR4"), LocalDate.of(2015, 3, 1), null, 4, "rg1 2lu");
        assertThat(lists.replaceProviders(List.of(home), "test lists")).isOne();
        assertThat(jdbc.sql("select urn || ' ' || place_codes || ' ' || provider_codes || ' ' || postcode"
                + " from ofsted_provider").query(String.class).list()).containsExactly("SC100001 K2 PR4 RG12LU");

        ReferenceData.Postcode reading = new ReferenceData.Postcode("RG1 2LU", "E06000038", null, 471000, 173000,
                null, null);
        assertThat(lists.replacePostcodes(List.of(reading), "test lists")).isOne();
        assertThatThrownBy(() -> lists.replacePostcodes(List.of(reading, reading), "test lists"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test lists, postcode 2: postcode RG1 2LU appears twice.");
        assertThatThrownBy(() -> lists.replaceProviders(List.of(home, new ReferenceData.Provider("SC100002", null,
                null, Set.of("K2"), Set.of("PR4"), null, null, null, "not a postcode")), "test lists"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test lists, provider 2: 'not a postcode' is not a postcode.");
        assertThat(jdbc.sql("select count(*) from ofsted_provider").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select pcds from ons_postcode").query(String.class).list()).containsExactly("RG1 2LU");
    }

    private String file(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text).toString();
    }

    private int run(String command, String... args) {
        return commands.run(command, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
