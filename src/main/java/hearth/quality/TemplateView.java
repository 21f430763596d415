package hearth.quality;

import java.util.List;
import java.util.UUID;

/** One version of an audit template with its questions in order. */
public record TemplateView(UUID id, String key, String name, int versionNo, boolean current, List<QuestionView> questions) {
}
