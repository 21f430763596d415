/**
 * Demo and synthetic data: the demo users, teams and families a first start creates, and the
 * {@code generate} command. Writes only through each context's published API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package hearth.demo;
