/**
 * Statutory returns and inspection lists: the DfE Children in Need census and SSDA903 return and Ofsted's Annex A,
 * produced at any time from what workers recorded (through each context's published API), and the DfE validation
 * rules run over them so errors can be fixed while there is time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statutory returns")
package hearth.returns;
