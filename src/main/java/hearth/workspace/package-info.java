/** A user's own workspace: the home page and the drafts that keep typed work safe. */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package hearth.workspace;
