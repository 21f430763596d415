/**
 * Data quality: every DfE return rule the live data breaks now (the returns module validates the CIN census as it
 * would be produced today), grouped by rule and by the child's current team, each linked to the page where it is put
 * right; and the counts stored each night and on demand so a trend shows whether the data is getting better.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data quality")
package hearth.dataquality;
