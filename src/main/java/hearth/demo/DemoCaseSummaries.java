package hearth.demo;

import hearth.casesummary.CaseSummaries;
import hearth.casesummary.SummarySection;
import hearth.people.PersonSummary;
import hearth.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Case summaries for children in the background caseload, written by their allocated worker soon after allocation
 * and reviewed since: most within the last three months, a realistic share (about one in four) longer ago, and some
 * children with no summary written yet.
 */
@Component
class DemoCaseSummaries {

    private static final List<String> WHO = List.of(
            "{0} lives with mum and a younger brother. Loves football and drawing; quiet with adults they do not know.",
            "{0} lives with dad and paternal grandmother. Enjoys gaming and music; has a close friend at school.",
            "{0} lives with mum and her partner and two half-siblings. Likes animals and swimming.");
    private static final List<String> WHY = List.of(
            "Referred by school after repeated bruising and worries about neglect at home.",
            "Police attended domestic abuse incidents at home; {0} was present at two of them.",
            "Health visitor concerned about home conditions and missed appointments.");
    private static final List<String> PLAN = List.of(
            "Child in need plan: parenting support, school attendance monitored weekly. Risk: mum''s low mood.",
            "Safety plan with mum; perpetrator not to live at the address. Risk: contact resuming without agreement.",
            "Home conditions improving with family support worker. Risk: relapse in parental alcohol use.");
    private static final List<String> SAYS = List.of(
            "\"I like it when it is calm at home. I want to stay at my school.\"",
            "\"I worry about mum when I am at school.\" Wants more time with dad.",
            "\"Nobody listens when I say I am hungry.\" Says things are better since the new routine.");

    private final CaseSummaries summaries;
    private final DemoActors actors;

    DemoCaseSummaries(CaseSummaries summaries, DemoActors actors) {
        this.summaries = summaries;
        this.actors = actors;
    }

    /** The allocated worker writes the child's summary a little after allocation and reviews it now and then. */
    void write(PersonSummary child, String worker, LocalDate allocated, LocalDate today, Random random) {
        if (child.dateOfBirth() == null || random.nextInt(10) < 2) {
            return;
        }
        LocalDate written = allocated.plusDays(3 + random.nextInt(10));
        if (written.isAfter(today)) {
            return;
        }
        Instant at = written.atTime(LocalTime.of(10 + random.nextInt(6), random.nextInt(60)))
                .atZone(hearth.platform.HearthClock.LONDON).toInstant();
        String name = child.firstName();
        actors.as(worker, Role.SOCIAL_WORKER, at, () -> {
            save(child, SummarySection.WHO_THE_CHILD_IS, pick(WHO, random, name));
            save(child, SummarySection.WHY_INVOLVED, pick(WHY, random, name));
            save(child, SummarySection.PLAN_AND_RISKS, pick(PLAN, random, name));
            save(child, SummarySection.CHILD_SAYS, pick(SAYS, random, name));
            summaries.markReviewed(child.id(), summaries.summaryOf(child.id()).version());
        });
        long since = java.time.temporal.ChronoUnit.DAYS.between(written, today);
        // three in four summaries have been looked at within the last three months; the rest are left to go stale
        if (since > 80 && random.nextInt(4) > 0) {
            LocalDate reviewed = today.minusDays(random.nextInt(80));
            Instant reviewedAt = reviewed.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60)))
                    .atZone(hearth.platform.HearthClock.LONDON).toInstant();
            actors.as(worker, Role.SOCIAL_WORKER, reviewedAt,
                    () -> summaries.markReviewed(child.id(), summaries.summaryOf(child.id()).version()));
        }
    }

    private void save(PersonSummary child, SummarySection section, String text) {
        summaries.saveSection(child.id(), summaries.summaryOf(child.id()).version(), section, text);
    }

    private static String pick(List<String> options, Random random, String name) {
        return java.text.MessageFormat.format(options.get(random.nextInt(options.size())), name);
    }
}
