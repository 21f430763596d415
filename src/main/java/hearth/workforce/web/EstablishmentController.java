package hearth.workforce.web;

import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.shared.Ids;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import hearth.workforce.WorkerProfiles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each team's establishment (funded posts as full-time equivalents), set by administrators, so vacancies count. */
@Controller
class EstablishmentController {

    private final Workforce workforce;
    private final WorkerProfiles profiles;

    EstablishmentController(Workforce workforce, WorkerProfiles profiles) {
        this.workforce = workforce;
        this.profiles = profiles;
    }

    @org.springframework.context.annotation.Bean
    static hearth.security.NavigationLink establishmentLink() {
        return new hearth.security.NavigationLink(85, "nav.establishment", "/teams/establishment", Permission.MANAGE_TEAMS);
    }

    @GetMapping("/teams/establishment")
    @RequiresPermission(Permission.MANAGE_TEAMS)
    String list(Model model) {
        Map<TeamView, String> rows = new LinkedHashMap<>();
        workforce.teams().forEach(t -> rows.put(t, profiles.establishment(t.id()).map(BigDecimal::toPlainString).orElse("")));
        model.addAttribute("rows", rows);
        return "workforce/establishment";
    }

    @GetMapping("/teams/{id}/establishment")
    @RequiresPermission(Permission.MANAGE_TEAMS)
    String form(@PathVariable String id, Model model) {
        TeamView team = team(id);
        return show(model, team, profiles.establishment(team.id()).map(BigDecimal::toPlainString).orElse(""),
                new FormErrors());
    }

    @PostMapping("/teams/{id}/establishment")
    @RequiresPermission(Permission.MANAGE_TEAMS)
    String save(@PathVariable String id, @RequestParam(defaultValue = "") String fundedFte, Model model,
            RedirectAttributes redirect) {
        TeamView team = team(id);
        BigDecimal value;
        try {
            value = new BigDecimal(fundedFte.strip());
            if (value.signum() < 0 || value.compareTo(new BigDecimal("9999")) > 0 || value.stripTrailingZeros().scale() > 2) {
                value = null;
            }
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null) {
            return show(model, team, fundedFte, new FormErrors().reject("fundedFte", "establishment.error.fundedFte"));
        }
        profiles.establishment(team.id(), value.setScale(2));
        redirect.addFlashAttribute("flashSuccess", "establishment.done");
        return "redirect:/teams/establishment";
    }

    private TeamView team(String id) {
        UUID teamId = Ids.parseOrNull(id);
        return (teamId == null ? java.util.Optional.<TeamView>empty() : workforce.team(teamId))
                .orElseThrow(() -> new NotFoundException("Team"));
    }

    private String show(Model model, TeamView team, String fundedFte, FormErrors errors) {
        model.addAttribute("team", team);
        model.addAttribute("fundedFte", fundedFte);
        model.addAttribute("errors", errors);
        return "workforce/establishment-edit";
    }
}
