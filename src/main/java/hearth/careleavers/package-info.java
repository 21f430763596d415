/**
 * Care leavers: eligibility (eligible, relevant, former relevant, qualifying) derived from the young person's own
 * projection of their periods of care and their age; personal advisers and their allocation history; needs
 * assessment, pathway plan and its reviews; keeping in touch (contact at the local standard, urgent follow-up when a
 * young person cannot be reached); accommodation and activity around each birthday from 17 to 21 (SSDA903 OC3);
 * circumstances (staying put, custody, unaccompanied asylum seeking, parent); support to 25; and the local offer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care leavers")
package hearth.careleavers;
