package hearth.returns.annexa;

import hearth.adoption.AdoptionJourneyView;
import hearth.adoption.Adoptions;
import hearth.adoption.ProspectiveAdopters;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.carehealth.CareHealth;
import hearth.careleavers.CareLeaverLists;
import hearth.careleavers.LeaverListRow;
import hearth.careleavers.LeaverPathway;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.EpisodeView;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.EnquiryView;
import hearth.childprotection.PlanView;
import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.ChildrenInCare;
import hearth.earlyhelp.EarlyHelp;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ReferralView;
import hearth.missing.MissingEpisodes;
import hearth.people.People;
import hearth.returns.ReturnExport;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ofsted's Annex A for an inspection: the workbook of lists 1 to 11 (contacts, early help, referrals, assessments,
 * section 47 enquiries, children in need, child protection, children in care, care leavers, adoption, adopters) for
 * the twelve months to the as-of date, with the sheet names, column headings and lettered codes of the published
 * schema. Everything is read in bulk through each context's published API, then written as one .xlsx file. The
 * authority's own name (setting {@code hearth.returns.la-name}, Reading by default as {@code la-code} is 870) is the
 * LA of a placement inside its area.
 */
@Component
public class AnnexAExport implements ReturnExport {

    private final FrontDoor frontDoor;
    private final EarlyHelp earlyHelp;
    private final Assessments assessments;
    private final ChildProtection protection;
    private final ChildrenInNeed childrenInNeed;
    private final ChildrenInCare childrenInCare;
    private final CareReviews careReviews;
    private final CareHealth careHealth;
    private final MissingEpisodes missing;
    private final CareLeaverLists leaverLists;
    private final hearth.careleavers.CareLeavers careLeavers;
    private final LeaverPathway pathway;
    private final Adoptions adoptions;
    private final ProspectiveAdopters adopters;
    private final People people;
    private final Workforce workforce;
    private final String laName;

    AnnexAExport(FrontDoor frontDoor, EarlyHelp earlyHelp, Assessments assessments, ChildProtection protection,
            ChildrenInNeed childrenInNeed, ChildrenInCare childrenInCare, CareReviews careReviews,
            CareHealth careHealth, MissingEpisodes missing, CareLeaverLists leaverLists,
            hearth.careleavers.CareLeavers careLeavers, LeaverPathway pathway, Adoptions adoptions,
            ProspectiveAdopters adopters, People people, Workforce workforce,
            @Value("${hearth.returns.la-name:Reading}") String laName) {
        this.frontDoor = frontDoor;
        this.earlyHelp = earlyHelp;
        this.assessments = assessments;
        this.protection = protection;
        this.childrenInNeed = childrenInNeed;
        this.childrenInCare = childrenInCare;
        this.careReviews = careReviews;
        this.careHealth = careHealth;
        this.missing = missing;
        this.leaverLists = leaverLists;
        this.careLeavers = careLeavers;
        this.pathway = pathway;
        this.adoptions = adoptions;
        this.adopters = adopters;
        this.people = people;
        this.workforce = workforce;
        this.laName = laName;
    }

    @Override
    public String name() {
        return "annex-a";
    }

    @Override
    public String summary() {
        return "Ofsted Annex A: lists 1 to 11 for the 12 months to an as-of date, as one .xlsx workbook";
    }

    @Override
    public String usage() {
        return "--as-of 2026-03-31 (the last day the lists cover; or --year 2026 for 31 March 2026); --out names an "
                + ".xlsx file";
    }

    @Override
    public String fileType() {
        return "xlsx";
    }

    @Override
    @Transactional(readOnly = true)
    public Written write(List<String> options, Path out, Consumer<String> progress) throws IOException {
        AnnexAPeriod period = AnnexAPeriod.parse(options);
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out must name a file for the Annex A workbook, not a folder: " + out);
        }
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate yearBefore = from.minusYears(1);
        progress.accept("Annex A as of " + to + ": the lists cover " + from + " to " + to + ".");

        List<ContactView> contacts = frontDoor.contactsBetween(from, to);
        List<hearth.earlyhelp.EpisodeView> earlyHelpEpisodes = earlyHelp.episodesDuring(from, to);
        List<ReferralView> referrals = frontDoor.referralsSince(yearBefore).stream()
                .filter(r -> !r.date().isAfter(to)).toList();
        List<EpisodeView> cinEpisodes = childrenInNeed.episodesDuring(from, to);
        List<AssessmentView> started = assessments.startedBetween(from, to);
        List<EnquiryView> enquiries = protection.enquiriesBetween(from, to);
        List<ConferenceView> conferences = protection.conferencesBetween(from, to);
        List<PlanView> plans = protection.plansDuring(from, to);
        List<CarePeriodView> carePeriods = childrenInCare.periodsOverlapping(from, to);
        List<CareEpisode> careEpisodes = childrenInCare.episodesOverlapping(yearBefore, to);
        List<LeaverListRow> leavers = leaverLists.caseload(null);
        List<AdoptionJourneyView> journeys = adoptions.all();

