package hearth.people.web;

import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A record made by mistake (a duplicate, the wrong person) is voided with a reason, never deleted. */
@Controller
class VoidController {

    static final int MIN_REASON = 10;
    private final People people;

    private final RecordGate gate;

    VoidController(People people, RecordGate gate) {
        this.gate = gate;
        this.people = people;
    }

    @GetMapping("/people/{id}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String confirm(@PathVariable UUID id, Model model) {
        return page(model, open(id), "", new FormErrors());
    }

    @PostMapping("/people/{id}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidRecord(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        PersonSummary person = open(id);
        if (reason.strip().length() < MIN_REASON || reason.length() > 500) {
            return page(model, person, reason, new FormErrors().reject("reason", "void.error.reason"));
        }
        people.voidPerson(id, reason.strip());
        redirect.addFlashAttribute("flashSuccess", "void.done");
        return "redirect:/people/search";
    }

    private PersonSummary open(UUID id) {
        return gate.open(id).summary();
    }

    private String page(Model model, PersonSummary person, String reason, FormErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "people/void";
    }
}
