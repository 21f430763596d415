/**
 * Quality assurance: audit templates (versioned questions and the Ofsted grade scale), audit programmes with a random
 * or stratified sample of children, case audits with findings, actions (in the owner's My work) and moderation by a
 * second auditor, the analysis of grades and themes by team and quarter, and panels (permanence, placement, legal
 * gateway and others) whose decisions show on the child's record and chronology.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality assurance and panels")
package hearth.quality;
