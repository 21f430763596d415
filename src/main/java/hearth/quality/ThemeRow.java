package hearth.quality;

import java.util.Map;

/**
 * One question across audits: how often each answer was given, and the share answered well (yes, or good or
 * better).
 */
public record ThemeRow(String question, AnswerType answerType, Map<String, Integer> counts, int total, int positive) {

    public int count(String answer) {
        return counts.getOrDefault(answer, 0);
    }

    public int positivePercent() {
        return AuditAnalysis.percent(positive, total);
    }
}
