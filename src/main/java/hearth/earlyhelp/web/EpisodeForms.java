package hearth.earlyhelp.web;

import hearth.earlyhelp.ClosureOutcome;
import hearth.earlyhelp.EarlyHelp;
import hearth.earlyhelp.EpisodeView;
import hearth.earlyhelp.FamilyAssessment;
import hearth.earlyhelp.LeadProfessional;
import hearth.frontdoor.Consent;
import hearth.frontdoor.RiskRating;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import hearth.workforce.TeamKind;
import hearth.workforce.TeamView;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forms changing an episode: lead professional, family help assessment, service start, step-up and closure. */
@Controller
class EpisodeForms {

    private final EarlyHelp earlyHelp;
    private final EpisodeAccess episodes;
    private final Workforce workforce;
    private final Clock clock;

    EpisodeForms(EarlyHelp earlyHelp, EpisodeAccess episodes, Workforce workforce, Clock clock) {
        this.earlyHelp = earlyHelp;
        this.episodes = episodes;
        this.workforce = workforce;
        this.clock = clock;
    }

    // ---- lead professional

    @GetMapping("/early-help/{id}/lead-professional")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String lead(@PathVariable UUID id, Model model) {
        EpisodeView episode = episodes.activeEpisode(id);
        Map<String, String> form = new HashMap<>();
        LeadProfessional lead = episode.lead();
        if (lead != null) {
            form.put("leadKind", lead.isWorker() ? "WORKER" : "PARTNER");
            form.put("worker", lead.isWorker() ? lead.workerUsername() : "");
            if (!lead.isWorker()) {
                form.put("partnerName", lead.name());
                form.put("partnerAgency", lead.agency());
                form.put("partnerRole", lead.role());
            }
            form.put("leadContact", lead.contact() == null ? "" : lead.contact());
        }
        FormPage.putDate(form, "leadFrom", episode.leadFrom() != null ? episode.leadFrom() : today());
        return leadForm(model, episode, form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/lead-professional")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String setLead(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        long version = FormPage.version(form);
        FormErrors errors = new FormErrors();
        String kind = form.getOrDefault("leadKind", "");
        LeadProfessional lead = null;
        if (kind.equals("WORKER")) {
            String username = form.getOrDefault("worker", "");
            if (!workerOptions().containsKey(username)) {
                errors.reject("worker", "earlyhelp.error.worker");
            }
            String contact = FormPage.text(form, "leadContact", FormPage.SHORT, false, errors);
            lead = LeadProfessional.worker(username, contact);
        } else if (kind.equals("PARTNER")) {
            String name = FormPage.text(form, "partnerName", FormPage.SHORT, true, errors);
            String agency = FormPage.text(form, "partnerAgency", FormPage.SHORT, true, errors);
            String role = FormPage.text(form, "partnerRole", FormPage.SHORT, true, errors);
            String contact = FormPage.text(form, "leadContact", FormPage.SHORT, true, errors);
            lead = LeadProfessional.partner(name, agency, role, contact);
        } else {
            errors.reject("leadKind", "earlyhelp.error.leadKind");
        }
        LocalDate from = FormPage.date(form, "leadFrom", true, clock, errors);
        if (errors.any()) {
            return leadForm(model, episode, form, errors);
        }
        earlyHelp.setLeadProfessional(id, version, lead, from);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.lead.saved");
        return "redirect:/early-help/" + id;
    }

    private String leadForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        List<Field.Option> workers = workerOptions().entrySet().stream()
                .map(e -> new Field.Option(e.getKey(), null, e.getValue())).toList();
        List<Field> fields = List.of(
                Field.radios("leadKind", true, List.of(new Field.Option("WORKER", "earlyhelp.lead.WORKER", null),
                        new Field.Option("PARTNER", "earlyhelp.lead.PARTNER", null))),
                Field.heading("workerHeading"), Field.select("worker", true, workers),
                Field.heading("partnerHeading"), Field.text("partnerName", false), Field.text("partnerAgency", true),
                Field.text("partnerRole", true), Field.heading("bothHeading"), Field.text("leadContact", true),
                Field.date("leadFrom", true));
        return FormPage.render(model, "earlyhelp.lead.title", caption(episode), back(episode),
                "/early-help/" + episode.id() + "/lead-professional", fields, form, errors, episode.version(),
                "earlyhelp.save", null);
    }

    /** Workers in early help teams and in the user's own team, by name: username to "name, job title". */
    private Map<String, String> workerOptions() {
        Optional<UUID> ownTeam = workforce.teamOf(CurrentUser.username()).map(TeamView::id);
        List<WorkerView> workers = new ArrayList<>();
        for (TeamView team : workforce.teams()) {
            if (team.kind() == TeamKind.EARLY_HELP || ownTeam.filter(team.id()::equals).isPresent()) {
                workers.addAll(workforce.workersIn(team.id()));
            }
        }
        workers.sort(Comparator.comparing(WorkerView::displayName));
        Map<String, String> options = new LinkedHashMap<>();
        workers.forEach(w -> options.putIfAbsent(w.username(), w.displayName() + ", " + w.jobTitle()));
        return options;
    }

    // ---- family help assessment

