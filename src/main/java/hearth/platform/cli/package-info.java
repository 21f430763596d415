/** Published by the platform for every context to use. */
@org.springframework.modulith.NamedInterface("cli")
package hearth.platform.cli;
