package hearth.fostering.web;

import hearth.fostering.FosteringRuleBroken;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Renders and saves the fostering forms: bad input and refused changes re-render the form with what was typed. */
final class CarerFormPages {

    private CarerFormPages() {
    }

    static String render(Model model, String caption, CarerForm.Page page, Map<String, String> values,
            CarerForm form) {
        model.addAttribute("caption", caption);
        model.addAttribute("page", page);
        model.addAttribute("values", values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("dates", page.dates(values));
        return "fostering/form";
    }

    static String save(Model model, String caption, CarerForm.Page page, CarerForm form, RedirectAttributes redirect,
            String doneKey, String then, Supplier<?> change) {
        if (!form.errors.any()) {
            try {
                change.get();
                redirect.addFlashAttribute("flashSuccess", doneKey);
                return "redirect:" + then;
            } catch (FosteringRuleBroken e) {
                form.errors.reject(page.ruleField(), e.key());
            }
        }
        return render(model, caption, page, form.values, form);
    }
}
