package hearth.returns.ssda903;

import hearth.adoption.AdopterDetails;
import hearth.adoption.AdoptionJourneyView;
import hearth.adoption.Adoptions;
import hearth.adoption.ProspectiveAdopters;
import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.ChildrenInCare;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The SSDA903 adoption tables from the adoption context's journeys (should-be-placed decision, placement order, match,
 * placement, order, stop decision) and, for prev_perm, from how the child's earlier periods of care ended. The
 * adopters' number, sexes and legal status (NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) come from the prospective adopters the
 * child was matched with, when who is adopting is recorded there; otherwise they are left blank.
 */
@Component
class SsdaAdoptionRows implements AdoptionRows {

    private final Adoptions adoptions;
    private final ProspectiveAdopters adopters;
    private final ChildrenInCare childrenInCare;
    private final String laCode;

    SsdaAdoptionRows(Adoptions adoptions, ProspectiveAdopters adopters, ChildrenInCare childrenInCare,
            @Value("${hearth.returns.la-code:870}") String laCode) {
        this.adoptions = adoptions;
        this.adopters = adopters;
        this.childrenInCare = childrenInCare;
        this.laCode = laCode;
    }

    /**
     * A row per adoption order made in the year: DATE_INT is the should-be-placed decision, DATE_MATCH the match, and
     * FOSTER_CARE 1 when the adopters first fostered the child (fostering for adoption), otherwise 0; NB_ADOPTR,
     * SEX_ADOPTR and LS_ADOPTR from who is adopting, as recorded for the adopters matched (SEX_ADOPTR blank when an
     * adopter is neither male nor female or did not say).
     */
    @Override
    public List<List<String>> ad1(SsdaCohort cohort) {
        Map<UUID, AdopterDetails> details = new HashMap<>();
        adopters.all().stream().filter(a -> a.details() != null).forEach(a -> details.put(a.id(), a.details()));
        List<List<String>> rows = new ArrayList<>();
        for (AdoptionJourneyView j : journeys(cohort)) {
            if (cohort.year().contains(j.orderOn())) {
                AdopterDetails who = j.adopterId() == null ? null : details.get(j.adopterId());
                rows.add(SsdaChildRows.row(cohort.child(j.childId()), cohort.dob(j.childId()),
                        SsdaCsv.date(j.decidedOn()), SsdaCsv.date(j.matchedOn()),
                        j.ffaPlacedOn() != null ? "1" : "0", who == null ? "" : String.valueOf(who.adopters()),
                        who == null || who.sexCode() == null ? "" : who.sexCode(),
                        who == null ? "" : who.legalStatus().name()));
            }
        }
        return rows;
    }

    /** A row per should-be-placed decision still standing at some time in the year; the stop only if made by 31 March. */
    @Override
    public List<List<String>> placedForAdoption(SsdaCohort cohort) {
        LocalDate from = cohort.year().from();
        LocalDate to = cohort.year().to();
        List<List<String>> rows = new ArrayList<>();
        for (AdoptionJourneyView j : journeys(cohort)) {
            boolean ended = (j.stoppedOn() != null && j.stoppedOn().isBefore(from))
                    || (j.orderOn() != null && j.orderOn().isBefore(from));
            if (j.decidedOn() == null || j.decidedOn().isAfter(to) || ended) {
                continue;
            }
            boolean stopped = j.stoppedOn() != null && !j.stoppedOn().isAfter(to);
            rows.add(SsdaChildRows.row(cohort.child(j.childId()), cohort.dob(j.childId()),
                    SsdaCsv.date(j.decidedOn()), stopped ? SsdaCsv.date(j.stoppedOn()) : "",
                    stopped ? reasonStopped(j.stoppedReason()) : ""));
        }
        return rows;
    }

    /**
     * A row per child who started to be looked after in the year: P1 if an earlier period of care ended in adoption
     * (or an adoption order is recorded before this care began), P2 special guardianship, P3 a residence or child
     * arrangements order, with this authority as LA_PERM and the day it was made; otherwise Z1 (not known).
     */
    @Override
    public List<List<String>> previousPermanence(SsdaCohort cohort) {
        List<List<String>> rows = new ArrayList<>();
        cohort.episodes().forEach((id, list) -> {
            LocalDate began = list.stream().filter(e -> "S".equals(e.rne()) && cohort.year().contains(e.decom()))
                    .map(CareEpisode::decom).min(Comparator.naturalOrder()).orElse(null);
            if (began == null) {
                return;
            }
            String code = "Z1";
            LocalDate made = null;
            for (CareEpisode e : childrenInCare.episodesFor(id)) {
                String kind = permanence(e.rec());
                if (kind != null && e.dec() != null && !e.dec().isAfter(began)
                        && (made == null || e.dec().isAfter(made))) {
                    code = kind;
                    made = e.dec();
                }
            }
            for (AdoptionJourneyView j : adoptions.forChild(id)) {
                if (j.orderOn() != null && !j.orderOn().isAfter(began) && (made == null || j.orderOn().isAfter(made))) {
                    code = "P1";
                    made = j.orderOn();
                }
            }
            rows.add(SsdaChildRows.row(cohort.child(id), cohort.dob(id), code, made == null ? "" : laCode,
                    SsdaCsv.date(made)));
        });
        return rows;
    }

    private List<AdoptionJourneyView> journeys(SsdaCohort cohort) {
        Set<UUID> ids = cohort.children().keySet();
        return adoptions.all().stream().filter(j -> ids.contains(j.childId()))
                .sorted(Comparator.comparing((AdoptionJourneyView j) -> cohort.child(j.childId()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AdoptionJourneyView::decidedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The previous permanence a period of care ending with this reason leaves behind, or null. */
    static String permanence(String rec) {
        if (rec == null) {
            return null;
        }
        return switch (rec) {
            case "E11", "E12" -> "P1";
            case "E45", "E46" -> "P2";
            case "E41", "E47", "E48" -> "P3";
            default -> null;
        };
    }

    /**
     * REASON_PLACED_CEASED from the reason recorded for stopping: RD1 the child's needs changed, RD2 no suitable
     * adopters, RD3 the court did not make the order or the plan was contested, RD4 anything else (or a recorded
     * DfE code as it is).
     */
    static String reasonStopped(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (String code : List.of("RD1", "RD2", "RD3", "RD4")) {
            if (t.startsWith(code)) {
                return code;
            }
        }
        if (t.contains("NEED")) {
            return "RD1";
        }
        if (t.contains("ADOPTER") || t.contains("MATCH")) {
            return "RD2";
        }
        if (t.contains("COURT") || t.contains("CONTEST") || t.contains("REFUS") || t.contains("ORDER")) {
            return "RD3";
        }
        return "RD4";
    }
}
