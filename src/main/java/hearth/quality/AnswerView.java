package hearth.quality;

import java.util.UUID;

/** An audit's answer to one question, with the question as it was asked. */
public record AnswerView(UUID questionId, int position, String question, AnswerType answerType, String answer,
        String comment) {
}
