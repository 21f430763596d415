package hearth.earlyhelp.web;

import hearth.earlyhelp.EarlyHelp;
import hearth.earlyhelp.EpisodeStatus;
import hearth.earlyhelp.EpisodeView;
import hearth.earlyhelp.Priority;
import hearth.earlyhelp.WaitingView;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The early help waiting list: joining it, check-ins while waiting, and the list itself, longest wait first. */
@Controller
class WaitingForms {

    private final EarlyHelp earlyHelp;
    private final EpisodeAccess episodes;
    private final People people;
    private final RecordAccess access;
    private final Clock clock;

    WaitingForms(EarlyHelp earlyHelp, EpisodeAccess episodes, People people, RecordAccess access, Clock clock) {
        this.earlyHelp = earlyHelp;
        this.episodes = episodes;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @Bean
    static NavigationLink earlyHelpWaitingListLink() {
        return new NavigationLink(4, "nav.earlyHelpWaiting", "/early-help/waiting-list", Permission.RECORD_CASE_WORK);
    }

    /** A row of the waiting list; the child's name is null when the user may not open their record. */
    record Row(WaitingView waiting, String childName) {
    }

    @GetMapping("/early-help/waiting-list")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String list(Model model) {
        List<WaitingView> waiting = earlyHelp.waitingList();
        Map<UUID, PersonSummary> children = people.find(waiting.stream().map(WaitingView::childId).toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        HearthUser user = CurrentUser.require();
        List<Row> rows = new ArrayList<>();
        for (WaitingView w : waiting) {
            PersonSummary child = children.get(w.childId());
            boolean opens = child != null && access.decide(user, w.childId()).allowed();
            rows.add(new Row(w, opens ? child.fullName() : null));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", waiting.stream().filter(WaitingView::checkInOverdue).count());
        return "earlyhelp/waiting-list";
    }

    @GetMapping("/early-help/{id}/waiting-list")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String join(@PathVariable UUID id, Model model) {
        Map<String, String> form = new HashMap<>();
        FormPage.putDate(form, "since", today());
        return joinForm(model, episodes.activeEpisode(id), form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/waiting-list")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String joined(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        long version = FormPage.version(form);
        FormErrors errors = new FormErrors();
        String service = FormPage.text(form, "service", FormPage.SHORT, true, errors);
        LocalDate since = FormPage.date(form, "since", true, clock, errors);
        if (since != null && since.isBefore(episode.startedOn())) {
            errors.reject("since", "earlyhelp.error.beforeEpisode");
        }
        Priority priority = FormPage.choice(Priority.class, form, "priority", errors);
        if (errors.any()) {
            return joinForm(model, episode, form, errors);
        }
        earlyHelp.addToWaitingList(id, version, service, since, priority);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.waiting.joined");
        return "redirect:/early-help/" + id;
    }

    private String joinForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        if (episode.status() == EpisodeStatus.WAITING || episode.serviceStartedOn() != null) {
            throw new IllegalStateException("Already waiting or the service has started");
        }
        return FormPage.render(model, "earlyhelp.waiting.title", episodes.child(episode.childId()).fullName(),
                EpisodeForms.back(episode), "/early-help/" + episode.id() + "/waiting-list",
                List.of(Field.text("service", true), Field.date("since", true),
                        Field.radios("priority", true, Priority.class, "earlyhelp.priority.")),
                form, errors, episode.version(), "earlyhelp.waiting.save", "earlyhelp.waiting.intro");
    }

    @GetMapping("/early-help/{id}/check-ins/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newCheckIn(@PathVariable UUID id, Model model) {
        Map<String, String> form = new HashMap<>();
        FormPage.putDate(form, "checkInOn", today());
        form.put("heldBy", CurrentUser.require().displayName());
        return checkInForm(model, episodes.activeEpisode(id), form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/check-ins/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String checkIn(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        WaitingView waiting = current(episode);
        FormErrors errors = new FormErrors();
        LocalDate on = FormPage.date(form, "checkInOn", true, clock, errors);
        if (on != null && on.isBefore(waiting.since())) {
            errors.reject("checkInOn", "earlyhelp.error.beforeWaiting");
        } else if (on != null && waiting.lastCheckIn() != null && on.isBefore(waiting.lastCheckIn())) {
            errors.reject("checkInOn", "earlyhelp.error.beforeLastCheckIn");
        }
        String heldBy = FormPage.text(form, "heldBy", FormPage.SHORT, true, errors);
        String note = FormPage.text(form, "checkInNote", FormPage.NOTE, true, errors);
        if (errors.any()) {
            return checkInForm(model, episode, form, errors);
        }
        earlyHelp.recordCheckIn(id, on, heldBy, note);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.checkIn.saved");
        return "redirect:/early-help/" + id;
    }

    private WaitingView current(EpisodeView episode) {
        return earlyHelp.waitingFor(episode.id()).stream().filter(WaitingView::waiting).findFirst()
                .orElseThrow(() -> new IllegalStateException("Not on the waiting list"));
    }

    private String checkInForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        current(episode);
        return FormPage.render(model, "earlyhelp.checkIn.title", episodes.child(episode.childId()).fullName(),
                EpisodeForms.back(episode), "/early-help/" + episode.id() + "/check-ins/new",
                List.of(Field.date("checkInOn", true), Field.text("heldBy", true), Field.textarea("checkInNote", true)),
                form, errors, null, "earlyhelp.checkIn.save", null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }
}
