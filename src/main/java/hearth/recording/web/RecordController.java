package hearth.recording.web;

import hearth.people.PersonSummary;
import hearth.recording.CaseDocuments;
import hearth.recording.CaseNotes;
import hearth.recording.RecordSearch;
import hearth.recording.RecordSearchHit;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The child's case notes and documents, and the search box over the child's whole record. */
@Controller
class RecordController {

    private final CaseNotes notes;
    private final CaseDocuments documents;
    private final RecordSearch search;
    private final RecordingPages pages;

    RecordController(CaseNotes notes, CaseDocuments documents, RecordSearch search, RecordingPages pages) {
        this.notes = notes;
        this.documents = documents;
        this.search = search;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/case-notes")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String notesAndDocuments(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        pages.viewed(id, "case notes and documents");
        model.addAttribute("child", child);
        model.addAttribute("notes", notes.notesFor(id));
        model.addAttribute("documents", documents.documentsFor(id));
        model.addAttribute("canRecord", RecordingPages.has(Permission.RECORD_CASE_WORK));
        model.addAttribute("when", RecordingFormat.INSTANCE);
        return "recording/notes";
    }

    @GetMapping("/children/{id}/record-search")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String search(@PathVariable UUID id, @RequestParam(name = "q", required = false) String words, Model model) {
        PersonSummary child = pages.child(id);
        String typed = words == null ? "" : words.strip();
        boolean tooLong = typed.length() > RecordSearch.MAX_TERMS;
        List<RecordSearchHit> hits = typed.isEmpty() || tooLong ? List.of() : search.search(id, typed);
        if (typed.isEmpty()) {
            pages.viewed(id, "record search page");
        }
        model.addAttribute("child", child);
        model.addAttribute("q", typed);
        model.addAttribute("searched", !typed.isEmpty() && !tooLong);
        model.addAttribute("tooLong", tooLong);
        model.addAttribute("hits", hits);
        model.addAttribute("when", RecordingFormat.INSTANCE);
        return "recording/search";
    }
}
