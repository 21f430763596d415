package hearth.demo;

import hearth.quality.AnswerType;
import hearth.quality.AuditProgrammes;
import hearth.quality.AuditTemplates;
import hearth.quality.AuditView;
import hearth.quality.CaseAudits;
import hearth.quality.Candidate;
import hearth.quality.Grade;
import hearth.quality.KindOfWork;
import hearth.quality.NewAudit;
import hearth.quality.NewAuditAction;
import hearth.quality.NewPanelDecision;
import hearth.quality.NewPanelMeeting;
import hearth.quality.NewProgramme;
import hearth.quality.PanelKind;
import hearth.quality.Panels;
import hearth.quality.ProgrammeView;
import hearth.quality.QualityPopulation;
import hearth.quality.QuestionView;
import hearth.quality.Stratum;
import hearth.quality.TemplateView;
import hearth.security.Accounts;
import hearth.security.Role;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The quality assurance of the year: a second QA auditor, two quarterly practice audit programmes (stratified by kind
 * of work, then by team) whose children are audited mostly requires improvement or good with some inadequate, about
 * half moderated by the other auditor (some grades changed), actions for the worker or manager (most done, some
 * overdue), and monthly permanence and legal gateway panels with decisions, chaired by the service manager.
 */
@Component
class DemoQuality implements DemoHistoryStep {

    static final String SECOND_AUDITOR = "qa2.demo";
    private static final String AUDITOR = "qa.demo";
    private static final String CHAIR = "sm.demo";
    private static final List<String> STRENGTHS = List.of("The child is seen regularly and alone; their wishes are "
            + "recorded in their own words.", "Good multi-agency working: school and health contribute to the plan.",
            "The worker knows the child well and the relationship is warm and consistent.");
    private static final List<String> IMPROVE = List.of("The chronology has gaps since the last review.",
            "The plan's actions are not specific or timed.", "Management oversight is brief and gives no direction.",
            "Statutory visits have slipped outside timescale.");
    private static final List<String> ACTIONS = List.of("Bring the chronology up to date", "Rewrite the plan with "
            + "SMART actions and named people", "Record reflective supervision with clear direction",
            "Visit the child and see them alone", "Update the assessment's analysis of risk");

    private final AuditProgrammes programmes;
    private final CaseAudits audits;
    private final Panels panels;
    private final QualityPopulation population;
    private final Accounts accounts;
    private final Workforce workforce;
    private final DemoActors actors;

    DemoQuality(AuditProgrammes programmes, CaseAudits audits, Panels panels, QualityPopulation population,
            Accounts accounts, Workforce workforce, DemoActors actors) {
        this.programmes = programmes;
        this.audits = audits;
        this.panels = panels;
        this.population = population;
        this.accounts = accounts;
        this.workforce = workforce;
        this.actors = actors;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void run(LocalDate today, int referralsPerYear, DemoCast cast, Random random, Consumer<String> progress) {
        accounts.ensure(SECOND_AUDITOR, "Grace Adeyemi", Role.QA_AUDITOR, DemoOrganisation.PASSWORD, true);
        workforce.teams().stream().filter(t -> t.name().equals("Quality assurance team")).findFirst()
                .ifPresent(t -> workforce.ensureWorker(SECOND_AUDITOR, "Grace Adeyemi", "Quality assurance auditor",
                        t.id(), today.minusYears(2)));
        int size = Math.max(6, Math.min(16, referralsPerYear / 10));
        LocalDate earlier = today.minusMonths(6).withDayOfMonth(1);
        int done = programme("Practice audit: spring", earlier, Stratum.KIND_OF_WORK, size, today, random);
        LocalDate later = today.minusMonths(3).withDayOfMonth(1);
        done += programme("Practice audit: summer", later, Stratum.TEAM, size, today, random);
        int decisions = panels(today, random);
        progress.accept("  " + done + " case audits in 2 programmes, " + decisions + " panel decisions");
    }

    private int programme(String name, LocalDate from, Stratum stratum, int size, LocalDate today, Random random) {
        UUID id = actors.as(AUDITOR, Role.QA_AUDITOR, DemoAssessments.at(from, 9), () -> programmes.create(
                new NewProgramme(name, AuditTemplates.PRACTICE_AUDIT, from, from.plusMonths(3).minusDays(1),
                        List.of(AUDITOR, SECOND_AUDITOR), stratum, size, random.nextInt(100_000))));
        ProgrammeView programme = programmes.find(id);
        int made = 0;
        for (ProgrammeView.SampledChild s : programme.sample()) {
            List<String> owners = audits.possibleOwners(s.childId());
            LocalDate on = from.plusDays(7 + random.nextInt(60));
            if (owners.isEmpty() || on.isAfter(today.minusDays(3))) {
                continue;
            }
            audit(programme, s, owners, on, today, random);
            made++;
        }
        return made;
    }

    private void audit(ProgrammeView programme, ProgrammeView.SampledChild s, List<String> owners, LocalDate on,
            LocalDate today, Random random) {
        Grade grade = grade(random);
        TemplateView template = audits.templateFor(programme.id());
        Map<UUID, String> answers = new LinkedHashMap<>();
        Map<UUID, String> comments = new LinkedHashMap<>();
        for (QuestionView q : template.questions()) {
            answers.put(q.id(), answer(q.answerType(), grade, random));
            comments.put(q.id(), q.answerType() == AnswerType.FREE_TEXT ? (grade.goodOrBetter()
                    ? "The child is safer and settled; progress is clear." : "Little evidence yet that the plan has "
                    + "changed the child's daily life.") : null);
        }
        List<NewAuditAction> actions = new ArrayList<>();
        int count = grade.goodOrBetter() ? random.nextInt(2) : 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            actions.add(new NewAuditAction(ACTIONS.get(random.nextInt(ACTIONS.size())),
                    owners.get(random.nextInt(owners.size())), on.plusDays(14 + random.nextInt(21))));
        }
        String auditor = s.auditor();
        UUID id = actors.as(auditor, Role.QA_AUDITOR, DemoAssessments.at(on, 11), () -> audits.record(s.childId(),
                new NewAudit(programme.id(), on, answers, comments, STRENGTHS.get(random.nextInt(STRENGTHS.size())),
                        IMPROVE.get(random.nextInt(IMPROVE.size())), grade, actions)));
        LocalDate moderatedOn = on.plusDays(3 + random.nextInt(10));
        if (random.nextInt(10) < 5 && !moderatedOn.isAfter(today)) {
            Grade moderated = random.nextInt(4) == 0 ? neighbour(grade, random) : grade;
            String other = auditor.equals(AUDITOR) ? SECOND_AUDITOR : AUDITOR;
            actors.as(other, Role.QA_AUDITOR, DemoAssessments.at(moderatedOn, 15), () -> audits.moderate(id,
                    audits.find(id).version(), moderated, moderated == grade ? "Agree: the evidence supports the "
                            + "grade." : "The record shows less impact for the child than the grade suggests."));
        }
        AuditView audit = audits.find(id);
        for (var action : audit.actions()) {
            LocalDate doneOn = action.dueOn().minusDays(random.nextInt(10));
            // most actions are done by the due date; about one in four is left open, and overdue once due
            if (random.nextInt(4) > 0 && !doneOn.isAfter(today)) {
                actors.as(action.owner(), Role.SOCIAL_WORKER, DemoAssessments.at(doneOn, 16),
                        () -> audits.completeAction(action.id(), action.version(), "Done: see the case notes of "
                                + doneOn + "."));
            }
        }
    }

