package hearth.quality.web;

import hearth.platform.web.FormErrors;
import hearth.quality.AuditActionView;
import hearth.quality.AuditProgrammes;
import hearth.quality.AuditTemplates;
import hearth.quality.CaseAudits;
import hearth.quality.NewProgramme;
import hearth.quality.ProgrammeView;
import hearth.quality.Stratum;
import hearth.security.Accounts;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quality assurance home (programmes, templates, open actions) and setting up an audit programme. */
@Controller
class ProgrammeController {

    static final List<String> SAMPLINGS = List.of("RANDOM", "TEAM", "KIND_OF_WORK", "AGE_BAND");
    private final AuditProgrammes programmes;
    private final AuditTemplates templates;
    private final CaseAudits audits;
    private final QualityPages pages;
    private final Accounts accounts;
    private final Clock clock;

    ProgrammeController(AuditProgrammes programmes, AuditTemplates templates, CaseAudits audits, QualityPages pages,
            Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.programmes = programmes;
        this.templates = templates;
        this.audits = audits;
        this.pages = pages;
        this.clock = clock;
    }

    @Bean
    static NavigationLink qualityLink() {
        return new NavigationLink(40, "nav.quality", "/quality", Permission.AUDIT_CASES);
    }

    @GetMapping("/quality")
    @RequiresPermission(Permission.AUDIT_CASES)
    String home(Model model) {
        LocalDate today = today();
        List<AuditActionView> open = audits.openActions();
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("templates", templates.current());
        model.addAttribute("openActions", open.size());
        model.addAttribute("overdueActions", open.stream().filter(a -> a.overdueOn(today)).count());
        model.addAttribute("day", QualityPages.DAY);
        return "quality/home";
    }

    @GetMapping("/quality/programmes/new")
    @RequiresPermission(Permission.AUDIT_CASES)
    String newProgramme(Model model) {
        LocalDate today = today();
        Map<String, String> form = new HashMap<>();
        form.put("templateId", AuditTemplates.PRACTICE_AUDIT.toString());
        form.put("sampling", "RANDOM");
        form.put("size", "10");
        form.put("seed", String.valueOf(new Random().nextInt(1_000_000)));
        form.put("auditors", hearth.security.CurrentUser.username());
        putDate(form, "from", today);
        putDate(form, "to", today.plusMonths(3).minusDays(1));
        return form(model, form, new FormErrors());
    }

    @PostMapping("/quality/programmes/new")
    @RequiresPermission(Permission.AUDIT_CASES)
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        String name = errors.text(form, "name", 200, true, "quality.programme.error", "quality.error.tooLong");
        UUID template = templates.current().stream().map(t -> t.id())
                .filter(id -> id.toString().equals(form.getOrDefault("templateId", ""))).findFirst().orElse(null);
        if (template == null) {
            errors.reject("templateId", "quality.programme.error.templateId");
        }
        LocalDate from = QualityPages.date(form, "from", errors, "quality.programme.error.from");
        LocalDate to = QualityPages.date(form, "to", errors, "quality.programme.error.to");
        if (from != null && to != null && to.isBefore(from)) {
            errors.reject("to", "quality.programme.error.toBeforeFrom");
        }
        List<String> auditors = Arrays.stream(form.getOrDefault("auditors", "").split("[,\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (auditors.isEmpty()) {
            errors.reject("auditors", "quality.programme.error.auditors");
        } else if (!auditors.stream().allMatch(a -> accounts.find(a).filter(u -> u.getRole()
                .grants(Permission.AUDIT_CASES)).isPresent())) {
            errors.reject("auditors", "quality.programme.error.notAuditor");
        }
        String sampling = form.getOrDefault("sampling", "");
        if (!SAMPLINGS.contains(sampling)) {
            errors.reject("sampling", "quality.programme.error.sampling");
        }
        int size = number(form.get("size"));
        if (size < 1 || size > AuditProgrammes.MAX_SAMPLE) {
            errors.reject("size", "quality.programme.error.size");
        }
        long seed = number(form.get("seed"));
        if (seed < 0) {
            errors.reject("seed", "quality.programme.error.seed");
        }
        if (errors.any()) {
            return form(model, form, errors);
        }
        UUID id = programmes.create(new NewProgramme(name, template, from, to, auditors,
                "RANDOM".equals(sampling) ? null : Stratum.valueOf(sampling), size, seed));
        redirect.addFlashAttribute("flashSuccess", "quality.programme.created");
        return "redirect:/quality/programmes/" + id;
    }

    @GetMapping("/quality/programmes/{id}")
    @RequiresPermission(Permission.AUDIT_CASES)
    String programme(@PathVariable UUID id, Model model) {
        ProgrammeView programme = programmes.find(id);
        model.addAttribute("programme", programme);
        model.addAttribute("names", pages.names(programme.sample().stream().map(ProgrammeView.SampledChild::childId)
                .toList()));
        model.addAttribute("dimensions", Stratum.values());
        model.addAttribute("day", QualityPages.DAY);
        return "quality/programme";
    }

    private String form(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("templates", templates.current());
        model.addAttribute("samplings", SAMPLINGS);
        model.addAttribute("from", QualityPages.parts(form, "from"));
        model.addAttribute("to", QualityPages.parts(form, "to"));
        return "quality/programme-new";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    static void putDate(Map<String, String> form, String field, LocalDate date) {
        form.put(field + "Day", String.valueOf(date.getDayOfMonth()));
        form.put(field + "Month", String.valueOf(date.getMonthValue()));
        form.put(field + "Year", String.valueOf(date.getYear()));
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
