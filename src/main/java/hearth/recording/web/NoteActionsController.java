package hearth.recording.web;

import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.recording.CaseNotes;
import hearth.recording.NoteView;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding to a finalised note (with why), and voiding a note recorded in error (with why). */
@Controller
class NoteActionsController {

    private final CaseNotes notes;
    private final RecordingPages pages;

    NoteActionsController(CaseNotes notes, RecordingPages pages) {
        this.notes = notes;
        this.pages = pages;
    }

    @PostMapping("/case-notes/{id}/addenda")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String addAddendum(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        NoteView note = find(id);
        PersonSummary child = pages.child(note.childId());
        FormErrors errors = new FormErrors();
        String reason = RecordingPages.text(form, "addendumReason", RecordingPages.MAX_REASON, true, errors);
        String body = RecordingPages.text(form, "addendumBody", hearth.recording.domain.CaseNote.MAX_BODY, true,
                errors);
        if (!note.isFinal() || note.voided()) {
            errors.reject("addendumBody", note.voided() ? "recording.note.error.voided"
                    : "recording.note.error.notFinal");
        }
        if (errors.any()) {
            return NoteViewPage.render(model, pages, child, note, form, errors);
        }
        notes.addAddendum(id, reason, body);
        redirect.addFlashAttribute("flashSuccess", "recording.addendum.saved");
        return "redirect:/case-notes/" + id + "#addenda";
    }

    @PostMapping("/case-notes/{id}/void")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String voidNote(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        NoteView note = find(id);
        PersonSummary child = pages.child(note.childId());
        boolean allowed = note.isFinal() ? RecordingPages.has(Permission.VOID_RECORD)
                : note.createdBy().equals(CurrentUser.username());
        if (!allowed) {
            throw new AccessDeniedException("Voiding this note needs the permission to void records");
        }
        FormErrors errors = new FormErrors();
        String reason = RecordingPages.text(form, "voidReason", RecordingPages.MAX_REASON, true, errors);
        if (errors.any()) {
            return NoteViewPage.render(model, pages, child, note, form, errors);
        }
        notes.voidNote(id, RecordingPages.version(form), reason);
        redirect.addFlashAttribute("flashSuccess", "recording.note.voided");
        return "redirect:/case-notes/" + id;
    }

    private NoteView find(UUID id) {
        return notes.find(id).orElseThrow(() -> new NotFoundException("Case note"));
    }
}
