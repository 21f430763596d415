package hearth.adoption.web;

import hearth.adoption.AdoptionRuleBroken;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Renders and saves the adoption forms: bad input and refused changes re-render the form with what was typed. */
final class AdoptionFormPages {

    private AdoptionFormPages() {
    }

    static String render(Model model, String caption, AdoptionForm.Page page, Map<String, String> values,
            AdoptionForm form) {
        model.addAttribute("caption", caption);
        model.addAttribute("page", page);
        model.addAttribute("values", values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("dates", page.dates(values));
        return "adoption/form";
    }

    static String save(Model model, String caption, AdoptionForm.Page page, AdoptionForm form, RedirectAttributes redirect,
            String doneKey, String then, Supplier<?> change) {
        if (!form.errors.any()) {
            try {
                change.get();
                redirect.addFlashAttribute("flashSuccess", doneKey);
                return "redirect:" + then;
            } catch (AdoptionRuleBroken e) {
                form.errors.reject(page.ruleField(), e.key());
            }
        }
        return render(model, caption, page, form.values, form);
    }
}
