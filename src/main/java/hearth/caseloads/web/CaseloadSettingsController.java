package hearth.caseloads.web;

import hearth.caseloads.CaseloadSettings;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Caseload weights and thresholds: an administrator sees and changes them; every change is kept in a history. */
@Controller
class CaseloadSettingsController {

    private final CaseloadSettings settings;

    CaseloadSettingsController(CaseloadSettings settings) {
        this.settings = settings;
    }

    @org.springframework.context.annotation.Bean
    static hearth.security.NavigationLink caseloadSettingsLink() {
        return new hearth.security.NavigationLink(86, "nav.caseloadSettings", "/caseloads/settings",
                Permission.MANAGE_SETTINGS);
    }

    @GetMapping("/caseloads/settings")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String list(Model model) {
        model.addAttribute("settings", settings.all());
        return "caseloads/settings";
    }

    @GetMapping("/caseloads/settings/{key}")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String form(@PathVariable String key, Model model) {
        CaseloadSettings.Setting setting = find(key);
        return show(setting, setting.current().stripTrailingZeros().toPlainString(), new FormErrors(), model);
    }

    @PostMapping("/caseloads/settings/{key}")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String change(@PathVariable String key, @RequestParam(defaultValue = "") String amount, Model model,
            RedirectAttributes redirect) {
        CaseloadSettings.Setting setting = find(key);
        BigDecimal value = parse(amount.strip());
        if (value == null) {
            FormErrors errors = new FormErrors().reject("amount", "caseloads.settings.error.amount");
            return show(setting, amount, errors, model);
        }
        boolean changed = settings.change(key, value);
        redirect.addFlashAttribute("flashSuccess", changed ? "caseloads.settings.changed" : "caseloads.settings.unchanged");
        return "redirect:/caseloads/settings";
    }

    private CaseloadSettings.Setting find(String key) {
        return settings.find(key).orElseThrow(() -> new NotFoundException("Caseload setting"));
    }

    private String show(CaseloadSettings.Setting setting, String amount, FormErrors errors, Model model) {
        model.addAttribute("setting", setting);
        model.addAttribute("amount", amount);
        model.addAttribute("errors", errors);
        model.addAttribute("history", settings.history(setting.key()));
        return "caseloads/setting";
    }

    /** A number from 0 to 999.99 with at most two decimal places, or null. */
    static BigDecimal parse(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.compareTo(new BigDecimal("999.99")) > 0 || value.stripTrailingZeros().scale() > 2) {
                return null;
            }
            return value.setScale(2);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
