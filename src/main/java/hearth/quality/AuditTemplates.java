package hearth.quality;

import hearth.platform.web.NotFoundException;
import hearth.quality.domain.TemplateStore;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: audit templates. Changing a template's questions makes a new version; audits already done keep the
 * version (and so the questions) they were asked.
 */
@Service
public class AuditTemplates {

    /** The default template every authority starts with. */
    public static final UUID PRACTICE_AUDIT = UUID.fromString("7a1d0000-0000-4000-8000-000000000001");
    public static final int MAX_QUESTION = 500;
    public static final int MAX_HINT = 1000;
    private final TemplateStore store;
    private final Clock clock;

    AuditTemplates(TemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> current() {
        return store.current();
    }

    /** A template version; unknown ids are not found. */
    @Transactional(readOnly = true)
    public TemplateView find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Audit template"));
    }

    /** Adds a question at the end, making a new current version; answers its id. Only the current version changes. */
    @Transactional
    public UUID addQuestion(UUID templateId, String text, String hint, AnswerType type) {
        TemplateView seen = find(templateId);
        if (!seen.current()) {
            throw new IllegalStateException("quality.template.error.notCurrent");
        }
        List<QuestionView> questions = new ArrayList<>(seen.questions());
        questions.add(new QuestionView(null, questions.size() + 1, text, hint, type));
        return store.newVersion(seen, questions, CurrentUser.username(), clock.instant());
    }

    /** Removes a question, making a new current version; answers its id. */
    @Transactional
    public UUID removeQuestion(UUID templateId, UUID questionId) {
        TemplateView seen = find(templateId);
        if (!seen.current()) {
            throw new IllegalStateException("quality.template.error.notCurrent");
        }
        List<QuestionView> questions = seen.questions().stream().filter(q -> !q.id().equals(questionId)).toList();
        if (questions.size() == seen.questions().size()) {
            throw new NotFoundException("Question");
        }
        return store.newVersion(seen, questions, CurrentUser.username(), clock.instant());
    }
}
