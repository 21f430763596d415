package hearth.quality;

import java.util.UUID;

/** A question of an audit template version. */
public record QuestionView(UUID id, int position, String text, String hint, AnswerType answerType) {
}
