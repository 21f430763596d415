package hearth.court.web;


import hearth.court.Court;
import hearth.court.CourtRuleBroken;
import hearth.court.OrderView;
import hearth.court.PreProceedingsView;
import hearth.court.ProceedingsView;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.RecordAccess;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the court's form controllers share: finding the records (404 when absent), access checks, saving, rendering. */
@Component
class LegalForms {

    private final Court court;
    private final People people;
    private final RecordAccess access;

    LegalForms(Court court, People people, RecordAccess access) {
        this.court = court;
        this.people = people;
        this.access = access;
    }

    /** Saves unless the form has errors; a change the court records refuse is shown on the form. */
    String save(Model model, PersonSummary child, LegalFormPage page, CourtForm form, RedirectAttributes redirect,
            String doneKey, Supplier<?> change) {
        if (!form.errors.any()) {
            try {
                change.get();
                redirect.addFlashAttribute("flashSuccess", doneKey);
                return "redirect:/children/" + child.id() + "/legal";
            } catch (CourtRuleBroken e) {
                form.errors.reject(page.ruleField(), e.key());
            }
        }
        return render(model, child, page, form.values, form);
    }

    String render(Model model, PersonSummary child, LegalFormPage page, Map<String, String> values,
            CourtForm form) {
        model.addAttribute("child", child);
        model.addAttribute("page", page);
        model.addAttribute("values", values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("dates", page.fields().stream().filter(f -> f.kind().equals("date"))
                .collect(java.util.stream.Collectors.toMap(Field::name, f -> CourtForm.parts(values, f.name()))));
        return "court/form";
    }

    PersonSummary child(UUID id) {
        PersonSummary person = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        return person;
    }

    PreProceedingsView preProceedings(UUID id) {
        return court.findPreProceedings(id).orElseThrow(() -> new NotFoundException("Pre-proceedings"));
    }

    ProceedingsView proceedings(UUID id) {
        return court.findProceedings(id).orElseThrow(() -> new NotFoundException("Care proceedings"));
    }

    OrderView courtOrder(UUID id) {
        return court.findOrder(id).orElseThrow(() -> new NotFoundException("Court order"));
    }
}