    private int panels(LocalDate today, Random random) {
        List<Candidate> children = population.now();
        List<Candidate> inCare = children.stream().filter(c -> c.kindOfWork() == KindOfWork.LOOKED_AFTER).toList();
        List<Candidate> protection = children.stream().filter(c -> c.kindOfWork() == KindOfWork.CHILD_PROTECTION
                || c.kindOfWork() == KindOfWork.CHILD_IN_NEED).toList();
        int made = 0;
        for (int month = 4; month >= 1; month--) {
            LocalDate held = today.minusMonths(month).withDayOfMonth(10);
            made += meeting(PanelKind.PERMANENCE, held, inCare, random, "Long-term fostering with the current carers "
                    + "as the permanence plan", "Reunification ruled out by the parenting assessment; the child is "
                    + "settled and wants to stay", "Matching report to the fostering panel within 3 months");
            if (month % 2 == 0) {
                made += meeting(PanelKind.LEGAL_GATEWAY, held.plusDays(5), protection, random,
                        "Enter the pre-proceedings (PLO) process", "Risks persist despite 6 months of a protection "
                        + "plan; threshold for proceedings may be met", "Letter before proceedings and a "
                        + "pre-proceedings meeting within 10 working days");
            }
        }
        return made;
    }

    private int meeting(PanelKind kind, LocalDate held, List<Candidate> pool, Random random, String decision,
            String rationale, String actions) {
        if (pool.isEmpty()) {
            return 0;
        }
        UUID meeting = actors.as(CHAIR, Role.SERVICE_MANAGER, DemoAssessments.at(held, 10), () -> panels.hold(
                new NewPanelMeeting(kind, null, held, "Head of service (chair)", "Service manager, IRO, legal "
                        + "adviser, adoption and fostering team managers")));
        int count = Math.min(pool.size(), 1 + random.nextInt(2));
        for (int i = 0; i < count; i++) {
            Candidate child = pool.get(random.nextInt(pool.size()));
            actors.as(CHAIR, Role.SERVICE_MANAGER, DemoAssessments.at(held, 12), () -> panels.decide(meeting,
                    new NewPanelDecision(child.childId(), decision, rationale, actions)));
        }
        return count;
    }

    /** Mostly requires improvement or good, some inadequate, a few outstanding. */
    static Grade grade(Random random) {
        int roll = random.nextInt(20);
        return roll < 1 ? Grade.OUTSTANDING : roll < 9 ? Grade.GOOD : roll < 17 ? Grade.REQUIRES_IMPROVEMENT
                : Grade.INADEQUATE;
    }

    private static Grade neighbour(Grade grade, Random random) {
        int step = grade == Grade.OUTSTANDING ? 1 : grade == Grade.INADEQUATE ? -1 : random.nextBoolean() ? 1 : -1;
        return Grade.values()[grade.ordinal() + step];
    }

    private static String answer(AnswerType type, Grade grade, Random random) {
        return switch (type) {
            case GRADE -> random.nextInt(3) == 0 ? neighbour(grade, random).name() : grade.name();
            case YES_NO_PARTLY -> grade.goodOrBetter() ? (random.nextInt(4) == 0 ? "PARTLY" : "YES")
                    : grade == Grade.INADEQUATE ? (random.nextInt(3) == 0 ? "PARTLY" : "NO")
                    : (random.nextInt(3) == 0 ? "YES" : "PARTLY");
            case FREE_TEXT -> null;
        };
    }
}