        Set<UUID> ids = new LinkedHashSet<>();
        contacts.forEach(c -> ids.add(c.childId()));
        earlyHelpEpisodes.forEach(e -> ids.add(e.childId()));
        referrals.forEach(r -> ids.add(r.childId()));
        cinEpisodes.forEach(e -> ids.add(e.childId()));
        started.forEach(a -> ids.add(a.childId()));
        enquiries.forEach(q -> ids.add(q.childId()));
        plans.forEach(p -> ids.add(p.childId()));
        carePeriods.forEach(p -> ids.add(p.childId()));
        leavers.forEach(l -> ids.add(l.childId()));
        journeys.forEach(j -> ids.add(j.childId()));
        ids.remove(null);
        AnnexAChildren children = new AnnexAChildren(period, people.forReturns(ids),
                workforce.allocationHistories(ids));
        progress.accept("Read the records of " + ids.size() + " children.");

        List<UUID> periodIds = carePeriods.stream().map(CarePeriodView::id).toList();
        List<UUID> inCare = carePeriods.stream().map(CarePeriodView::childId).distinct().toList();
        List<CarePeriodView> adoptedCare = childrenInCare.periodsOverlapping(LocalDate.of(1900, 1, 1), to).stream()
                .filter(p -> journeys.stream().anyMatch(j -> p.childId().equals(j.childId()))).toList();
        Map<AnnexAList, List<List<Object>>> lists = new EnumMap<>(AnnexAList.class);
        lists.put(AnnexAList.LIST_1, EarlyLists.contacts(children, contacts));
        lists.put(AnnexAList.LIST_2, EarlyLists.earlyHelp(period, children, earlyHelpEpisodes));
        lists.put(AnnexAList.LIST_3, EarlyLists.referrals(period, children, referrals, cinEpisodes));
        lists.put(AnnexAList.LIST_4, EarlyLists.assessments(period, children, started));
        lists.put(AnnexAList.LIST_5, EarlyLists.enquiries(period, children, enquiries, conferences));
        lists.put(AnnexAList.LIST_6, NeedLists.childrenInNeed(period, children, cinEpisodes, plans, carePeriods,
                assessments.startedBetween(yearBefore, to),
                childrenInNeed.visitsOfEpisodes(cinEpisodes.stream().map(EpisodeView::id).toList())));
        lists.put(AnnexAList.LIST_7, NeedLists.protection(period, children, plans,
                protection.visitsOfPlans(plans.stream().map(PlanView::id).toList()),
                protection.conferencesBetween(yearBefore.minusYears(1), to),
                protection.protectionOrdersBetween(to.minusYears(1), to)));
        lists.put(AnnexAList.LIST_8, CareLists.inCare(period, children, new CareLists.CareFacts(carePeriods,
                careEpisodes, childrenInCare.placementsOfPeriods(periodIds), careReviews.reviewsBetween(from, to),
                careReviews.visitsOfPeriods(periodIds), careReviews.iroContactsOfPeriods(periodIds),
                careReviews.plansOfPeriods(periodIds), careHealth.recordsOf(inCare), missing.between(from, to)),
                laName));
        lists.put(AnnexAList.LIST_9, CareLists.leavers(period, children, leavers,
                careLeavers.birthdayRecords(to.minusYears(5), to.plusDays(1)), pathway.latestPlanReviews(to),
                adviserNames()));
        lists.put(AnnexAList.LIST_10, AdoptionLists.children(period, children, journeys, adoptedCare));
        lists.put(AnnexAList.LIST_11, AdoptionLists.adopters(period, adopters.all(), journeys));

        XlsxWriter workbook = new XlsxWriter();
        Set<Object> listed = new LinkedHashSet<>();
        for (AnnexAList list : AnnexAList.values()) {
            List<List<Object>> rows = lists.get(list);
            workbook.sheet(list.sheet(), list.columns(), rows);
            if (list != AnnexAList.LIST_11) {
                rows.forEach(r -> listed.add(r.get(0)));
            }
            progress.accept(list.sheet() + ": " + rows.size() + (rows.size() == 1 ? " row" : " rows"));
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        workbook.write(out);
        return new Written(List.of(out), listed.size());
    }

    /** Advisers' display names by username, looked up once each. */
    private java.util.function.Function<String, String> adviserNames() {
        Map<String, String> names = new HashMap<>();
        return username -> names.computeIfAbsent(username,
                u -> workforce.worker(u).map(WorkerView::displayName).orElse(u));
    }
}
