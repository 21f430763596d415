/**
 * The platform every context stands on: start modes, commands, page layout, error pages, drafts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package hearth.platform;
