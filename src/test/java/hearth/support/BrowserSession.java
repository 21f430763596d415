package hearth.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving each test a fresh browser context and page on the shared {@link Chromium},
 * so no cookie or session crosses from one test to the next.
 *
 * <p>Every page the browser loads must be checked for accessibility before the test ends: {@link #visit}
 * and {@link #follow} check the page they land on, {@link #checkAccessibility()} checks the current one,
 * and a test that loaded a page nobody checked fails. So does a test during which a page raised a script
 * error or logged one, the content security policy blocked something, or a stylesheet, script, image or
 * font failed to load.
 *
 * <p>When a test fails, a screenshot and the page's HTML are saved under {@code target/browser-failures/}.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    static final Path FAILURES = Paths.get("target", "browser-failures");
    /** What a page needs to show properly; a failed fetch from a script may be the expected answer. */
    private static final Set<String> ASSETS = Set.of("stylesheet", "script", "image", "font", "media");

    /** A document the page loaded (not a redirect, not a jump within the page). */
    private static final class Load {
        final String url;
        boolean checked;

        Load(String url) {
            this.url = url;
        }
    }

    private final Supplier<String> baseUrl;
    private final List<Load> loads = new ArrayList<>();
    private final List<String> pageProblems = new ArrayList<>();
    private BrowserContext context;
    private Page page;

    /** @param baseUrl where the application under test answers, e.g. {@code http://localhost:8080} */
    public BrowserSession(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        loads.clear();
        pageProblems.clear();
        Browser browser = Chromium.browser(extension);
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl.get())
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setViewportSize(1280, 900));
        // generous, for a busy CI machine: waits end as soon as the page is ready, so passing tests are not slower
        context.setDefaultTimeout(15_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page = context.newPage();
        page.onResponse(response -> {
            int status = response.status();
            if (response.request().isNavigationRequest() && response.frame() == page.mainFrame()
                    && (status < 300 || status >= 400)) {
                loads.add(new Load(response.url()));
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && ASSETS.contains(response.request().resourceType())) {
                pageProblems.add(response.status() + " for " + response.request().resourceType() + " "
                        + response.url() + " on " + page.url());
            }
        });
        page.onRequestFailed(request -> {
            // a page left while it was still loading aborts its requests: not a fault of the page
            if (!"net::ERR_ABORTED".equals(request.failure())) {
                pageProblems.add(request.failure() + " for " + request.url() + " on " + page.url());
            }
        });
        page.onPageError(error -> pageProblems.add("script error on " + page.url() + ": " + error));
        page.onConsoleMessage(message -> {
            // Chromium logs here what the content security policy blocks; failed loads are judged above
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                pageProblems.add("console error on " + page.url() + ": " + message.text());
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        boolean failed = extension.getExecutionException().isPresent();
        try {
            if (failed) {
                saveForDiagnosis(extension);
            }
        } finally {
            if (context != null) {
                context.close();
            }
        }
        if (failed) {
            return;
        }
        List<String> unchecked = loads.stream().filter(l -> !l.checked).map(l -> l.url).toList();
        if (!unchecked.isEmpty()) {
            throw new AssertionError("Pages loaded but never checked for accessibility: " + unchecked
                    + ". Use visit(...) or follow(...), or call checkAccessibility() once each page has loaded.");
        }
        if (!pageProblems.isEmpty()) {
            throw new AssertionError("Problems in the browser:\n- " + String.join("\n- ", pageProblems));
        }
    }

    public Page page() {
        return page;
    }

    public String baseUrl() {
        return baseUrl.get();
    }

    /** Goes to a path of the application (or a full URL) and checks the page it lands on. */
    public Response visit(String path) {
        Response response = page.navigate(path);
        checkAccessibility();
        return response;
    }

    /** Clicks a link or a submit button, waits for the page it loads, and checks that page. */
    public void follow(Locator linkOrButton) {
        int before = loads.size();
        linkOrButton.click();
        try {
            page.waitForCondition(() -> loads.size() > before, new Page.WaitForConditionOptions().setTimeout(15_000));
        } catch (TimeoutError e) {
            throw new AssertionError("Clicking " + linkOrButton + " on " + page.url() + " loaded no new page", e);
        }
        checkAccessibility();
    }

    /** Checks the page as it is now, once it has loaded; call it again after changing the page in place. */
    public void checkAccessibility() {
        page.waitForLoadState();
        Accessibility.assertAccessible(page);
        if (!loads.isEmpty()) {
            loads.get(loads.size() - 1).checked = true;
        }
    }

    private void saveForDiagnosis(ExtensionContext extension) {
        String name = extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName();
        if (extension.getDisplayName().startsWith("[")) {
            name += "-" + extension.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_");
        }
        if (page == null) {
            return;
        }
        try {
            Files.createDirectories(FAILURES);
            Path screenshot = FAILURES.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
            Files.writeString(FAILURES.resolve(name + ".html"), page.content(), StandardCharsets.UTF_8);
            System.err.println("Browser test failed at " + page.url() + ": screenshot " + screenshot.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser's state for " + name + ": " + e);
        }
    }
}
