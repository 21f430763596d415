package hearth.casesummary;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's record shows whether the case summary can be trusted (with a "Case summary needs review" badge when
 * it cannot), the child's voice and the IRO's letters to the child, with links to each.
 */
@Component
class CaseSummaryPanel implements ChildRecordContributor {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final CaseSummaries summaries;
    private final ChildVoice voice;
    private final ChildLetters letters;
    private final MessageSource messages;

    CaseSummaryPanel(CaseSummaries summaries, ChildVoice voice, ChildLetters letters, MessageSource messages) {
        this.summaries = summaries;
        this.voice = voice;
        this.letters = letters;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        CaseSummaryView summary = summaries.summaryOf(childId);
        return summary.written() && summary.freshness().stale()
                ? List.of(new RecordBadge("casesummary.badge.stale", "yellow")) : List.of();
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        CaseSummaryView summary = summaries.summaryOf(childId);
        List<RecordPanel.Row> rows = new ArrayList<>();
        rows.add(new RecordPanel.Row("casesummary.panel.reviewed", reviewed(summary)));
        rows.add(new RecordPanel.Row("casesummary.panel.status", status(summary)));
        List<ChildWords> words = voice.wordsOf(childId);
        rows.add(new RecordPanel.Row("casesummary.panel.voice", words.isEmpty() ? text("casesummary.voice.none")
                : text("casesummary.panel.voiceCount", words.size(), DATE.format(words.get(0).date()))));
        List<LetterView> sent = letters.lettersTo(childId);
        long drafts = sent.stream().filter(l -> !l.isFinal()).count();
        rows.add(new RecordPanel.Row("casesummary.panel.letters", sent.isEmpty() ? text("casesummary.letters.none")
                : text("casesummary.panel.lettersCount", sent.size() - drafts, drafts)));
        List<RecordPanel.Link> links = new ArrayList<>();
        links.add(new RecordPanel.Link("casesummary.panel.view", "/children/" + childId + "/case-summary"));
        links.add(new RecordPanel.Link("casesummary.panel.viewVoice", "/children/" + childId + "/voice"));
        if (!sent.isEmpty() || CurrentUser.get().filter(u -> u.has(Permission.REVIEW_CHILD_IN_CARE)).isPresent()) {
            links.add(new RecordPanel.Link("casesummary.panel.viewLetters", "/children/" + childId + "/letters"));
        }
        return List.of(new RecordPanel(12, "casesummary.panel.title", rows, links));
    }

    private String reviewed(CaseSummaryView summary) {
        if (!summary.written()) {
            return text("casesummary.notWritten");
        }
        if (summary.lastReviewedAt() == null) {
            return text("casesummary.neverReviewed");
        }
        return text("casesummary.reviewedOnBy", DATE.format(LocalDate.ofInstant(summary.lastReviewedAt(),
                hearth.timescales.Due.LONDON)), summary.lastReviewedBy());
    }

    private String status(CaseSummaryView summary) {
        Freshness f = summary.freshness();
        if (!summary.written()) {
            return text("casesummary.status.notWritten");
        }
        if (f.neverReviewed()) {
            return text("casesummary.status.neverReviewed");
        }
        if (f.overdue()) {
            return text("casesummary.status.overdue", DATE.format(f.reviewDue()));
        }
        if (f.significantSince()) {
            return text("casesummary.status.significant", f.since().size());
        }
        return text("casesummary.status.upToDate", DATE.format(f.reviewDue()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
