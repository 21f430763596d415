/**
 * Foster carers and connected persons: foster carer households from enquiry to approval with annual reviews,
 * support, training and allegations; temporary approval of connected persons (kinship carers) for a named child
 * with its 16-week clock and one extension; special guardianship assessments and support plans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Foster carers and connected persons")
package hearth.fostering;
