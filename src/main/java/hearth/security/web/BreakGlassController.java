package hearth.security.web;

import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class BreakGlassController {

    private final RecordAccess access;

    BreakGlassController(RecordAccess access) {
        this.access = access;
    }

    @PostMapping("/people/{id}/break-glass")
    @RequiresPermission(Permission.BREAK_GLASS)
    Object breakGlass(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model) {
        if (reason.strip().length() < RecordAccess.MIN_REASON || reason.length() > 1000) {
            ModelAndView view = new ModelAndView("security/restricted");
            view.setStatus(HttpStatus.BAD_REQUEST);
            view.addObject("childId", id);
            view.addObject("restricted", access.isRestricted(id));
            view.addObject("canBreakGlass", true);
            view.addObject("reason", reason);
            view.addObject("reasonError", true);
            view.addObject("titleError", true);
            return view;
        }
        access.breakGlass(id, reason);
        return "redirect:/people/" + id;
    }
}