    @GetMapping("/early-help/{id}/assessment")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String assessment(@PathVariable UUID id, Model model) {
        EpisodeView episode = episodes.activeEpisode(id);
        Map<String, String> form = new HashMap<>();
        FamilyAssessment a = episode.assessment();
        if (a != null) {
            FormPage.putDate(form, "assessmentStarted", a.startedOn());
            FormPage.putDate(form, "assessmentCompleted", a.completedOn());
            form.put("completedBy", a.completedBy() == null ? "" : a.completedBy());
            form.put("summary", a.summary() == null ? "" : a.summary());
        }
        return assessmentForm(model, episode, form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/assessment")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordAssessment(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        long version = FormPage.version(form);
        FormErrors errors = new FormErrors();
        LocalDate started = FormPage.date(form, "assessmentStarted", true, clock, errors);
        LocalDate completed = FormPage.date(form, "assessmentCompleted", false, clock, errors);
        boolean done = completed != null;
        String by = FormPage.text(form, "completedBy", FormPage.SHORT, done, errors);
        String summary = FormPage.text(form, "summary", FormPage.LONG, done, errors);
        if (started != null && completed != null && completed.isBefore(started)) {
            errors.reject("assessmentCompleted", "earlyhelp.error.completedBeforeStart");
        }
        if (errors.any()) {
            return assessmentForm(model, episode, form, errors);
        }
        earlyHelp.recordAssessment(id, version, new FamilyAssessment(started, completed, by, summary));
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.assessment.saved");
        return "redirect:/early-help/" + id;
    }

    private String assessmentForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        return FormPage.render(model, "earlyhelp.assessment.title", caption(episode), back(episode),
                "/early-help/" + episode.id() + "/assessment",
                List.of(Field.date("assessmentStarted", true), Field.date("assessmentCompleted", true),
                        Field.text("completedBy", true), Field.textarea("summary", true)),
                form, errors, episode.version(), "earlyhelp.save", null);
    }

    // ---- service starts

    @GetMapping("/early-help/{id}/start-service")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String startService(@PathVariable UUID id, Model model) {
        EpisodeView episode = episodes.activeEpisode(id);
        Map<String, String> form = new HashMap<>();
        FormPage.putDate(form, "serviceStarted", today());
        return serviceForm(model, episode, form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/start-service")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String serviceStarted(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        long version = FormPage.version(form);
        FormErrors errors = new FormErrors();
        LocalDate on = FormPage.date(form, "serviceStarted", true, clock, errors);
        if (on != null && on.isBefore(episode.startedOn())) {
            errors.reject("serviceStarted", "earlyhelp.error.beforeEpisode");
        }
        if (errors.any()) {
            return serviceForm(model, episode, form, errors);
        }
        earlyHelp.startService(id, version, on);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.service.started");
        return "redirect:/early-help/" + id;
    }

    private String serviceForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        return FormPage.render(model, "earlyhelp.service.title", caption(episode), back(episode),
                "/early-help/" + episode.id() + "/start-service", List.of(Field.date("serviceStarted", true)),
                form, errors, episode.version(), "earlyhelp.service.save", "earlyhelp.service.intro");
    }

    // ---- step up

    @GetMapping("/early-help/{id}/step-up")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String stepUp(@PathVariable UUID id, Model model) {
        EpisodeView episode = episodes.activeEpisode(id);
        return stepUpForm(model, episode, Map.of(), new FormErrors());
    }

    @PostMapping("/early-help/{id}/step-up")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String steppedUp(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        long version = FormPage.version(form);
        FormErrors errors = new FormErrors();
        String reason = FormPage.text(form, "stepUpReason", FormPage.LONG, true, errors);
        Consent consent = FormPage.choice(Consent.class, form, "consent", errors);
        RiskRating risk = FormPage.choice(RiskRating.class, form, "risk", errors);
        if (errors.any()) {
            return stepUpForm(model, episode, form, errors);
        }
        UUID contactId = earlyHelp.stepUp(id, version, reason, consent, risk);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.stepUp.done");
        redirect.addFlashAttribute("contactId", contactId);
        return "redirect:/early-help/" + id;
    }

    private String stepUpForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        return FormPage.render(model, "earlyhelp.stepUp.title", caption(episode), back(episode),
                "/early-help/" + episode.id() + "/step-up",
                List.of(Field.textarea("stepUpReason", true), Field.radios("consent", true, Consent.class,
                        "earlyhelp.consent."), Field.radios("risk", true, RiskRating.class, "earlyhelp.risk.")),
                form, errors, episode.version(), "earlyhelp.stepUp.save", "earlyhelp.stepUp.intro");
    }

    // ---- close

    @GetMapping("/early-help/{id}/close")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String close(@PathVariable UUID id, Model model) {
        EpisodeView episode = episodes.activeEpisode(id);
        Map<String, String> form = new HashMap<>();
        FormPage.putDate(form, "closedOn", today());
        return closeForm(model, episode, form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/close")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String closed(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        long version = FormPage.version(form);
        FormErrors errors = new FormErrors();
        LocalDate on = FormPage.date(form, "closedOn", true, clock, errors);
        if (on != null && on.isBefore(episode.startedOn())) {
            errors.reject("closedOn", "earlyhelp.error.beforeEpisode");
        }
        ClosureOutcome outcome = FormPage.choice(ClosureOutcome.class, form, "closureOutcome", errors);
        String note = FormPage.text(form, "closureNote", FormPage.NOTE, false, errors);
        if (errors.any()) {
            return closeForm(model, episode, form, errors);
        }
        earlyHelp.close(id, version, on, outcome, note);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.close.done");
        return "redirect:/early-help/" + id;
    }

    private String closeForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        return FormPage.render(model, "earlyhelp.close.title", caption(episode), back(episode),
                "/early-help/" + episode.id() + "/close",
                List.of(Field.date("closedOn", false), Field.radios("closureOutcome", false, ClosureOutcome.class,
                        "earlyhelp.outcome."), Field.textarea("closureNote", true)),
                form, errors, episode.version(), "earlyhelp.close.save", null);
    }

    private String caption(EpisodeView episode) {
        return episodes.child(episode.childId()).fullName();
    }

    static String back(EpisodeView episode) {
        return "/early-help/" + episode.id();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }
}
