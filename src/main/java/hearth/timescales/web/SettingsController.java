package hearth.timescales.web;

import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Deadline;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.LocalStandard;
import hearth.timescales.settings.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Local standards: an administrator sees and changes them; every change is kept in a history. */
@Controller
class SettingsController {

    record Row(LocalStandard standard, DeadlineText current) {
    }

    private final Settings settings;
    private final MessageSource messages;

    SettingsController(Settings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/timescales/settings")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String list(Model model) {
        model.addAttribute("rows", settings.standards().stream()
                .map(s -> new Row(s, DeadlineText.of(settings.current(s.key())))).toList());
        return "timescales/settings";
    }

    @GetMapping("/timescales/settings/{key}")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String form(@PathVariable String key, Model model, Locale locale) {
        Deadline current = settings.current(settings.standard(key).key());
        return show(key, String.valueOf(current.amount()), current.unit().name(), new FormErrors(messages, locale), model);
    }

    @PostMapping("/timescales/settings/{key}")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String change(@PathVariable String key, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String unit, Model model, Locale locale, RedirectAttributes redirect) {
        LocalStandard standard = settings.standard(key);
        FormErrors errors = new FormErrors(messages, locale);
        Integer number = parse(amount.strip());
        if (amount.isBlank()) {
            errors.add("amount", "timescales.settings.error.amountMissing");
        } else if (number == null || number < 1 || number > Deadline.MAX_AMOUNT) {
            errors.add("amount", "timescales.settings.error.amountRange", Deadline.MAX_AMOUNT);
        }
        DeadlineUnit chosen = Arrays.stream(DeadlineUnit.values()).filter(u -> u.name().equals(unit)).findFirst()
                .filter(standard.allowedUnits()::contains).orElse(null);
        if (chosen == null) {
            errors.add("unit-" + firstUnit(standard).name(), "timescales.settings.error.unit");
        }
        if (errors.any()) {
            return show(key, amount, unit, errors, model);
        }
        Deadline to = Deadline.of(number, chosen);
        boolean changed = settings.change(key, to);
        String name = messages.getMessage(standard.nameKey(), null, key, locale);
        String unitText = messages.getMessage(DeadlineText.of(to).unitKey(), null, locale);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(changed ? "timescales.settings.changed" : "timescales.settings.unchanged",
                new Object[] {name, to.amount(), unitText}, locale));
        return "redirect:/timescales/settings";
    }

    private String show(String key, String amount, String unit, FormErrors errors, Model model) {
        LocalStandard standard = settings.standard(key);
        model.addAttribute("standard", standard);
        model.addAttribute("units", units(standard));
        model.addAttribute("amount", amount);
        model.addAttribute("unit", unit);
        model.addAttribute("errors", errors.asMap());
        model.addAttribute("history", settings.history(key).stream()
                .map(c -> new Change(c.getChangedAt().atZone(hearth.timescales.Due.LONDON), c.getChangedBy(), DeadlineText.of(c.before()),
                        DeadlineText.of(c.after()))).toList());
        return "timescales/setting";
    }

    record Change(java.time.ZonedDateTime at, String by, DeadlineText before, DeadlineText after) {
    }

    private static List<DeadlineUnit> units(LocalStandard standard) {
        return Arrays.stream(DeadlineUnit.values()).filter(standard.allowedUnits()::contains).toList();
    }

    private static DeadlineUnit firstUnit(LocalStandard standard) {
        return units(standard).get(0);
    }

    private static Integer parse(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
