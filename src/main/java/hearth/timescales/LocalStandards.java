package hearth.timescales;

/** Published API: the current value of each local standard, as an administrator last set it. */
public interface LocalStandards {

    String CONTACT_DECISION = "contact-decision";
    String FIRST_VISIT_AFTER_ALLOCATION = "first-visit-after-allocation";
    String CIN_FIRST_MEETING = "cin-first-meeting";
    String CIN_REVIEW_INTERVAL = "cin-review-interval";
    String CIN_VISIT_INTERVAL = "cin-visit-interval";
    String EARLY_HELP_CHECK_IN = "early-help-check-in";
    String STRATEGY_DISCUSSION = "strategy-discussion";
    String CORE_GROUP_INTERVAL = "core-group-interval";
    String CP_VISIT_INTERVAL = "cp-visit-interval";
    String POST_BIRTH_REVIEW = "post-birth-review";
    String PEP_AFTER_SCHOOL_CHANGE = "pep-after-school-change";
    String VIRTUAL_SCHOOL_INFORMED = "virtual-school-informed";
    String PERSONAL_ADVISER_CONTACT = "personal-adviser-contact";
    String LADO_WRITTEN_REFERRAL = "lado-written-referral";
    String PRIVATE_FOSTERING_ASSESSMENT = "private-fostering-assessment";
    /** How soon after a closure a new referral alerts the manager who authorised the closure. */
    String RE_REFERRAL_ALERT = "re-referral-alert";
    /** How long a child may be held on duty without an allocated worker before managers are told. */
    String DUTY_HOLD_LIMIT = "duty-hold-limit";
    /** How long a child's case summary holds good before the worker must review it. */
    String CASE_SUMMARY_REVIEW = "case-summary-review";

    /** The deadline the standard sets now. Unknown keys are refused. */
    Deadline current(String key);
}
