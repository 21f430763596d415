/**
 * Case summary and the child's voice: the summary on a child's record (recorded facts from other contexts plus the
 * worker's narrative, reviewed on a local standard and whenever something significant happens), the child's own
 * words gathered from every context that records them, and the independent reviewing officer's letters to the child
 * after a review. Other contexts contribute the child's words through {@link hearth.casesummary.ChildVoiceSource};
 * the chronology contributes significant events through {@link hearth.casesummary.SignificantEventSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case summary and the child's voice")
package hearth.casesummary;
