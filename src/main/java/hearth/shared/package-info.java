/**
 * Value types shared by every context: identifiers and small immutable values. No beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package hearth.shared;
