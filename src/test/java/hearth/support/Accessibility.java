package hearth.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Checks a page against WCAG 2.1 A and AA with axe-core, the level public services in England must meet.
 *
 * <p>A run checks each distinct page once: a page whose markup has the same shape as one already passed in this JVM
 * (same elements, attributes and classes, where text is only "some" or "none", ids and numbers are alike, and a run
 * of identically shaped siblings such as table rows counts once) passed already, so axe is not run again. Any
 * difference in shape, an error summary, one more column, a new component, is checked afresh. Set
 * {@code -Dhearth.axe.every-page=true} to check every page load regardless.
 */
public final class Accessibility {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final boolean EVERY_PAGE = Boolean.getBoolean("hearth.axe.every-page");
    private static final Set<String> PASSED_SHAPES = ConcurrentHashMap.newKeySet();
    static final AtomicInteger SCANS = new AtomicInteger();

    private Accessibility() {
    }

    /** Fails with every violation on the page as it is now: rule, impact, what to do, and where. */
    public static void assertAccessible(Page page) {
        String shape = EVERY_PAGE ? null : PageShape.of(page);
        if (shape != null && PASSED_SHAPES.contains(shape)) {
            return;
        }
        SCANS.incrementAndGet();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe could not check " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(page.url(), violations));
        }
        if (shape != null) {
            PASSED_SHAPES.add(shape);
        }
    }

    static String describe(String url, List<Rule> violations) {
        StringBuilder text = new StringBuilder()
                .append(violations.size()).append(" accessibility violation(s) (WCAG 2.1 AA) on ").append(url);
        for (Rule rule : violations) {
            text.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append("\n    ").append(rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n    at ").append(target(node.getTarget()));
                if (node.getFailureSummary() != null) {
                    text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        return text.toString();
    }

    /** axe gives a list of selectors, one per frame or shadow root on the way to the element. */
    private static String target(Object target) {
        if (target instanceof List<?> list) {
            return list.stream().map(Accessibility::target).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }
}
