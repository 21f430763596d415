package hearth.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The harness's accessibility check itself: it must fail on a page that breaks WCAG, readably. */
@HearthTest
class AccessibilityTest extends BrowserTest {

    @Test
    void aPageBreakingWcagFailsWithEachRuleItsImpactItsHelpAndWhere() {
        page().setContent("<!DOCTYPE html><html><head><title>Broken</title></head><body><main>"
                + "<h1>Broken</h1><img class=\"portrait\" src=\"data:,\"><input id=\"surname\" type=\"text\">"
                + "</main></body></html>");

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> Accessibility.assertAccessible(page()));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage())
                .contains("3 accessibility violation(s)")
                .contains("- html-has-lang (serious): <html> element must have a lang attribute")
                .contains("- image-alt (critical): Images must have alternative text")
                .contains("at img\n")
                .contains("- label (critical): Form elements must have labels")
                .contains("at #surname")
                .contains("https://dequeuniversity.com/rules/axe/");
    }

    @Test
    void aPageMeetingWcagPasses() {
        page().setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Fine</title></head><body><main>"
                + "<h1>Fine</h1><img src=\"data:,\" alt=\"\"><label for=\"surname\">Surname</label>"
                + "<input id=\"surname\" type=\"text\"></main></body></html>");

        assertThatCode(() -> Accessibility.assertAccessible(page())).doesNotThrowAnyException();
    }

    @Test
    void aPageShapedLikeOneAlreadyPassedIsNotCheckedAgainButAnyNewShapeIs() {
        page().setContent(table("Rows", "<tr><td>Alex</td><td>3</td></tr>"));
        Accessibility.assertAccessible(page());
        int scans = Accessibility.SCANS.get();

        page().setContent(table("Other rows", "<tr><td>Sam</td><td>12</td></tr><tr><td>Jo</td><td>7</td></tr>"));
        Accessibility.assertAccessible(page());
        assertThat(Accessibility.SCANS.get()).isEqualTo(scans);

        page().setContent(table("Rows", "<tr><td>Alex</td><td><a href=\"/x\">3</a></td></tr>"));
        Accessibility.assertAccessible(page());
        assertThat(Accessibility.SCANS.get()).isEqualTo(scans + 1);
    }

    @Test
    void aBrokenPageFailsEveryTimeItIsChecked() {
        String broken = "<!DOCTYPE html><html><head><title>Broken</title></head><body><main><h1>Broken</h1>"
                + "</main></body></html>";
        for (int i = 0; i < 2; i++) {
            page().setContent(broken);
            assertThat(catchThrowableOfType(AssertionError.class, () -> Accessibility.assertAccessible(page())))
                    .hasMessageContaining("html-has-lang");
        }
    }

    private static String table(String caption, String rows) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Table</title></head><body><main><h1>Table</h1>"
                + "<table><caption>" + caption + "</caption><thead><tr><th scope=\"col\">Name</th>"
                + "<th scope=\"col\">Count</th></tr></thead><tbody>" + rows + "</tbody></table></main></body></html>";
    }
}
