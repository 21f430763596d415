/** Published by the platform for every context to use. */
@org.springframework.modulith.NamedInterface("config")
package hearth.platform.config;
