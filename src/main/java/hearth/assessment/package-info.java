/**
 * Child and family assessments: started from a referral, allocated, visits with the child's wishes and
 * feelings, the DfE factors identified, an outcome, and a manager's authorisation (never the author's).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package hearth.assessment;
