/**
 * Missing children and risk outside the home: missing and away episodes for children at home and in care, the
 * return interview within 72 hours, the missing coordinator's daily list, and exploitation screening, multi-agency
 * planning meetings and safety plans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missing children and risk outside the home")
package hearth.missing;
