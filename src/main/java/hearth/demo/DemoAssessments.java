package hearth.demo;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.assessment.NewVisit;
import hearth.frontdoor.ReferralView;
import hearth.platform.HearthClock;
import hearth.security.Role;
import hearth.timescales.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The assessment that follows a referral, as the allocated worker and their manager record it: started, the child
 * seen (most first visits within the standard, some late), factors, an outcome after about 33 working days on
 * average (some beyond 45, with a reason), authorised by the manager a few days later.
 */
@Component
class DemoAssessments {

    private static final List<String> WISHES = List.of(
            "I want mum and dad to stop shouting. I like it when we go to the park.",
            "I feel safe at nan's house. I don't like it when he comes round.",
            "School is OK. I want to see my dad more.",
            "I'm hungry a lot. I want my own bed.",
            "Nothing is wrong. I just want everyone to leave us alone.");

    private final Assessments assessments;
    private final DemoActors actors;
    private final WorkingDays workingDays;

    DemoAssessments(Assessments assessments, DemoActors actors, WorkingDays workingDays) {
        this.assessments = assessments;
        this.actors = actors;
        this.workingDays = workingDays;
    }

    /** An authorised assessment's outcome and the day it was authorised. */
    record Concluded(AssessmentView assessment, AssessmentOutcome outcome, LocalDate authorisedOn) {
    }

    /** Follows the referral's assessment as far as it gets before {@code now}. */
    Optional<Concluded> follow(ReferralView referral, boolean strategy, LocalDate allocatedOn, String worker,
            String manager, Instant now, Random random) {
        AssessmentView a = assessments.forReferral(referral.id()).orElse(null);
        if (a == null) {
            return Optional.empty();
        }
        var calendar = workingDays.statutory();
        // after a strategy discussion the assessment runs alongside the section 47 enquiry from the referral, so an
        // enquiry never stands in a census without its assessment (DfE query 2991Q)
        int delay = random.nextInt(3);
        LocalDate start = strategy ? referral.date() : allocatedOn.plusDays(delay);
        if (at(start, 9).isAfter(now)) {
            return Optional.empty();
        }
        long v = a.version();
        AssessmentView started = actors.as(worker, Role.SOCIAL_WORKER, at(start, 9), () -> assessments.start(a.id(), v, start));
        int total = Math.max(5, Math.min(80, (int) Math.round(33 + random.nextGaussian() * 11)));
        LocalDate completed = calendar.addWorkingDays(referral.date(), total);
        if (completed.isBefore(start)) {
            completed = start;
        }
        LocalDate visit = calendar.addWorkingDays(allocatedOn, random.nextInt(10) < 8 ? random.nextInt(4) : 4 + random.nextInt(6));
        int visits = 0;
        while (!visit.isAfter(completed) && visits < 4) {
            LocalDate day = visit.isBefore(start) ? start : visit;
            if (at(day, 15).isAfter(now)) {
                return Optional.empty();
            }
            boolean seen = visits > 0 || random.nextInt(12) > 0;
            boolean alone = seen && random.nextInt(3) > 0;
            actors.as(worker, Role.SOCIAL_WORKER, at(day, 15), () -> assessments.recordVisit(a.id(), new NewVisit(day,
                    worker, seen, alone, seen ? WISHES.get(random.nextInt(WISHES.size())) : null)));
            visits++;
            visit = day.plusDays(7 + random.nextInt(10));
        }
        LocalDate done = completed;
        if (at(done, 16).isAfter(now)) {
            return Optional.empty();
        }
        AssessmentOutcome outcome = outcome(random, strategy);
        List<AssessmentFactor> factors = factors(random, outcome, strategy);
        AssessmentView withFactors = actors.as(worker, Role.SOCIAL_WORKER, at(done, 16),
                () -> assessments.recordFactors(a.id(), assessments.find(a.id()).orElseThrow().version(), factors));
        boolean late = calendar.workingDaysBetween(referral.date(), done) > Assessments.WORKING_DAYS_ALLOWED;
        AssessmentView submitted = actors.as(worker, Role.SOCIAL_WORKER, at(done, 16), () -> assessments.submit(a.id(),
                withFactors.version(), outcome, analysis(outcome), done,
                late ? "Parents did not engage with the first visits and a second agency's information came late." : null));
        LocalDate authorisedOn = calendar.addWorkingDays(done, random.nextInt(4));
        if (at(authorisedOn, 11).isAfter(now)) {
            return Optional.empty();
        }
        AssessmentView authorised = actors.as(manager, Role.TEAM_MANAGER, at(authorisedOn, 11),
                () -> assessments.authorise(a.id(), submitted.version()));
        return Optional.of(new Concluded(authorised, outcome, authorisedOn));
    }

    private static AssessmentOutcome outcome(Random random, boolean strategy) {
        int roll = random.nextInt(strategy ? 85 : 100);
        if (roll < 33) {
            return AssessmentOutcome.NO_FURTHER_ACTION;
        }
        if (roll < 45) {
            return AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP;
        }
        return roll < 85 ? AssessmentOutcome.CHILD_IN_NEED_PLAN : AssessmentOutcome.SECTION_47_ENQUIRY;
    }

    /** After a section 47 enquiry the assessment names the factors it looked into, never "21 no factors". */
    private static List<AssessmentFactor> factors(Random random, AssessmentOutcome outcome, boolean strategy) {
        boolean none = outcome == AssessmentOutcome.NO_FURTHER_ACTION && random.nextInt(3) == 0;
        if (none && !strategy) {
            return List.of(AssessmentFactor.F21);
        }
        List<AssessmentFactor> offered = new ArrayList<>(AssessmentFactor.offered());
        offered.remove(AssessmentFactor.NO_FACTORS);
        List<AssessmentFactor> common = List.of(AssessmentFactor.F3A, AssessmentFactor.F4A, AssessmentFactor.F16A,
                AssessmentFactor.F17A, AssessmentFactor.F2A, AssessmentFactor.F1A);
        List<AssessmentFactor> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count) {
            AssessmentFactor f = random.nextInt(3) > 0 ? common.get(random.nextInt(common.size()))
                    : offered.get(random.nextInt(offered.size()));
            if (!chosen.contains(f)) {
                chosen.add(f);
            }
        }
        return chosen;
    }

    private static String analysis(AssessmentOutcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "Parents have acted on the concern; needs are met by universal services.";
            case STEP_DOWN_TO_EARLY_HELP -> "Needs can be met with family help; parents agree to a family help plan.";
            case CHILD_IN_NEED_PLAN -> "The child is in need: a child in need plan will address home conditions and school attendance.";
            case SECTION_47_ENQUIRY -> "Information gathered gives reasonable cause to suspect significant harm.";
        };
    }

    static String wishes(Random random) {
        return WISHES.get(random.nextInt(WISHES.size()));
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(HearthClock.LONDON).toInstant();
    }
}
