package hearth.timescales.rules;

import static hearth.timescales.DeadlineUnit.DAYS;
import static hearth.timescales.DeadlineUnit.HOURS;
import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.DeadlineUnit.WORKING_DAYS;

import hearth.timescales.Deadline;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.LocalStandard;
import hearth.timescales.LocalStandards;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every "Local" timescale in the reference, with a common default an administrator can change. The
 * rules that read them belong to the contexts that record the work (front door rules are here).
 */
@Component
class ReferenceLocalStandards implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of();
    }

    @Override
    public List<LocalStandard> localStandards() {
        return List.of(
                standard(LocalStandards.CONTACT_DECISION, 1, WORKING_DAYS, Set.of(WORKING_DAYS, HOURS),
                        "Reference R1a: local procedures (e.g. Sefton, decision on a contact within 24 hours); "
                                + "WT 2023 ch.3 sets 1 working day for referrals"),
                standard(LocalStandards.FIRST_VISIT_AFTER_ALLOCATION, 4, WORKING_DAYS, Set.of(WORKING_DAYS, DAYS, HOURS),
                        "Reference R2a: local procedures (Sefton, historic: within 4 working days for s17)"),
                standard(LocalStandards.CIN_FIRST_MEETING, 10, DAYS, Set.of(WORKING_DAYS, DAYS),
                        "Reference R3: local procedures (Sefton: first CIN meeting within 10 days of the assessment outcome)"),
                standard(LocalStandards.CIN_REVIEW_INTERVAL, 3, MONTHS, Set.of(WEEKS, MONTHS),
                        "Reference R4: no national interval; local practice 4-weekly to 3-monthly"),
                standard(LocalStandards.CIN_VISIT_INTERVAL, 4, WEEKS, Set.of(WORKING_DAYS, DAYS, WEEKS),
                        "Reference R5: no national minimum; local practice every 4 to 6 weeks"),
                standard(LocalStandards.EARLY_HELP_CHECK_IN, 6, WEEKS, Set.of(DAYS, WEEKS, MONTHS),
                        "No national timescale: the reference gives none for early help; set locally"),
                standard(LocalStandards.STRATEGY_DISCUSSION, 1, WORKING_DAYS, Set.of(WORKING_DAYS, HOURS),
                        "Reference CP1: WT 2023 ch.3 says without delay; local practice same day or within 1 working day"),
                standard(LocalStandards.CORE_GROUP_INTERVAL, 4, WEEKS, Set.of(DAYS, WEEKS, MONTHS),
                        "Reference CP4: local practice monthly, every 4 to 6 weeks or every 28 days"),
                standard(LocalStandards.CP_VISIT_INTERVAL, 10, WORKING_DAYS, Set.of(WORKING_DAYS, DAYS, WEEKS),
                        "Reference CP8: no national minimum; common local standard every 10 working days"),
                standard(LocalStandards.POST_BIRTH_REVIEW, 10, DAYS, Set.of(WORKING_DAYS, DAYS),
                        "Reference CP7: London CP Procedures 4.1.22 (within 10 days of birth)"),
                standard(LocalStandards.PEP_AFTER_SCHOOL_CHANGE, 20, WORKING_DAYS, Set.of(WORKING_DAYS, DAYS),
                        "Reference ED3: Gateshead virtual school (within 20 working days of a change of school)"),
                standard(LocalStandards.VIRTUAL_SCHOOL_INFORMED, 48, HOURS, Set.of(HOURS, WORKING_DAYS),
                        "Reference ED4: Knowsley (virtual school informed within 48 hours)"),
                standard(LocalStandards.PERSONAL_ADVISER_CONTACT, 8, WEEKS, Set.of(DAYS, WEEKS, MONTHS),
                        "Reference CL6: Bracknell Forest care leaver offer (at least every 8 weeks)"),
                standard(LocalStandards.LADO_WRITTEN_REFERRAL, 24, HOURS, Set.of(HOURS, WORKING_DAYS),
                        "Reference LD3: BCP Council (written referral within 24 hours)"),
                standard(LocalStandards.PRIVATE_FOSTERING_ASSESSMENT, 42, WORKING_DAYS, Set.of(WORKING_DAYS, DAYS, WEEKS),
                        "Reference PF6: some authorities use 42 working days; no national figure (unverified)"),
                standard(LocalStandards.RE_REFERRAL_ALERT, 3, MONTHS, Set.of(WEEKS, MONTHS),
                        "Local standard: a referral this soon after a closure alerts the manager who authorised it "
                                + "(Reading inspection 2024: closures too optimistic, children quickly re-referred)"),
                standard(LocalStandards.DUTY_HOLD_LIMIT, 5, WORKING_DAYS, Set.of(WORKING_DAYS, DAYS, WEEKS),
                        "Local standard: children held on duty longer than this are flagged for allocation "
                                + "(Reading inspection 2024: children managed on duty when their worker was away)"),
                standard(LocalStandards.CASE_SUMMARY_REVIEW, 3, MONTHS, Set.of(WEEKS, MONTHS),
                        "Local standard: how long a case summary holds good before review (Ofsted ILACS findings: "
                                + "case summaries and chronologies not kept up to date)"));
    }

    private static LocalStandard standard(String key, int amount, DeadlineUnit unit, Set<DeadlineUnit> allowed,
            String source) {
        return new LocalStandard(key, Deadline.of(amount, unit), allowed, source);
    }
}
