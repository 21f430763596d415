package hearth.casesummary.web;

import hearth.casesummary.ChildVoice;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The child's voice: everything they have said, in their own words, latest first, and whether they were alone. */
@Controller
class VoiceController {

    private final ChildVoice voice;
    private final SummaryPages pages;

    VoiceController(ChildVoice voice, SummaryPages pages) {
        this.voice = voice;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/voice")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String voice(@PathVariable UUID id, Model model) {
        model.addAttribute("child", pages.viewed(id, "the child's voice"));
        model.addAttribute("words", voice.wordsOf(id));
        model.addAttribute("when", SummaryDates.INSTANCE);
        return "casesummary/voice";
    }
}
