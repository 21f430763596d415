package hearth.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.platform.cli.CommandRegistry;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Annex A from {@code java -jar hearth.jar export annex-a ...} (exit codes and one-line messages) and from the returns
 * page (the year's 31 March as the as-of date, produced in the background, downloaded as an .xlsx workbook).
 */
@HearthTest
class AnnexACommandAndPageTest {

    @Autowired
    CommandRegistry commands;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return commands.run("export", List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCommandWritesTheWorkbookAndReportsEachList() throws Exception {
        Path file = folder.resolve("annex-a.xlsx");
        assertThat(run("annex-a", "--as-of", "2026-03-31", "--out", file.toString())).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Annex A as of 2026-03-31").contains("List 1: ").contains("List 11: ")
                .contains("Done: ");
        assertThat(AnnexAWorkbook.read(file)).containsKeys("List 1", "List 11");
    }

    @Test
    void badOptionsExitWithTwoAndOneClearLine() {
        assertThat(run("annex-a", "--as-of", "31/03/2026", "--out", folder.resolve("x.xlsx").toString()))
                .isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message.lines().findFirst().orElseThrow()).contains("--as-of must be a date as YYYY-MM-DD");
        assertThat(message).contains("Usage: export annex-a --as-of 2026-03-31");

        assertThat(run("annex-a", "--out", folder.resolve("x.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--as-of YYYY-MM-DD");
        assertThat(run("annex-a", "--as-of", "2026-03-31", "--colour", "red", "--out", "x.xlsx")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'--colour'");
        assertThat(folder.resolve("x.xlsx")).doesNotExist();
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("annex-a");
    }

    @Test
    void theReturnsPageProducesTheWorkbookAsOfTheDateAskedAndDownloadsIt() throws Exception {
        Fixtures fx = new Fixtures(context);
        String officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        mvc.perform(get("/returns").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ofsted Annex A")))
                .andExpect(content().string(containsString("Annex A as of")));
        String job = mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf())
                        .param("return", "annex-a").param("year", "").param("asOfDay", "31")
                        .param("asOfMonth", "3").param("asOfYear", "2026"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!page.contains("Return ready") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            page = mvc.perform(get(job).with(user(fx.signedIn(officer)))).andReturn().getResponse()
                    .getContentAsString();
        }
        assertThat(page).contains("Return ready").contains("Annex A as of 2026-03-31").contains("List 11: ")
                .contains("Download the Ofsted Annex A as of 31 March 2026 (XLSX workbook)");
        byte[] xlsx = mvc.perform(get(job + "/file").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("annex-a-2026-03-31.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        Path file = Files.write(folder.resolve("downloaded.xlsx"), xlsx);
        Map<String, List<List<String>>> workbook = AnnexAWorkbook.read(file);
        assertThat(workbook.keySet()).containsExactlyElementsOf(AnnexASchema.load().sheets());
    }

    @Test
    void theAsOfDateMustBeARealDateAndNotInTheFuture() throws Exception {
        Fixtures fx = new Fixtures(context);
        String officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1);
        mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf()).param("return", "annex-a")
                        .param("asOfDay", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("asOfMonth", String.valueOf(tomorrow.getMonthValue()))
                        .param("asOfYear", String.valueOf(tomorrow.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date Annex A runs to must be today or in the past")))
                .andExpect(content().string(containsString("href=\"#asOf\"")));
        mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf()).param("return", "annex-a")
                        .param("asOfDay", "31").param("asOfMonth", "2").param("asOfYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a real date, for example 31 3 2026")))
                .andExpect(content().string(containsString("value=\"31\"")));
        mvc.perform(post("/returns").with(user(fx.signedIn(officer))).with(csrf()).param("return", "annex-a"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date Annex A runs to")));
    }
}
