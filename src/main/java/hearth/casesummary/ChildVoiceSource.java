package hearth.casesummary;

import java.util.List;
import java.util.UUID;

/**
 * Published SPI: a context that records what a child said (at a visit, a review, a conference, an assessment)
 * declares a bean implementing this, so the child's voice can be read in one place over time. Answer every
 * occasion on which the child's words were recorded; order does not matter.
 */
public interface ChildVoiceSource {

    List<ChildWords> wordsOf(UUID childId);
}
