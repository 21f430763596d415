package hearth.recording.web;

import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.recording.CaseDocuments;
import hearth.recording.DocumentType;
import hearth.recording.DocumentView;
import hearth.recording.NewDocument;
import hearth.recording.UploadRefused;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents on a child's record: upload (checked for size and type; a refusal is a form error, never a failure),
 * the document's page, download (always as an attachment, logged), and voiding with a reason.
 */
@Controller
class DocumentController {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    private final CaseDocuments documents;
    private final RecordingPages pages;

    DocumentController(CaseDocuments documents, RecordingPages pages) {
        this.documents = documents;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/documents/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String uploadForm(@PathVariable UUID id, Model model) {
        return formPage(model, pages.child(id), Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/documents/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String upload(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        DocumentType type = RecordingPages.choice(DocumentType.class, form.get("documentType"), "documentType",
                errors);
        LocalDate date = pages.date(form, "documentDate", errors);
        String title = RecordingPages.text(form, "title", MAX_TITLE, true, errors);
        String description = RecordingPages.text(form, "description", MAX_DESCRIPTION, false, errors);
        if (file == null || file.isEmpty()) {
            errors.reject("file", "recording.document.error.file");
        } else if (file.getSize() > documents.maxSize().toBytes()) {
            errors.reject("file", "recording.document.error.tooLarge");
        }
        if (errors.any()) {
            return formPage(model, child, form, errors);
        }
        DocumentView saved;
        try {
            saved = documents.upload(new NewDocument(id, type, date, title, description,
                    "yes".equals(form.get("significant")), file.getOriginalFilename(), file.getBytes()));
        } catch (UploadRefused refused) {
            return formPage(model, child, form, errors.reject("file", refused.messageKey()));
        }
        redirect.addFlashAttribute("flashSuccess", "recording.document.uploaded");
        return "redirect:/documents/" + saved.id();
    }

    @GetMapping("/documents/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        DocumentView doc = find(id);
        return documentPage(model, pages.child(doc.childId()), doc, Map.of(), new FormErrors());
    }

    /** Always a download, never shown inline: the browser is told not to guess the type or run anything. */
    @GetMapping("/documents/{id}/download")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        DocumentView doc = find(id);
        pages.child(doc.childId());
        CaseDocuments.DocumentFile file = documents.download(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .body(file.content());
    }

    @PostMapping("/documents/{id}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidDocument(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        DocumentView doc = find(id);
        PersonSummary child = pages.child(doc.childId());
        FormErrors errors = new FormErrors();
        String reason = RecordingPages.text(form, "voidReason", RecordingPages.MAX_REASON, true, errors);
        if (errors.any()) {
            return documentPage(model, child, doc, form, errors);
        }
        documents.voidDocument(id, RecordingPages.version(form), reason);
        redirect.addFlashAttribute("flashSuccess", "recording.document.voided");
        return "redirect:/documents/" + id;
    }

    private DocumentView find(UUID id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("Document"));
    }

    private String formPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        pages.viewed(child.id(), "upload a document");
        model.addAttribute("child", child);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("form", form);
        model.addAttribute("documentDate", RecordingPages.parts(form, "documentDate"));
        model.addAttribute("maxSize", RecordingFormat.INSTANCE.size(documents.maxSize().toBytes()));
        model.addAttribute("errors", errors);
        return "recording/document-form";
    }

    private String documentPage(Model model, PersonSummary child, DocumentView doc, Map<String, String> form,
            FormErrors errors) {
        pages.viewed(child.id(), "document");
        model.addAttribute("child", child);
        model.addAttribute("doc", doc);
        model.addAttribute("canVoid", !doc.voided() && RecordingPages.has(Permission.VOID_RECORD));
        model.addAttribute("when", RecordingFormat.INSTANCE);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recording/document";
    }
}
