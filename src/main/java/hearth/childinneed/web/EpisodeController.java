package hearth.childinneed.web;

import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureView;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.PrimaryNeed;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** A child's episodes of need, one episode's page, its primary need, reopening, and the closures awaiting managers. */
@Controller
class EpisodeController {

    private final ChildrenInNeed childrenInNeed;
    private final EpisodePages pages;
    private final People people;
    private final RecordAccess access;

    EpisodeController(ChildrenInNeed childrenInNeed, EpisodePages pages, People people, RecordAccess access) {
        this.childrenInNeed = childrenInNeed;
        this.pages = pages;
        this.people = people;
        this.access = access;
    }

    @Bean
    static NavigationLink childInNeedClosuresLink() {
        return new NavigationLink(8, "nav.childInNeedClosures", "/cin-closures", Permission.AUTHORISE_ASSESSMENT);
    }

    @GetMapping("/children/{id}/child-in-need")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String episodes(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        pages.viewed(id, "child in need episodes");
        model.addAttribute("child", child);
        model.addAttribute("episodes", childrenInNeed.episodesFor(id));
        return "childinneed/episodes";
    }

    @GetMapping("/cin-episodes/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        return pages.episodePage(model, pages.episode(id), Map.of(), new FormErrors());
    }

    @GetMapping("/cin-episodes/{id}/primary-need")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String primaryNeedForm(@PathVariable UUID id, Model model) {
        EpisodeView episode = pages.episode(id);
        Map<String, String> form = episode.primaryNeed() == null ? Map.of()
                : Map.of("primaryNeed", episode.primaryNeed().name());
        return primaryNeedPage(model, episode, form, new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/primary-need")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordPrimaryNeed(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        PrimaryNeed need = EpisodePages.choice(PrimaryNeed.class, form.get("primaryNeed"), "primaryNeed", errors);
        long version = EpisodePages.version(form);
        if (!episode.isOpen()) {
            errors.reject("primaryNeed", "childinneed.error.closed");
        }
        if (errors.any()) {
            return primaryNeedPage(model, episode, form, errors);
        }
        childrenInNeed.recordPrimaryNeed(id, version, need);
        redirect.addFlashAttribute("flashSuccess", "childinneed.primaryNeed.saved");
        return "redirect:/cin-episodes/" + id;
    }

    @PostMapping("/cin-episodes/{id}/reopen")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String reopen(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        String reason = EpisodePages.text(form, "reopenReason", EpisodePages.MAX_NOTE, true, errors);
        long version = EpisodePages.version(form);
        if (!errors.any() && episode.isOpen()) {
            errors.reject("reopenReason", "childinneed.error.notAllowed");
        }
        if (!errors.any() && childrenInNeed.openEpisodeFor(episode.childId()).isPresent()) {
            errors.reject("reopenReason", "childinneed.error.openElsewhere");
        }
        if (errors.any()) {
            return pages.episodePage(model, episode, form, errors);
        }
        childrenInNeed.reopen(id, version, reason);
        redirect.addFlashAttribute("flashSuccess", "childinneed.reopen.done");
        return "redirect:/cin-episodes/" + id;
    }

    @GetMapping("/cin-closures")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String awaiting(Model model) {
        List<ClosureView> awaiting = childrenInNeed.awaitingAuthorisation();
        Set<UUID> childIds = awaiting.stream().map(ClosureView::childId).collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = people.find(childIds).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        HearthUser user = CurrentUser.require();
        List<Awaiting> rows = new ArrayList<>();
        for (ClosureView c : awaiting) {
            PersonSummary child = children.get(c.childId());
            boolean opens = child != null && access.decide(user, c.childId()).allowed();
            rows.add(new Awaiting(c, opens ? child.fullName() : null, opens));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("when", When.INSTANCE);
        return "childinneed/awaiting";
    }

    /** A closure awaiting authorisation; the child is named only when the user may open their record. */
    record Awaiting(ClosureView closure, String childName, boolean opens) {
    }

    private String primaryNeedPage(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        model.addAttribute("episode", episode);
        model.addAttribute("needs", PrimaryNeed.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childinneed/primary-need";
    }
}
