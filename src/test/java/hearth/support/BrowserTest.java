package hearth.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests that drive Hearth in a real browser (headless Chromium through Playwright), on the
 * shared application context of {@link HearthTest}. Each test gets a fresh browser context, and every
 * page it loads is checked against WCAG 2.1 AA (see {@link BrowserSession}).
 *
 * <pre>{@code
 * class ChildRecordBrowserTest extends BrowserTest {
 *     @Test
 *     void aWorkerOpensAChild() {
 *         signIn(worker, "password");
 *         visit("/children/" + child);
 *         assertThat(page().getByRole(AriaRole.HEADING)).containsText("Alex");
 *     }
 * }
 * }</pre>
 */
@HearthTest
public abstract class BrowserTest {

    @LocalServerPort
    private int port;

    @RegisterExtension
    protected final BrowserSession browser = new BrowserSession(this::baseUrl);

    /** Where the application answers, e.g. {@code http://localhost:41234}. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected Page page() {
        return browser.page();
    }

    /** Goes to a path and checks the page's accessibility. */
    protected Response visit(String path) {
        return browser.visit(path);
    }

    /** Clicks a link or button that loads a page, and checks that page's accessibility. */
    protected void follow(Locator linkOrButton) {
        browser.follow(linkOrButton);
    }

    protected void checkAccessibility() {
        browser.checkAccessibility();
    }

    /** The path of the page the browser is on, e.g. {@code /sign-in}. */
    protected String currentPath() {
        String path = URI.create(page().url()).getPath();
        return path == null ? "" : path;
    }

    /** Signs in with the sign-in form, and fails unless that worked. */
    protected void signIn(String username, String password) {
        attemptSignIn(username, password);
        if (currentPath().equals("/sign-in")) {
            Locator summary = page().locator(".govuk-error-summary");
            throw new AssertionError("Could not sign in as " + username + ": "
                    + (summary.count() > 0 ? summary.innerText() : "still on the sign-in page"));
        }
    }

    /** Fills in and sends the sign-in form (going to it unless already there), whatever the outcome. */
    protected void attemptSignIn(String username, String password) {
        if (!currentPath().equals("/sign-in")) {
            visit("/sign-in");
        }
        page().getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page().getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)));
    }
}
