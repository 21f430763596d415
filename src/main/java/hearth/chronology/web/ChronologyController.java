package hearth.chronology.web;

import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.chronology.EntryCategory;
import hearth.chronology.EntryView;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The child's chronology page (full or significant events only, filtered) and its accessible PDF export. */
@Controller
class ChronologyController {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Chronology chronology;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ChronologyPdf pdf;

    ChronologyController(Chronology chronology, People people, RecordAccess access, AuditTrail audit,
            ChronologyPdf pdf) {
        this.chronology = chronology;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.pdf = pdf;
    }

    /**
     * An entry as the page shows it: its date, and the names of the siblings it is shared with (an empty name for a
     * sibling whose record the user cannot open).
     */
    record Row(EntryView entry, String date, List<String> sharedWith) {
    }

    @GetMapping("/children/{id}/chronology")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String chronology(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
        PersonSummary child = child(id, people, access);
        ChronologyQuery query = ChronologyQuery.read(params);
        audit.viewed(id, query.significantOnly() ? "chronology (significant events)" : "chronology");
        HearthUser user = CurrentUser.require();
        List<Row> rows = chronology.entriesFor(id, query.filter()).stream()
                .map(e -> new Row(e, DATE.format(e.occurredOn()), sharedWith(e, user))).toList();
        model.addAttribute("child", child);
        model.addAttribute("rows", rows);
        model.addAttribute("voided", chronology.voidedFor(id).stream()
                .map(e -> new Row(e, DATE.format(e.occurredOn()), List.of())).toList());
        model.addAttribute("query", query);
        model.addAttribute("errors", query.errors());
        model.addAttribute("categories", EntryCategory.values());
        model.addAttribute("fullLink", "/children/" + id + "/chronology" + query.queryString(false));
        model.addAttribute("significantLink", "/children/" + id + "/chronology" + query.queryString(true));
        model.addAttribute("pdfLink", "/children/" + id + "/chronology/pdf" + query.queryString(query.significantOnly()));
        model.addAttribute("canRecord", user.has(Permission.RECORD_CASE_WORK));
        model.addAttribute("canVoid", user.has(Permission.VOID_RECORD));
        return query.significantOnly() ? "chronology/significant" : "chronology/chronology";
    }

    @GetMapping("/children/{id}/chronology/pdf")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params) {
        PersonSummary child = child(id, people, access);
        ChronologyQuery query = ChronologyQuery.read(params);
        if (query.errors().any()) {
            throw new IllegalArgumentException("The chronology filters are not valid");
        }
        List<EntryView> entries = chronology.entriesFor(id, query.filter());
        byte[] document = pdf.render(child, entries, query.filter(), CurrentUser.require().displayName());
        audit.exported(id, "chronology PDF (" + entries.size() + " entries)");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("chronology-" + child.lastName().replaceAll("[^A-Za-z-]", "") + ".pdf").build()
                        .toString())
                .body(document);
    }

    private List<String> sharedWith(EntryView entry, HearthUser user) {
        if (entry.groupId() == null) {
            return List.of();
        }
        return chronology.sharedWith(entry.id()).stream().map(EntryView::childId).distinct()
                .map(c -> access.decide(user, c).allowed()
                        ? people.find(c).map(PersonSummary::fullName).orElse(null) : "")
                .filter(Objects::nonNull).toList();
    }

    /** The child, once the user may open their record; only children have a chronology. */
    static PersonSummary child(UUID id, People people, RecordAccess access) {
        PersonSummary person = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        return person;
    }
}
