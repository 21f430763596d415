package hearth.recording.web;

import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.recording.NoteView;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.util.Map;
import org.springframework.ui.Model;

/** The page of a case note as recorded: its details, its addenda in order, and what the user may do next. */
final class NoteViewPage {

    private NoteViewPage() {
    }

    static String render(Model model, RecordingPages pages, PersonSummary child, NoteView note,
            Map<String, String> form, FormErrors errors) {
        pages.viewed(child.id(), "case note");
        boolean recorder = RecordingPages.has(Permission.RECORD_CASE_WORK);
        boolean mine = note.createdBy().equals(CurrentUser.username());
        model.addAttribute("child", child);
        model.addAttribute("note", note);
        model.addAttribute("canAdd", recorder && note.isFinal() && !note.voided());
        model.addAttribute("canVoid", !note.voided() && (note.isFinal()
                ? RecordingPages.has(Permission.VOID_RECORD) : recorder && mine));
        model.addAttribute("when", RecordingFormat.INSTANCE);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recording/note";
    }
}
