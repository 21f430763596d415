package hearth.returns;

import java.util.List;
import java.util.UUID;

/**
 * A DfE rule the live data breaks now: which return, the child (Hearth's id and the LA child ID, both null for a
 * finding about the whole return), the DfE rule code, whether it is an error or a query, the DfE's message, and the
 * return's fields involved (e.g. {@code CPPstartDate}), from which a page can tell where it is put right.
 */
public record LiveFinding(String returnName, UUID childId, String laChildId, String rule, boolean error,
        String message, List<String> fields) {
}
