package hearth.childprotection;

/** A section 47 enquiry is open, then its outcome waits for a manager, then it is authorised. */
public enum EnquiryStatus { OPEN, AWAITING_AUTHORISATION, AUTHORISED }
