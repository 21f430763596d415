package hearth.inspection.web;

import hearth.audit.AuditTrail;
import hearth.platform.web.NotFoundException;
import hearth.returns.ReturnExport;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Annex A workbook as of today, straight from the readiness page: what an inspection team asks for on the first
 * morning, for anyone who may see performance (leaders, inspectors), without running the returns page. Each download
 * is recorded in the audit trail.
 */
@Controller
class AnnexADownloadController {

    static final String ANNEX_A = "annex-a";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final List<ReturnExport> exports;
    private final AuditTrail audit;
    private final Clock clock;

    AnnexADownloadController(List<ReturnExport> exports, AuditTrail audit, Clock clock) {
        this.exports = exports;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/inspection-readiness/annex-a.xlsx")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    ResponseEntity<byte[]> annexA() throws IOException {
        ReturnExport annexA = exports.stream().filter(e -> e.name().equals(ANNEX_A)).findFirst()
                .orElseThrow(() -> new NotFoundException("Annex A"));
        LocalDate today = LocalDate.now(clock);
        Path file = Files.createTempFile("annex-a-", ".xlsx");
        try {
            ReturnExport.Written written = annexA.write(List.of("--as-of", today.toString()), file, line -> { });
            byte[] bytes = Files.readAllBytes(file);
            audit.exported(null, "Annex A as of " + today + " from inspection readiness (" + written.children()
                    + " children)");
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("annex-a-" + today + ".xlsx").build().toString())
                    .body(bytes);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
