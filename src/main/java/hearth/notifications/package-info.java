/** Alerts to users inside Hearth: a record opened by breaking the glass, a re-referral, an overdue item. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package hearth.notifications;
