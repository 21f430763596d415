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
}
