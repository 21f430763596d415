package hearth.recording;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A case note drafted (kept as the worker types), finalised, refused an edit and given an addendum; a document
 * uploaded and downloaded; a search of the record finding the note. Axe on every page.
 */
@HearthTest
class RecordingBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    RecordingSetup s;

    @BeforeEach
    void aChildWithAWorker() {
        s = new RecordingSetup(context);
    }

    @Test
    void aNoteIsDraftedKeptFinalisedAndAddedToButNeverEdited() throws Exception {
        signIn(s.worker, Fixtures.PASSWORD);
        visit("/children/" + s.child.id());
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Case notes and documents").setExact(true))).isVisible();
        follow(link("Add a case note"));
        String formPath = currentPath();

        page().locator("#noteType").selectOption(new SelectOption().setValue("HOME_VISIT"));
        page().waitForResponse(r -> r.url().contains("/api/v1/drafts") && "PUT".equals(r.request().method()),
                () -> page().locator("#body").fill("Robin showed me the pond behind the flats."));

        visit(formPath);
        assertThat(page().locator("#body")).hasValue("");
        Locator banner = page().locator("#draft-banner");
        assertThat(banner).isVisible();
        banner.getByRole(AriaRole.BUTTON).click();
        assertThat(page().locator("#body")).hasValue("Robin showed me the pond behind the flats.");
        checkAccessibility();

        follow(button("Finalise note"));
        assertThat(page().locator("main")).containsText("Case note finalised");
        assertThat(page().locator("#note-body")).hasText("Robin showed me the pond behind the flats.");
        assertThat(page().locator("textarea#body")).hasCount(0);

        page().locator("#addendumReason").fill("Forgot to say");
        page().locator("#addendumBody").fill("The pond has no fence.");
        follow(button("Add addendum"));
        assertThat(page().locator("main")).containsText("Addendum added");
        assertThat(page().locator("main")).containsText("The pond has no fence.");
        assertThat(page().locator("main")).containsText("Added by " + s.worker);

        visit("/children/" + s.child.id() + "/case-notes");
        page().locator("#q").fill("POND");
        follow(button("Search"));
        assertThat(page().locator("#results")).containsText("for \u2018POND\u2019");
        assertThat(page().locator("main mark").first()).hasText("pond");
        follow(page().locator("main ul.govuk-list a").first());
        assertThat(page().locator("#note-body")).containsText("pond");
    }

    @Test
    void aDocumentIsUploadedAndDownloaded() throws Exception {
        signIn(s.worker, Fixtures.PASSWORD);
        visit("/children/" + s.child.id() + "/documents/new");
        byte[] pdf = "%PDF-1.4\n% a small test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        page().locator("#file").setInputFiles(new FilePayload("disguised.pdf", "application/pdf",
                "MZ not a pdf at all".getBytes(StandardCharsets.US_ASCII)));
        page().locator("#documentType").selectOption(new SelectOption().setValue("COURT_DOCUMENT"));
        page().locator("input[name=documentDateDay]").fill("3");
        page().locator("input[name=documentDateMonth]").fill("2");
        page().locator("input[name=documentDateYear]").fill("2025");
        page().locator("#title").fill("Interim care order");
        follow(button("Upload document"));
        assertThat(page().locator(".govuk-error-summary")).containsText("content does not match its type");
        assertThat(page().locator("#title")).hasValue("Interim care order");

        page().locator("#file").setInputFiles(new FilePayload("order.pdf", "application/pdf", pdf));
        page().locator("#significant").check();
        follow(button("Upload document"));
        assertThat(page().locator("main")).containsText("Document uploaded");
        assertThat(page().locator("h1")).hasText("Interim care order");

        Download download = page().waitForDownload(() -> page().locator("#download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("order.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

        visit("/children/" + s.child.id() + "/chronology");
        assertThat(page().locator("main")).containsText("Interim care order");
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
