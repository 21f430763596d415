/**
 * Health and education of children in care: initial and review health assessments, dental checks, immunisations,
 * the strengths and difficulties questionnaire, substance misuse, personal education plans, schools and the virtual
 * school, independent visitors and advocates; the timescales for them while a child is looked after, and the
 * SSDA903 OC2 outcomes the returns read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health and education of children in care")
package hearth.carehealth;
