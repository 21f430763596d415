/**
 * Sign-in, permissions (verbs, bundled into roles), record-level access and break-glass.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package hearth.security;
