package hearth.chronology.web;

import hearth.chronology.Chronology;
import hearth.chronology.EntryCategory;
import hearth.chronology.EntryView;
import hearth.chronology.NewEntry;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.shared.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workers' changes to a chronology: add an entry, mark one significant, analyse a significant one, void one. */
@Controller
class EntryController {

    static final int MAX_SUMMARY = 4000;
    static final int MAX_SOURCE = 200;
    static final int MAX_ANALYSIS = 4000;
    static final int MAX_VOID_REASON = 1000;

    private final Chronology chronology;
    private final People people;
    private final RecordAccess access;
    private final Clock clock;

    EntryController(Chronology chronology, People people, RecordAccess access, Clock clock) {
        this.chronology = chronology;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/chronology/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newEntry(@PathVariable UUID id, Model model) {
        return entryForm(model, ChronologyController.child(id, people, access), Map.of(), List.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/chronology/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String addEntry(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "siblings", required = false) List<String> chosenSiblings, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = ChronologyController.child(id, people, access);
        List<String> chosen = chosenSiblings == null ? List.of() : chosenSiblings;
        FormErrors errors = new FormErrors();
        DateParts parts = new DateParts(form.get("occurredDay"), form.get("occurredMonth"), form.get("occurredYear"));
        LocalDate occurred = null;
        if (parts.problem() != null) {
            errors.reject("occurred", "chronology.error.occurred");
        } else if (parts.toDate().isAfter(LocalDate.now(clock.withZone(hearth.timescales.Due.LONDON)))) {
            errors.reject("occurred", "chronology.error.occurredFuture");
        } else {
            occurred = parts.toDate();
        }
        EntryCategory category = null;
        try {
            category = EntryCategory.valueOf(form.getOrDefault("category", ""));
        } catch (IllegalArgumentException e) {
            errors.reject("category", "chronology.error.category");
        }
        String summary = errors.text(form, "summary", MAX_SUMMARY, true, "chronology.error", "chronology.error.tooLong");
        String source = errors.text(form, "source", MAX_SOURCE, true, "chronology.error", "chronology.error.tooLong");
        String significant = form.getOrDefault("significant", "");
        if (!significant.equals("yes") && !significant.equals("no")) {
            errors.reject("significant", "chronology.error.significant");
        }
        Set<UUID> known = Set.copyOf(reachableSiblings(id).stream().map(PersonSummary::id).toList());
        List<UUID> siblings = chosen.stream().map(Ids::parseOrNull).filter(Objects::nonNull).filter(known::contains)
                .distinct().toList();
        if (siblings.size() != chosen.stream().distinct().count()) {
            errors.reject("siblings", "chronology.error.siblings");
        }
        if (errors.any()) {
            return entryForm(model, child, form, chosen, errors);
        }
        siblings.forEach(access::require);
        chronology.add(new NewEntry(id, occurred, category, summary, source, significant.equals("yes")), siblings);
        redirect.addFlashAttribute("flashSuccess", siblings.isEmpty() ? "chronology.new.done" : "chronology.new.doneShared");
        return "redirect:/children/" + id + "/chronology";
    }

    @PostMapping("/chronology-entries/{id}/significance")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String significance(@PathVariable UUID id, @RequestParam(defaultValue = "") String significant,
            @RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "all") String view,
            RedirectAttributes redirect) {
        EntryView entry = entry(id);
        if (!significant.equals("yes") && !significant.equals("no")) {
            throw new IllegalArgumentException("Significant must be yes or no");
        }
        boolean mark = significant.equals("yes");
        chronology.markSignificant(id, version(version), mark);
        redirect.addFlashAttribute("flashSuccess", mark ? "chronology.significance.done" : "chronology.significance.undone");
        return "redirect:/children/" + entry.childId() + "/chronology"
                + (view.equals("significant") ? "?view=significant" : "") + "#entry-" + id;
    }

    @GetMapping("/chronology-entries/{id}/analysis")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String analysisForm(@PathVariable UUID id, Model model) {
        EntryView entry = entry(id);
        return analysisPage(model, entry, Map.of("analysis", entry.analysis() == null ? "" : entry.analysis(),
                "version", String.valueOf(entry.version())), new FormErrors());
    }

    @PostMapping("/chronology-entries/{id}/analysis")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordAnalysis(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EntryView entry = entry(id);
        FormErrors errors = new FormErrors();
        String analysis = errors.text(form, "analysis", MAX_ANALYSIS, true, "chronology.error", "chronology.error.tooLong");
        long version = version(form.getOrDefault("version", ""));
        if (errors.any()) {
            return analysisPage(model, entry, form, errors);
        }
        chronology.recordAnalysis(id, version, analysis);
        redirect.addFlashAttribute("flashSuccess", "chronology.analysis.done");
        return "redirect:/children/" + entry.childId() + "/chronology?view=significant#entry-" + id;
    }

    @GetMapping("/chronology-entries/{id}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidForm(@PathVariable UUID id, Model model) {
        EntryView entry = entry(id);
        return voidPage(model, entry, Map.of("version", String.valueOf(entry.version())), new FormErrors());
    }

    @PostMapping("/chronology-entries/{id}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidEntry(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EntryView entry = entry(id);
        FormErrors errors = new FormErrors();
        String reason = errors.text(form, "voidReason", MAX_VOID_REASON, true, "chronology.error",
                "chronology.error.tooLong");
        long version = version(form.getOrDefault("version", ""));
        if (errors.any()) {
            return voidPage(model, entry, form, errors);
        }
        chronology.voidEntry(id, version, reason);
        redirect.addFlashAttribute("flashSuccess", "chronology.void.done");
        return "redirect:/children/" + entry.childId() + "/chronology";
    }

    private String entryForm(Model model, PersonSummary child, Map<String, String> form, List<String> chosen,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("occurred", new DateParts(form.getOrDefault("occurredDay", ""),
                form.getOrDefault("occurredMonth", ""), form.getOrDefault("occurredYear", "")));
        model.addAttribute("categories", EntryCategory.values());
        model.addAttribute("siblings", reachableSiblings(child.id()));
        model.addAttribute("chosenSiblings", chosen);
        return "chronology/new-entry";
    }

    private String analysisPage(Model model, EntryView entry, Map<String, String> form, FormErrors errors) {
        if (!entry.significant()) {
            throw new IllegalStateException("Only a significant event has an analysis");
        }
        return entryPage(model, entry, form, errors, "chronology/analysis");
    }

    private String voidPage(Model model, EntryView entry, Map<String, String> form, FormErrors errors) {
        return entryPage(model, entry, form, errors, "chronology/void");
    }

    private String entryPage(Model model, EntryView entry, Map<String, String> form, FormErrors errors, String view) {
        if (entry.voided()) {
            throw new IllegalStateException("The entry is voided");
        }
        model.addAttribute("child", people.find(entry.childId()).orElseThrow(() -> new NotFoundException("Child")));
        model.addAttribute("entry", entry);
        model.addAttribute("date", ChronologyController.DATE.format(entry.occurredOn()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    private List<PersonSummary> reachableSiblings(UUID childId) {
        var user = CurrentUser.require();
        return people.find(people.siblingsOf(childId)).stream()
                .filter(p -> access.decide(user, p.id()).allowed()).toList();
    }

    /** The entry, once the user may open the child's record. */
    private EntryView entry(UUID id) {
        EntryView entry = chronology.find(id).orElseThrow(() -> new NotFoundException("Chronology entry"));
        access.require(entry.childId());
        return entry;
    }

    private static long version(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }
}
