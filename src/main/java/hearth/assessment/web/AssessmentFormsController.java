package hearth.assessment.web;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentStatus;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.assessment.NewVisit;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's forms: the actual start date, a visit, the factors identified, and the outcome to submit. */
@Controller
class AssessmentFormsController {

    static final int MAX_NAME = 200;
    static final int MAX_WORDS = 4000;
    static final int MAX_ANALYSIS = 8000;
    static final int MAX_REASON = 1000;

    private final Assessments assessments;
    private final AssessmentPages pages;
    private final Clock clock;

    AssessmentFormsController(Assessments assessments, AssessmentPages pages, Clock clock) {
        this.assessments = assessments;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/assessments/{id}/start")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String startForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        if (a.status() != AssessmentStatus.NOT_STARTED) {
            return notNow(id, redirect);
        }
        return startPage(model, a, Map.of(), new FormErrors());
    }

    @PostMapping("/assessments/{id}/start")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String start(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        long version = AssessmentPages.version(form);
        FormErrors errors = new FormErrors();
        LocalDate date = date(form, "start", a.referralDate(), errors);
        if (errors.any()) {
            return startPage(model, a, form, errors);
        }
        assessments.start(id, version, date);
        redirect.addFlashAttribute("flashSuccess", "assessment.flash.started");
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String visitForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        if (a.status() != AssessmentStatus.IN_PROGRESS) {
            return notNow(id, redirect);
        }
        HearthUser user = CurrentUser.require();
        return visitPage(model, a, Map.of("visitedBy", user.displayName()), new FormErrors());
    }

    @PostMapping("/assessments/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordVisit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        FormErrors errors = new FormErrors();
        LocalDate date = date(form, "visit", a.referralDate(), errors);
        String visitedBy = AssessmentPages.text(form, "visitedBy", MAX_NAME, true, errors);
        Boolean seen = AssessmentPages.yesNo(form.get("childSeen"), "childSeen", errors);
        Boolean alone = AssessmentPages.yesNo(form.get("seenAlone"), "seenAlone", errors);
        if (Boolean.FALSE.equals(seen) && Boolean.TRUE.equals(alone)) {
            errors.reject("seenAlone", "assessment.error.seenAloneNotSeen");
        }
        String wishes = AssessmentPages.text(form, "wishes", MAX_WORDS, Boolean.TRUE.equals(seen), errors);
        if (errors.any()) {
            return visitPage(model, a, form, errors);
        }
        assessments.recordVisit(id, new NewVisit(date, visitedBy, seen, alone, wishes));
        redirect.addFlashAttribute("flashSuccess", "assessment.flash.visit");
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}/factors")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String factorsForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        if (a.status() != AssessmentStatus.IN_PROGRESS) {
            return notNow(id, redirect);
        }
        return factorsPage(model, a, a.factors().stream().map(AssessmentFactor::code).toList(), new FormErrors());
    }

    @PostMapping("/assessments/{id}/factors")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordFactors(@PathVariable UUID id, @RequestParam(name = "factors", required = false) List<String> codes,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        long version = AssessmentPages.version(form);
        List<String> chosen = codes == null ? List.of() : codes;
        FormErrors errors = new FormErrors();
        List<AssessmentFactor> factors = new ArrayList<>();
        for (String code : chosen) {
            AssessmentFactor.ofCode(code).filter(f -> !f.deprecated()).ifPresentOrElse(factors::add,
                    () -> errors.reject("factors", "assessment.error.factorsUnknown"));
        }
        Set<AssessmentFactor> distinct = new LinkedHashSet<>(factors);
        if (chosen.isEmpty()) {
            errors.reject("factors", "assessment.error.factors");
        } else if (distinct.size() != factors.size()) {
            errors.reject("factors", "assessment.error.factorsDuplicate");
        } else if (distinct.contains(AssessmentFactor.NO_FACTORS) && distinct.size() > 1) {
            errors.reject("factors", "assessment.error.factorsNoneAlone");
        }
        if (errors.any()) {
            return factorsPage(model, a, chosen, errors);
        }
        assessments.recordFactors(id, version, factors);
        redirect.addFlashAttribute("flashSuccess", "assessment.flash.factors");
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}/submit")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String submitForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        if (a.status() != AssessmentStatus.IN_PROGRESS) {
            return notNow(id, redirect);
        }
        Map<String, String> form = new HashMap<>();
        if (a.outcome() != null) {
            form.put("outcome", a.outcome().name());
            form.put("analysis", a.analysis());
            form.put("delayReason", a.delayReason());
        }
        return submitPage(model, a, form, DateParts.of(a.completedOn()), new FormErrors());
    }

    @PostMapping("/assessments/{id}/submit")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String submit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        long version = AssessmentPages.version(form);
        FormErrors errors = new FormErrors();
        if (a.factors().isEmpty()) {
            errors.reject("factors", "assessment.error.factorsFirst");
        }
        AssessmentOutcome outcome = null;
        try {
            outcome = AssessmentOutcome.valueOf(form.getOrDefault("outcome", ""));
        } catch (IllegalArgumentException e) {
            errors.reject("outcome", "assessment.error.outcome");
        }
        String analysis = AssessmentPages.text(form, "analysis", MAX_ANALYSIS, true, errors);
        LocalDate completed = date(form, "completed", a.referralDate(), errors);
        if (completed != null && a.startDate() != null && completed.isBefore(a.startDate())) {
            errors.reject("completed", "assessment.error.completedBeforeStart");
        }
        boolean late = completed != null && completed.isAfter(assessments.timeliness(a).dueDate());
        String delayReason = AssessmentPages.text(form, "delayReason", MAX_REASON, late, errors);
        if (errors.any()) {
            return submitPage(model, a, form, parts(form, "completed"), errors);
        }
        assessments.submit(id, version, outcome, analysis, completed, delayReason);
        redirect.addFlashAttribute("flashSuccess", "assessment.flash.submitted");
        return "redirect:/assessments/" + id;
    }

    /** A date typed in a GOV.UK date input: real, not before the referral, not in the future. */
    private LocalDate date(Map<String, String> form, String field, LocalDate referral, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "assessment.error." + field);
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isBefore(referral)) {
            errors.reject(field, "assessment.error." + field + "BeforeReferral");
        } else if (date.isAfter(LocalDate.ofInstant(clock.instant(), Due.LONDON))) {
            errors.reject(field, "assessment.error." + field + "Future");
        }
        return date;
    }

    private static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    private String notNow(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashSuccess", "assessment.flash.notNow");
        return "redirect:/assessments/" + id;
    }

    private String startPage(Model model, AssessmentView a, Map<String, String> form, FormErrors errors) {
        pages.show(model, a, form, errors);
        model.addAttribute("start", form.isEmpty() ? DateParts.of(null) : parts(form, "start"));
        return "assessment/start";
    }

    private String visitPage(Model model, AssessmentView a, Map<String, String> form, FormErrors errors) {
        pages.show(model, a, form, errors);
        model.addAttribute("visit", parts(form, "visit"));
        return "assessment/visit";
    }

    private String factorsPage(Model model, AssessmentView a, List<String> chosen, FormErrors errors) {
        pages.show(model, a, Map.of(), errors);
        model.addAttribute("offered", AssessmentFactor.offered().stream()
                .filter(f -> f != AssessmentFactor.NO_FACTORS).toList());
        model.addAttribute("noFactors", AssessmentFactor.NO_FACTORS);
        model.addAttribute("chosen", chosen);
        return "assessment/factors";
    }

    private String submitPage(Model model, AssessmentView a, Map<String, String> form, DateParts completed,
            FormErrors errors) {
        pages.show(model, a, form, errors);
        model.addAttribute("completed", completed);
        model.addAttribute("outcomes", AssessmentOutcome.values());
        return "assessment/submit";
    }
}
