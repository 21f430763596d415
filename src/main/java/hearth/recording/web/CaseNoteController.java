package hearth.recording.web;

import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.recording.CaseNotes;
import hearth.recording.NewNote;
import hearth.recording.NoteType;
import hearth.recording.NoteView;
import hearth.recording.domain.CaseNote;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import hearth.workspace.Drafts;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing case notes: a new note (kept as a draft on the server as the worker types), saving it as a draft or
 * finalising it; a finalised note is shown, never edited, and can be added to with a reason.
 */
@Controller
class CaseNoteController {

    private final CaseNotes notes;
    private final RecordingPages pages;
    private final Drafts drafts;

    CaseNoteController(CaseNotes notes, RecordingPages pages, Drafts drafts) {
        this.notes = notes;
        this.pages = pages;
        this.drafts = drafts;
    }

    static String newKey(UUID childId) {
        return "case-note-new-" + childId;
    }

    static String draftKey(UUID noteId) {
        return "case-note-" + noteId;
    }

    @GetMapping("/children/{id}/case-notes/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newNote(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        Map<String, String> form = new HashMap<>();
        form.put("occurredTime", pages.timeNow());
        DateParts today = DateParts.of(pages.today());
        form.put("occurredDay", today.day());
        form.put("occurredMonth", today.month());
        form.put("occurredYear", today.year());
        return formPage(model, child, null, form, List.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/case-notes/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String create(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "alert", required = false) List<String> alert, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        NewNote note = read(id, form, alert, errors);
        if (errors.any()) {
            return formPage(model, child, null, form, alert, errors);
        }
        NoteView saved = "finalise".equals(form.get("action")) ? notes.record(note) : notes.draft(note);
        drafts.discard(CurrentUser.username(), newKey(id));
        redirect.addFlashAttribute("flashSuccess", saved.isFinal() ? "recording.note.finalised"
                : "recording.note.draftSaved");
        return "redirect:/case-notes/" + saved.id();
    }

    @GetMapping("/case-notes/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        NoteView note = find(id);
        PersonSummary child = pages.child(note.childId());
        if (note.isDraft() && !note.voided() && note.createdBy().equals(CurrentUser.username())
                && RecordingPages.has(Permission.RECORD_CASE_WORK)) {
            return formPage(model, child, note, formOf(note), note.alertUsers(), new FormErrors());
        }
        return NoteViewPage.render(model, pages, child, note, Map.of(), new FormErrors());
    }

    @PostMapping("/case-notes/{id}")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String edit(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "alert", required = false) List<String> alert, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        NoteView note = find(id);
        PersonSummary child = pages.child(note.childId());
        if (note.isFinal() || note.voided() || !note.createdBy().equals(CurrentUser.username())) {
            FormErrors refused = new FormErrors().reject("body", note.voided() ? "recording.note.error.voided"
                    : note.isFinal() ? "recording.note.error.finalised" : "recording.note.error.notYours");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return NoteViewPage.render(model, pages, child, note, Map.of(), refused);
        }
        FormErrors errors = new FormErrors();
        NewNote changed = read(note.childId(), form, alert, errors);
        long version = RecordingPages.version(form);
        if (errors.any()) {
            return formPage(model, child, note, form, alert, errors);
        }
        NoteView saved = notes.edit(id, version, changed);
        if ("finalise".equals(form.get("action"))) {
            saved = notes.finalise(id, saved.version());
        }
        drafts.discard(CurrentUser.username(), draftKey(id));
        redirect.addFlashAttribute("flashSuccess", saved.isFinal() ? "recording.note.finalised"
                : "recording.note.draftSaved");
        return "redirect:/case-notes/" + id;
    }

    private NewNote read(UUID childId, Map<String, String> form, List<String> alert, FormErrors errors) {
        NoteType type = RecordingPages.choice(NoteType.class, form.get("noteType"), "noteType", errors);
        Instant at = pages.moment(form, "occurred", errors);
        String body = RecordingPages.text(form, "body", CaseNote.MAX_BODY, true, errors);
        List<String> known = pages.alertable().stream().map(RecordingPages.Person::username).toList();
        List<String> alerts = alert == null ? List.of() : alert.stream().filter(known::contains).distinct().toList();
        return new NewNote(childId, type, at, "yes".equals(form.get("significant")), body, alerts);
    }

    private static Map<String, String> formOf(NoteView note) {
        Map<String, String> form = new HashMap<>();
        var at = note.occurredAt().atZone(Due.LONDON);
        form.put("noteType", note.type().name());
        form.put("occurredDay", String.valueOf(at.getDayOfMonth()));
        form.put("occurredMonth", String.valueOf(at.getMonthValue()));
        form.put("occurredYear", String.valueOf(at.getYear()));
        form.put("occurredTime", at.toLocalTime().format(RecordingPages.TIME));
        form.put("significant", note.significant() ? "yes" : "");
        form.put("body", note.body());
        form.put("version", String.valueOf(note.version()));
        return form;
    }

    private NoteView find(UUID id) {
        return notes.find(id).orElseThrow(() -> new NotFoundException("Case note"));
    }

    private String formPage(Model model, PersonSummary child, NoteView note, Map<String, String> form,
            List<String> alert, FormErrors errors) {
        pages.viewed(child.id(), note == null ? "new case note" : "draft case note");
        model.addAttribute("child", child);
        model.addAttribute("note", note);
        model.addAttribute("draftKey", note == null ? newKey(child.id()) : draftKey(note.id()));
        model.addAttribute("action", note == null ? "/children/" + child.id() + "/case-notes/new"
                : "/case-notes/" + note.id());
        model.addAttribute("types", NoteType.values());
        model.addAttribute("people", pages.alertable());
        model.addAttribute("alerted", alert == null ? List.of() : alert);
        model.addAttribute("form", form);
        model.addAttribute("occurred", RecordingPages.parts(form, "occurred"));
        model.addAttribute("errors", errors);
        return "recording/note-form";
    }
}
