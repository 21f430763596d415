package hearth.casesummary.web;

import hearth.casesummary.CaseSummaries;
import hearth.casesummary.CaseSummaryView;
import hearth.casesummary.ChildVoice;
import hearth.casesummary.ChildWords;
import hearth.casesummary.SummarySection;
import hearth.people.ChildRecordContributor;
import hearth.people.PersonSummary;
import hearth.people.RecordBadge;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.workforce.Workforce;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case summary page (recorded facts beside the worker's narrative, how fresh it is, the latest significant
 * events and what the child said), editing a section, confirming it is up to date, and its history.
 */
@Controller
class SummaryController {

    private static final int RECENT_EVENTS = 5;
    private static final int RECENT_WORDS = 3;
    private final CaseSummaries summaries;
    private final ChildVoice voice;
    private final Workforce workforce;
    private final ObjectProvider<ChildRecordContributor> contributors;
    private final SummaryPages pages;

    SummaryController(CaseSummaries summaries, ChildVoice voice, Workforce workforce,
            ObjectProvider<ChildRecordContributor> contributors, SummaryPages pages) {
        this.summaries = summaries;
        this.voice = voice;
        this.workforce = workforce;
        this.contributors = contributors;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/case-summary")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String summary(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.viewed(id, "case summary");
        CaseSummaryView summary = summaries.summaryOf(id);
        List<ChildWords> words = voice.wordsOf(id);
        model.addAttribute("child", child);
        model.addAttribute("summary", summary);
        model.addAttribute("sections", SummarySection.values());
        model.addAttribute("allocation", workforce.currentAllocation(id).orElse(null));
        model.addAttribute("involvement", involvement(id));
        model.addAttribute("events", summaries.significantEventsOf(id).stream().limit(RECENT_EVENTS).toList());
        model.addAttribute("words", words.stream().limit(RECENT_WORDS).toList());
        model.addAttribute("canEdit", SummaryPages.has(Permission.RECORD_CASE_WORK));
        model.addAttribute("when", SummaryDates.INSTANCE);
        return "casesummary/summary";
    }

    @GetMapping("/children/{id}/case-summary/sections/{section}")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String editSection(@PathVariable UUID id, @PathVariable String section, Model model) {
        PersonSummary child = pages.child(id);
        SummarySection which = section(section);
        CaseSummaryView summary = summaries.summaryOf(id);
        String text = summary.section(which);
        return sectionPage(model, child, which, Map.of("text", text == null ? "" : text,
                "version", String.valueOf(summary.version())), new FormErrors());
    }

    @PostMapping("/children/{id}/case-summary/sections/{section}")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String saveSection(@PathVariable UUID id, @PathVariable String section, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        PersonSummary child = pages.child(id);
        SummarySection which = section(section);
        FormErrors errors = new FormErrors();
        String text = errors.text(form, "text", CaseSummaries.MAX_SECTION, true, "casesummary.error",
                "casesummary.error.tooLong");
        long version = SummaryPages.version(form.get("version"));
        if (errors.any()) {
            return sectionPage(model, child, which, form, errors);
        }
        summaries.saveSection(id, version, which, text);
        redirect.addFlashAttribute("flashSuccess", "casesummary.section.saved");
        return "redirect:/children/" + id + "/case-summary";
    }

    @PostMapping("/children/{id}/case-summary/review")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String review(@PathVariable UUID id, @RequestParam(defaultValue = "") String version, Model model,
            RedirectAttributes redirect) {
        pages.child(id);
        try {
            summaries.markReviewed(id, SummaryPages.version(version));
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/children/" + id + "/case-summary";
        }
        redirect.addFlashAttribute("flashSuccess", "casesummary.review.done");
        return "redirect:/children/" + id + "/case-summary";
    }

    @GetMapping("/children/{id}/case-summary/history")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("child", pages.viewed(id, "case summary history"));
        model.addAttribute("revisions", summaries.history(id));
        model.addAttribute("when", SummaryDates.INSTANCE);
        return "casesummary/history";
    }

    private String sectionPage(Model model, PersonSummary child, SummarySection section, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("section", section);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "casesummary/section";
    }

    /** What other contexts say the child is involved with now (their record badges). */
    private List<String> involvement(UUID childId) {
        return contributors.orderedStream().flatMap(c -> c.badges(childId).stream()).map(RecordBadge::labelKey)
                .filter(k -> !k.startsWith("casesummary.")).distinct().toList();
    }

    private static SummarySection section(String value) {
        try {
            return SummarySection.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Section");
        }
    }
}
