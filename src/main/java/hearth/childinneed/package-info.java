/**
 * Children in need: the episode of need from referral to closure, child in need plans with their actions and
 * progress, reviews, visits, and closure with the DfE reason, authorised by a manager and reopened with history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Children in need")
package hearth.childinneed;
