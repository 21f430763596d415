/**
 * Child protection: strategy discussions, section 47 enquiries, disagreements between agencies, initial (and
 * pre-birth) and review conferences, child protection plans with core groups, visits and the chair's mid-point
 * reviews, and emergency protection orders and police protection. Reacts to the front door's strategy-discussion
 * decisions and to assessments concluding with a section 47 enquiry; publishes plan start and end for children in
 * need to react to. Depends on neither children in need nor court.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Child protection")
package hearth.childprotection;
