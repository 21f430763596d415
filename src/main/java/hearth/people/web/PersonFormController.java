package hearth.people.web;

import hearth.people.EditConflict;
import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.People;
import hearth.people.PeopleSearch;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.SearchHit;
import hearth.people.Sex;
import hearth.people.domain.Person;
import hearth.workspace.Drafts;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating a person (likely duplicates shown first) and editing one (conflicting saves refused). */
@Controller
class PersonFormController {

    private final People people;
    private final PeopleSearch search;
    private final RecordAccess access;
    private final Drafts drafts;
    private final MessageSource messages;
    private final Clock clock;

    private final RecordGate gate;

    PersonFormController(People people, PeopleSearch search, RecordAccess access,
            Drafts drafts, MessageSource messages, Clock clock, RecordGate gate) {
        this.gate = gate;
        this.people = people;
        this.search = search;
        this.access = access;
        this.drafts = drafts;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void codes(Model model) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("disabilityCodes", Disability.values());
    }

    @GetMapping("/people/new")
    @RequiresPermission(Permission.CREATE_PERSON)
    String newPerson(@RequestParam(defaultValue = "CHILD") String kind, Model model) {
        PersonForm form = new PersonForm();
        form.setKind("ADULT".equals(kind) ? "ADULT" : "CHILD");
        return show(model, form, new FormErrors(), null);
    }

    @PostMapping("/people/new")
    @RequiresPermission(Permission.CREATE_PERSON)
    String create(@ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        PersonDetails details = PersonForms.read(form, errors, LocalDate.now(clock));
        if (errors.any()) {
            return show(model, form, errors, null);
        }
        if (!"yes".equals(form.getConfirmedNew())) {
            List<SearchHit> duplicates = search.likelyDuplicates(details);
            if (!duplicates.isEmpty()) {
                model.addAttribute("duplicates", duplicates);
                model.addAttribute("restricted", access.restrictedAmong(duplicates.stream().map(h -> h.person().id()).toList()));
                return show(model, form, errors, null);
            }
        }
        PersonKind kind = "ADULT".equals(form.getKind()) ? PersonKind.ADULT : PersonKind.CHILD;
        PersonSummary created = people.register(kind, details);
        drafts.discard(CurrentUser.username(), "/people/new");
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("person.created",
                new Object[] {created.fullName()}, java.util.Locale.UK));
        return "redirect:/people/" + created.id();
    }

    @GetMapping("/people/{id}/edit")
    @RequiresPermission(Permission.EDIT_PERSON)
    String edit(@PathVariable UUID id, Model model) {
        Person person = open(id);
        return show(model, PersonForm.of(person.details(), person.getVersion()), new FormErrors(), person);
    }

    @PostMapping("/people/{id}/edit")
    @RequiresPermission(Permission.EDIT_PERSON)
    String save(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect) {
        Person person = open(id);
        form.setKind(person.getKind().name());
        FormErrors errors = new FormErrors();
        PersonDetails details = PersonForms.read(form, errors, LocalDate.now(clock));
        if (errors.any()) {
            return show(model, form, errors, person);
        }
        try {
            people.update(id, form.getVersion(), details);
        } catch (EditConflict conflict) {
            model.addAttribute("conflict", conflict.changesMeanwhile());
            model.addAttribute("titleError", true);
            form.setVersion(conflict.currentVersion());
            return show(model, form, errors, person);
        }
        drafts.discard(CurrentUser.username(), "/people/" + id + "/edit");
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("person.saved", null, java.util.Locale.UK));
        return "redirect:/people/" + id;
    }

    private Person open(UUID id) {
        return gate.open(id);
    }

    private String show(Model model, PersonForm form, FormErrors errors, Person person) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("person", person == null ? null : person.summary());
        return "people/form";
    }
}
