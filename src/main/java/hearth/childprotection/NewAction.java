package hearth.childprotection;

/** An action to be done and who owns it. */
public record NewAction(String description, String owner) {
}
