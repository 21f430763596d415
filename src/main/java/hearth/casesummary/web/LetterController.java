package hearth.casesummary.web;

import hearth.casesummary.ChildLetters;
import hearth.casesummary.LetterView;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Letters to the child: the list on the child's record, one letter (an IRO edits and finalises a draft there), and a
 * final letter as an accessible PDF.
 */
@Controller
class LetterController {

    private final ChildLetters letters;
    private final SummaryPages pages;
    private final LetterPdf pdf;

    LetterController(ChildLetters letters, SummaryPages pages, LetterPdf pdf) {
        this.letters = letters;
        this.pages = pages;
        this.pdf = pdf;
    }

    @GetMapping("/children/{id}/letters")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("child", pages.viewed(id, "letters to the child"));
        model.addAttribute("letters", letters.lettersTo(id));
        model.addAttribute("when", SummaryDates.INSTANCE);
        return "casesummary/letters";
    }

    @GetMapping("/letters/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String letter(@PathVariable UUID id, Model model) {
        LetterView letter = find(id);
        PersonSummary child = pages.viewed(letter.childId(), "letter to the child");
        return page(model, child, letter, Map.of("body", letter.body(), "version", String.valueOf(letter.version())),
                new FormErrors());
    }

    @PostMapping("/letters/{id}")
    @RequiresPermission(Permission.REVIEW_CHILD_IN_CARE)
    String edit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        LetterView letter = find(id);
        PersonSummary child = pages.child(letter.childId());
        if (letter.isFinal()) {
            redirect.addFlashAttribute("problem", "casesummary.letter.error.final");
            return "redirect:/letters/" + id;
        }
        FormErrors errors = new FormErrors();
        String body = errors.text(form, "body", ChildLetters.MAX_LETTER, true, "casesummary.letter.error",
                "casesummary.letter.error.tooLong");
        long version = SummaryPages.version(form.get("version"));
        if (errors.any()) {
            return page(model, child, letter, form, errors);
        }
        letters.edit(id, version, body);
        redirect.addFlashAttribute("flashSuccess", "casesummary.letter.saved");
        return "redirect:/letters/" + id;
    }

    @PostMapping("/letters/{id}/finalise")
    @RequiresPermission(Permission.REVIEW_CHILD_IN_CARE)
    String finalise(@PathVariable UUID id, @RequestParam(defaultValue = "") String version,
            RedirectAttributes redirect) {
        LetterView letter = find(id);
        pages.child(letter.childId());
        if (letter.isFinal()) {
            redirect.addFlashAttribute("problem", "casesummary.letter.error.final");
            return "redirect:/letters/" + id;
        }
        letters.finalise(id, SummaryPages.version(version));
        redirect.addFlashAttribute("flashSuccess", "casesummary.letter.finalised");
        return "redirect:/letters/" + id;
    }

    @GetMapping("/letters/{id}/pdf")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        LetterView letter = find(id);
        if (!letter.isFinal()) {
            throw new NotFoundException("Final letter");
        }
        PersonSummary child = pages.child(letter.childId());
        pages.exported(child.id(), "letter to the child (PDF)");
        byte[] body = pdf.render(child, letter);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("letter-" + letter.reviewDate() + ".pdf").build().toString())
                .body(body);
    }

    private String page(Model model, PersonSummary child, LetterView letter, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("letter", letter);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("when", SummaryDates.INSTANCE);
        model.addAttribute("canEdit", !letter.isFinal()
                && CurrentUser.get().filter(u -> u.has(Permission.REVIEW_CHILD_IN_CARE)).isPresent());
        return "casesummary/letter";
    }

    private LetterView find(UUID id) {
        return letters.find(id).orElseThrow(() -> new NotFoundException("Letter"));
    }
}
