/**
 * Performance: the measures leaders, the corporate parenting board and inspectors look at, each worked out from what
 * workers recorded (never typed in), month by month, with the children behind each number. Other contexts read the
 * measures through {@link hearth.performance.Measures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package hearth.performance;
