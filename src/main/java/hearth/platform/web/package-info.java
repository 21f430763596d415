/** Published by the platform for every context to use. */
@org.springframework.modulith.NamedInterface("web")
package hearth.platform.web;
