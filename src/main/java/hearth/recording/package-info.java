/**
 * Case notes and documents on a child's record: notes drafted as the worker types, finalised (then only added to
 * by addenda with a reason), voided with a reason; documents uploaded, checked and downloaded; and one search box
 * over the child's whole record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case notes and documents")
package hearth.recording;
