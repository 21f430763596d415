package hearth.childprotection.web;

import hearth.childprotection.AbuseCategory;
import hearth.childprotection.Attendance;
import hearth.childprotection.ConferenceDecision;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.NewConference;
import hearth.childprotection.ParentsAttendance;
import hearth.childprotection.PlanEndReason;
import hearth.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.springframework.ui.Model;

/** The conference form, for an initial (or pre-birth) conference and for a review. */
final class ConferenceForm {

    private ConferenceForm() {
    }

    /** The conference as typed, or null with the errors in {@code f}. */
    static NewConference read(Forms f, ConferenceKind kind, LocalDate notBefore) {
        LocalDate heldOn = f.date("heldOn", true, notBefore);
        Attendance attendance = f.attendance();
        ParentsAttendance parents = f.choice(ParentsAttendance.class, "parents", true);
        String views = f.text("childViews", Forms.LONG, true);
        Boolean offered = f.yesNo("advocateOffered");
        Boolean declined = Boolean.TRUE.equals(offered) ? f.yesNo("advocateDeclined") : Boolean.FALSE;
        ConferenceDecision decision = f.choice(ConferenceDecision.class, "decision", true);
        if (decision != null && !decision.fits(kind)) {
            f.reject("decision", "decision");
            decision = null;
        }
        AbuseCategory category = f.choice(AbuseCategory.class, "category", decision == ConferenceDecision.PLAN);
        PlanEndReason endReason = null;
        Boolean continues = null;
        if (decision == ConferenceDecision.END_PLAN) {
            endReason = f.choice(PlanEndReason.class, "endReason", true);
            continues = f.yesNo("continuesCin");
        }
        String summary = f.text("summary", Forms.LONG, false);
        if (f.errors().any()) {
            return null;
        }
        return new NewConference(heldOn, attendance, parents, views, offered, declined, decision, category,
                endReason, continues, summary);
    }

    static String show(Model model, ConferenceKind kind, String action, Map<String, String> form, FormErrors errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("action", action);
        model.addAttribute("decisions", Arrays.stream(ConferenceDecision.values()).filter(d -> d.fits(kind)).toList());
        model.addAttribute("categories", AbuseCategory.values());
        model.addAttribute("parentsOptions", ParentsAttendance.values());
        model.addAttribute("endReasons", PlanEndReason.values());
        model.addAttribute("heldOn", Forms.parts(form, "heldOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/conference-form";
    }
}
