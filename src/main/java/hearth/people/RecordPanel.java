package hearth.people;

import java.util.List;

/**
 * A summary panel on the child's record: rows of label and value, and links into the context.
 * Labels are message keys; values are already-formatted text.
 */
public record RecordPanel(int order, String titleKey, List<Row> rows, List<Link> links) {

    public record Row(String labelKey, String value) {
    }

    public record Link(String labelKey, String href) {
    }
}
