package hearth.careleavers.web;

import hearth.careleavers.AccommodationType;
import hearth.careleavers.Activity;
import hearth.careleavers.CareLeavers;
import hearth.careleavers.ContactMethod;
import hearth.careleavers.InTouch;
import hearth.careleavers.LeaverPathway;
import hearth.careleavers.NewBirthdayRecord;
import hearth.careleavers.NewLeaverContact;
import hearth.careleavers.PathwayStep;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The personal adviser's recording: pathway work, contacts and attempts, and the birthday records. */
@Controller
class LeaverWorkController {

    private static final int MAX_TEXT = 4000;

    private final CareLeavers careLeavers;
    private final LeaverPathway pathway;
    private final LeaverPages pages;

    LeaverWorkController(CareLeavers careLeavers, LeaverPathway pathway, LeaverPages pages) {
        this.careLeavers = careLeavers;
        this.pathway = pathway;
        this.pages = pages;
    }

    @GetMapping("/care-leavers/{id}/pathway")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String pathwayForm(@PathVariable UUID id, @RequestParam(required = false) String step, Model model) {
        Map<String, String> form = step == null ? Map.of() : Map.of("step", step);
        return pathwayPage(model, pages.child(id), form, new FormErrors());
    }

    @PostMapping("/care-leavers/{id}/pathway")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String recordPathway(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        PathwayStep step = LeaverPages.choice(PathwayStep.class, form, "step", errors);
        LocalDate date = pages.date(form, "date", errors);
        String summary = errors.text(form, "summary", MAX_TEXT, true, "careleavers.error", "careleavers.error.tooLong");
        if (errors.any() || !LeaverPages.attempt(() -> pathway.record(id, step, date, summary), "step", errors)) {
            return pathwayPage(model, child, form, errors);
        }
        return "redirect:/care-leavers/" + id;
    }

    private String pathwayPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("steps", List.of(PathwayStep.values()));
        model.addAttribute("form", form);
        model.addAttribute("dates", LeaverPages.dates(form, "date"));
        model.addAttribute("errors", errors);
        return "careleavers/pathway";
    }

    @GetMapping("/care-leavers/{id}/contacts/new")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String contactForm(@PathVariable UUID id, Model model) {
        return contactPage(model, pages.child(id), Map.of(), new FormErrors());
    }

    @PostMapping("/care-leavers/{id}/contacts/new")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String recordContact(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "date", errors);
        Boolean reached = LeaverPages.yesNo(form, "reached", errors);
        ContactMethod method = LeaverPages.choice(ContactMethod.class, form, "method", errors);
        String note = errors.text(form, "note", MAX_TEXT, false, "careleavers.error", "careleavers.error.tooLong");
        if (errors.any() || !LeaverPages.attempt(() -> pathway.recordContact(id,
                new NewLeaverContact(date, reached, method, note)), "date", errors)) {
            return contactPage(model, child, form, errors);
        }
        return "redirect:/care-leavers/" + id;
    }

    private String contactPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("methods", List.of(ContactMethod.values()));
        model.addAttribute("form", form);
        model.addAttribute("dates", LeaverPages.dates(form, "date"));
        model.addAttribute("errors", errors);
        return "careleavers/contact";
    }

    @GetMapping("/care-leavers/{id}/birthdays/new")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String birthdayForm(@PathVariable UUID id, Model model) {
        return birthdayPage(model, pages.child(id), Map.of(), new FormErrors());
    }

    @PostMapping("/care-leavers/{id}/birthdays/new")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String recordBirthday(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        int age = switch (form.getOrDefault("birthdayAge", "")) {
            case "17", "18", "19", "20", "21" -> Integer.parseInt(form.get("birthdayAge"));
            default -> {
                errors.reject("birthdayAge", "careleavers.error.birthdayAge");
                yield 0;
            }
        };
        InTouch inTouch = LeaverPages.choice(InTouch.class, form, "inTouch", errors);
        Activity activity = null;
        AccommodationType accommodation = null;
        Boolean suitable = false;
        if (inTouch == InTouch.YES) {
            activity = LeaverPages.choice(Activity.class, form, "activity", errors);
            accommodation = LeaverPages.choice(AccommodationType.class, form, "accommodation", errors);
            suitable = LeaverPages.yesNo(form, "suitable", errors);
        }
        LocalDate on = pages.date(form, "recordedOn", errors);
        NewBirthdayRecord record = new NewBirthdayRecord(age, inTouch, activity, accommodation,
                Boolean.TRUE.equals(suitable), on);
        if (errors.any() || !LeaverPages.attempt(() -> careLeavers.recordBirthday(id, record), "recordedOn", errors)) {
            return birthdayPage(model, child, form, errors);
        }
        return "redirect:/care-leavers/" + id;
    }

    private String birthdayPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("ages", List.of("17", "18", "19", "20", "21"));
        model.addAttribute("touch", List.of(InTouch.values()));
        model.addAttribute("activities", List.of(Activity.values()));
        model.addAttribute("accommodations", List.of(AccommodationType.values()));
        model.addAttribute("form", form);
        model.addAttribute("dates", LeaverPages.dates(form, "recordedOn"));
        model.addAttribute("errors", errors);
        return "careleavers/birthday";
    }
}
