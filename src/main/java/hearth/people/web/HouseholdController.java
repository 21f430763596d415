package hearth.people.web;

import hearth.people.NewAddress;
import hearth.people.People;
import hearth.people.PeopleSearch;
import hearth.people.PersonSummary;
import hearth.people.ProfessionalRole;
import hearth.people.RelationshipType;
import hearth.people.SearchHit;
import hearth.people.SearchQuery;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.shared.Ids;
import java.time.Clock;
import java.time.LocalDate;
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

/** Adding an address, a relationship or a professional to someone's record. */
@Controller
class HouseholdController {

    private static final String POSTCODE = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}";
    private final People people;
    private final PeopleSearch search;
    private final RecordAccess access;
    private final Clock clock;

    private final RecordGate gate;

    HouseholdController(People people, PeopleSearch search, RecordAccess access, Clock clock, RecordGate gate) {
        this.gate = gate;
        this.people = people;
        this.search = search;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/addresses/new")
    @RequiresPermission(Permission.EDIT_PERSON)
    String newAddress(@PathVariable UUID id, Model model) {
        return addressPage(model, open(id), Map.of(), new FormErrors());
    }

    @PostMapping("/people/{id}/addresses/new")
    @RequiresPermission(Permission.EDIT_PERSON)
    String addAddress(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        PersonSummary person = open(id);
        FormErrors errors = new FormErrors();
        String line1 = text(form, "line1", 200, true, errors);
        String line2 = text(form, "line2", 200, false, errors);
        String town = text(form, "town", 100, true, errors);
        String postcode = form.getOrDefault("postcode", "").strip();
        if (!postcode.matches(POSTCODE)) {
            errors.reject("postcode", "household.error.postcode");
        }
        DateParts from = new DateParts(form.get("fromDay"), form.get("fromMonth"), form.get("fromYear"));
        if (from.problem() != null || from.toDate().isAfter(LocalDate.now(clock))) {
            errors.reject("from", "household.error.from");
        }
        if (errors.any()) {
            return addressPage(model, person, form, errors);
        }
        people.moveTo(id, new NewAddress(line1, line2, town, postcode, from.toDate()));
        redirect.addFlashAttribute("flashSuccess", "household.address.added");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/relationships/new")
    @RequiresPermission(Permission.EDIT_PERSON)
    String newRelationship(@PathVariable UUID id, Model model) {
        return relationshipPage(model, open(id), "", Map.of(), new FormErrors());
    }

    /** The search for the related person is posted so names stay out of URLs and logs. */
    @PostMapping("/people/{id}/relationships/find")
    @RequiresPermission(Permission.EDIT_PERSON)
    String findRelated(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        return relationshipPage(model, open(id), q, Map.of(), new FormErrors());
    }

    @PostMapping("/people/{id}/relationships/new")
    @RequiresPermission(Permission.EDIT_PERSON)
    String addRelationship(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PersonSummary person = open(id);
        FormErrors errors = new FormErrors();
        UUID related = Ids.parseOrNull(form.get("related"));
        if (related == null || related.equals(id) || people.find(related).isEmpty()) {
            errors.reject("related", "household.error.related");
        }
        RelationshipType type = null;
        try {
            type = RelationshipType.valueOf(form.getOrDefault("type", ""));
        } catch (IllegalArgumentException e) {
            errors.reject("type", "household.error.type");
        }
        if (errors.any()) {
            return relationshipPage(model, person, form.getOrDefault("q", ""), form, errors);
        }
        people.relate(related, id, type, "yes".equals(form.get("livesWith")),
                "yes".equals(form.get("parentalResponsibility")), LocalDate.now(clock));
        redirect.addFlashAttribute("flashSuccess", "household.relationship.added");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/professionals/new")
    @RequiresPermission(Permission.EDIT_PERSON)
    String newProfessional(@PathVariable UUID id, Model model) {
        return professionalPage(model, open(id), Map.of(), new FormErrors());
    }

    @PostMapping("/people/{id}/professionals/new")
    @RequiresPermission(Permission.EDIT_PERSON)
    String addProfessional(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PersonSummary person = open(id);
        FormErrors errors = new FormErrors();
        ProfessionalRole role = null;
        try {
            role = ProfessionalRole.valueOf(form.getOrDefault("role", ""));
        } catch (IllegalArgumentException e) {
            errors.reject("role", "household.error.role");
        }
        String name = text(form, "name", 200, true, errors);
        String organisation = text(form, "organisation", 200, false, errors);
        String contact = text(form, "contact", 200, false, errors);
        if (errors.any()) {
            return professionalPage(model, person, form, errors);
        }
        people.addProfessional(id, role, name, organisation, contact, LocalDate.now(clock));
        redirect.addFlashAttribute("flashSuccess", "household.professional.added");
        return "redirect:/people/" + id;
    }

    private PersonSummary open(UUID id) {
        return gate.open(id).summary();
    }

    private static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "household.error", "household.error.long");
    }

    private String addressPage(Model model, PersonSummary person, Map<String, String> form, FormErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("from", new DateParts(form.getOrDefault("fromDay", ""), form.getOrDefault("fromMonth", ""),
                form.getOrDefault("fromYear", "")));
        return "people/address";
    }

    private String relationshipPage(Model model, PersonSummary person, String q, Map<String, String> form,
            FormErrors errors) {
        List<SearchHit> hits = List.of();
        Set<UUID> restricted = Set.of();
        if (!q.isBlank() && q.length() <= 200) {
            try {
                hits = search.search(SearchQuery.parse(q)).stream().filter(h -> !h.person().id().equals(person.id())).toList();
                restricted = access.restrictedAmong(hits.stream().map(h -> h.person().id()).toList());
            } catch (IllegalArgumentException e) {
                errors.reject("q", "search.error.date");
            }
        }
        model.addAttribute("person", person);
        model.addAttribute("q", q);
        model.addAttribute("hits", hits);
        model.addAttribute("restricted", restricted);
        model.addAttribute("types", RelationshipType.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "people/relationship";
    }

    private String professionalPage(Model model, PersonSummary person, Map<String, String> form, FormErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("roles", ProfessionalRole.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "people/professional";
    }
}
