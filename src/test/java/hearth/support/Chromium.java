package hearth.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright driver and one headless Debian Chromium for the whole test run, started on first use
 * and closed when JUnit closes its root store. Playwright never downloads a browser: it drives the
 * executable named by the system property {@code hearth.chromium} (default {@code /usr/bin/chromium}).
 */
final class Chromium implements AutoCloseable {

    static final String EXECUTABLE_PROPERTY = "hearth.chromium";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        Path executable = Paths.get(System.getProperty(EXECUTABLE_PROPERTY, "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Chromium at " + executable
                    + ": install it (apt-get install chromium) or point -D" + EXECUTABLE_PROPERTY + " at it");
        }
        // set here as well as in the pom, so a test started from an IDE never downloads a browser either
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** The run's browser, launched the first time a test asks for it. */
    static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, key -> new Chromium(), Chromium.class).browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
