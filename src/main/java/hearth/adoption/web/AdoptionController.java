package hearth.adoption.web;

import hearth.adoption.AdoptionJourneyView;
import hearth.adoption.Adoptions;
import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's adoption page (the journey's steps and the timeliness measures) and the forms for each step. */
@Controller
class AdoptionController {

    /** The steps recorded on an existing journey, each one small form. */
    static final List<String> STEPS = List.of("placement-order", "match", "placement", "ffa", "order", "stop",
            "life-story");

    private final Adoptions adoptions;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    AdoptionController(Adoptions adoptions, People people, RecordAccess access, AuditTrail audit) {
        this.adoptions = adoptions;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/children/{id}/adoption")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String page(@PathVariable UUID id, Model model) {
        PersonSummary child = child(id);
        audit.viewed(id, "adoption");
        List<AdoptionJourneyView> journeys = adoptions.forChild(id);
        model.addAttribute("child", child);
        model.addAttribute("journeys", journeys);
        model.addAttribute("timeliness", journeys.stream().map(adoptions::timeliness).toList());
        model.addAttribute("planned", journeys.stream().anyMatch(AdoptionJourneyView::active));
        model.addAttribute("canRecord", CurrentUser.require().has(Permission.RECORD_CASE_WORK));
        return "adoption/child";
    }

    private static AdoptionForm.Page decisionPage(UUID childId) {
        return new AdoptionForm.Page("adoption.decision.title", "/children/" + childId + "/adoption/decision",
                "/children/" + childId + "/adoption",
                List.of(AdoptionField.date("decidedOn", false), AdoptionField.text("decisionMaker", true),
                        AdoptionField.radios("fostering", new String[] {"yes", "no"}, "adoption.yesNo."),
                        AdoptionField.radios("concurrent", new String[] {"yes", "no"}, "adoption.yesNo.")),
                null, "decidedOn");
    }

    @GetMapping("/children/{id}/adoption/decision")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String decisionForm(@PathVariable UUID id, Model model) {
        return AdoptionFormPages.render(model, child(id).fullName(), decisionPage(id), Map.of(),
                new AdoptionForm(Map.of()));
    }

    @PostMapping("/children/{id}/adoption/decision")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String decision(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = child(id);
        AdoptionForm form = new AdoptionForm(values);
        LocalDate on = form.date("decidedOn", true);
        String maker = form.text("decisionMaker", 200, true);
        Boolean ffa = form.yesNo("fostering");
        Boolean concurrent = form.yesNo("concurrent");
        return AdoptionFormPages.save(model, child.fullName(), decisionPage(id), form, redirect,
                "adoption.decision.saved", "/children/" + id + "/adoption",
                () -> adoptions.decide(id, on, maker, ffa, concurrent));
    }

    private static AdoptionForm.Page stepPage(AdoptionJourneyView j, String step) {
        List<AdoptionField> fields = switch (step) {
            case "match" -> List.of(AdoptionField.text("adopterName", true), AdoptionField.date("stepOn", false));
            case "stop" -> List.of(AdoptionField.date("stepOn", false), AdoptionField.textarea("stopReason", true));
            case "life-story" -> List.of(AdoptionField.date("stepOn", false), AdoptionField.date("doneOn", true));
            default -> List.of(AdoptionField.date("stepOn", false));
        };
        return new AdoptionForm.Page("adoption.step." + step, "/adoption-journeys/" + j.id() + "/" + step,
                "/children/" + j.childId() + "/adoption", fields, j.version(), "stepOn");
    }

    @GetMapping("/adoption-journeys/{id}/{step}")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String stepForm(@PathVariable UUID id, @PathVariable String step, Model model) {
        AdoptionJourneyView j = journey(id, step);
        return AdoptionFormPages.render(model, child(j.childId()).fullName(), stepPage(j, step), Map.of(),
                new AdoptionForm(Map.of()));
    }

    @PostMapping("/adoption-journeys/{id}/{step}")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> values,
            Model model, RedirectAttributes redirect) {
        AdoptionJourneyView j = journey(id, step);
        PersonSummary child = child(j.childId());
        AdoptionForm form = new AdoptionForm(values);
        long v = form.version();
        LocalDate on = form.date("stepOn", true);
        Supplier<?> change = switch (step) {
            case "placement-order" -> () -> adoptions.placementOrder(id, v, on);
            case "match" -> {
                String adopters = form.text("adopterName", 200, true);
                yield () -> adoptions.match(id, v, on, null, adopters);
            }
            case "placement" -> () -> adoptions.place(id, v, on);
            case "ffa" -> () -> adoptions.fosteredForAdoption(id, v, on);
            case "order" -> () -> adoptions.order(id, v, on);
            case "stop" -> {
                String reason = form.text("stopReason", 2000, true);
                yield () -> adoptions.stop(id, v, on, reason);
            }
            default -> {
                LocalDate done = form.date("doneOn", false);
                yield () -> adoptions.lifeStory(id, v, on, done);
            }
        };
        return AdoptionFormPages.save(model, child.fullName(), stepPage(j, step), form, redirect,
                "adoption.saved", "/children/" + j.childId() + "/adoption", change);
    }

    private AdoptionJourneyView journey(UUID id, String step) {
        if (!STEPS.contains(step)) {
            throw new NotFoundException("Adoption step");
        }
        return adoptions.find(id).orElseThrow(() -> new NotFoundException("Adoption journey"));
    }

    private PersonSummary child(UUID id) {
        PersonSummary person = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        return person;
    }
}
